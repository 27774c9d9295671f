/**
 * Processing of one chunk of raw input (whole records): decode, parse, scan, anonymize and
 * serialize. The same function runs inline and inside worker threads, so output and report are
 * identical whatever the number of workers. Problems come back as values; the caller decides.
 */
import { CsvTokenizer, formatCsvField, type CsvRow } from '../io/csv.js';
import { jsonLeaves } from '../io/json-leaves.js';
import { countLineFeedsIn, lineStarts } from '../io/line-feeds.js';
import { decodeUtf8, decodeUtf8Lenient, firstInvalidUtf8 } from '../io/utf8.js';
import type { DataFormat, ErrorPolicy } from '../options.js';
import { parseKey } from '../operators/keys.js';
import { fingerprint, maskPreview } from '../report/preview.js';
import type { Anonymizer } from '../operators/anonymizer.js';
import type { RecordEngine } from './record.js';
// Column inference (issue #7): typed columns skip NLP per cell; see typed-columns.ts.
import { columnKey, type ColumnType } from './column-inference.js';
import { columnTyping, fieldAnalysis, type ColumnTyping, type FieldAnalysis } from './typed-columns.js';

/** One chunk of work. Plain data: it crosses into a worker. */
export interface ChunkTask {
  readonly mode: 'scan' | 'anonymize';
  readonly format: DataFormat;
  readonly delimiter: string;
  /** CSV column names (from the header). */
  readonly columns?: readonly string[];
  /** Whole records, UTF-8. */
  readonly bytes: Uint8Array;
  readonly onError: ErrorPolicy;
  readonly blankLines: 'keep' | 'drop';
  /** Findings returned in full (all are counted). */
  readonly findingLimit: number;
  /** Fingerprint key (the scan key), when set. */
  readonly key?: Uint8Array | string | undefined;
  /** Column types inferred once on the main thread from the input's first records (column inference). */
  readonly columnTypes?: readonly ColumnType[] | undefined;
}

/** A finding of a chunk, positioned relative to the chunk. Holds no matched value. */
export interface ChunkFinding {
  readonly field: string;
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly recognizer: string;
  /** 0-based record index in the chunk. */
  readonly record: number;
  /** 0-based line (line feeds before the record's start) in the chunk. */
  readonly line: number;
  readonly preview: string;
  readonly fingerprint?: string;
}

/** A malformed record of a chunk. */
export interface ChunkError {
  /** 0-based line of the problem in the chunk. */
  readonly line: number;
  /** 0-based record index in the chunk. */
  readonly record: number;
  readonly problem: string;
}

/** The result of a chunk. */
export interface ChunkResult {
  /** Output bytes (anonymize mode). */
  readonly output?: Uint8Array;
  /** Records seen (malformed ones included, blank lines excluded). */
  readonly records: number;
  /** Line feeds in the chunk. */
  readonly lines: number;
  readonly findings: ChunkFinding[];
  readonly findingCount: number;
  readonly recordsWithFindings: number;
  readonly byEntity: Record<string, number>;
  /** Counts by field, with array indexes written `[*]`. */
  readonly byField: Record<string, number>;
  /** Malformed records handled by the policy (`skip` / `passthrough`). */
  readonly errors: ChunkError[];
  /** With `onError: 'fail'`, the first malformed record; processing stopped there. */
  readonly fatal?: ChunkError;
}

/** Builds output as text, switching to bytes only when raw (invalid UTF-8) input is passed through. */
class Output {
  #text = '';
  #parts: Uint8Array[] = [];
  add(text: string): void {
    this.#text += text;
  }
  addBytes(bytes: Uint8Array): void {
    if (this.#text.length > 0) this.#parts.push(Buffer.from(this.#text, 'utf8'));
    this.#text = '';
    this.#parts.push(bytes);
  }
  finish(): Uint8Array {
    if (this.#parts.length === 0) return Buffer.from(this.#text, 'utf8');
    if (this.#text.length > 0) this.#parts.push(Buffer.from(this.#text, 'utf8'));
    return Buffer.concat(this.#parts);
  }
}

/** What a chunk needs of one field, resolved once per chunk rather than per value. */
interface FieldPlan {
  /** Undefined when the field is not selected. */
  readonly analyze: FieldAnalysis | undefined;
  /** Its anonymizer (anonymize mode, selected fields). */
  readonly anonymizer: Anonymizer | undefined;
  /** The report's key of the field: array indexes collapsed (`messages[*].content`). */
  readonly key: string;
}

function planField(engine: RecordEngine, typing: ColumnTyping | undefined, field: string, anonymize: boolean): FieldPlan {
  const selected = engine.isSelected(field);
  return {
    analyze: selected ? fieldAnalysis(engine, typing, field) : undefined,
    anonymizer: selected && anonymize ? engine.anonymizerFor(field) : undefined,
    key: columnKey(field),
  };
}

/** JSON paths planned per chunk; records with more distinct paths (data as keys) plan the rest per value. */
const MAX_PLANNED_PATHS = 10_000;

/**
 * Processes one chunk with an engine.
 *
 * @example processChunk(engine, { mode: 'anonymize', format: 'jsonl', delimiter: ',', bytes, onError: 'fail', blankLines: 'keep', findingLimit: 1000 })
 */
export function processChunk(engine: RecordEngine, task: ChunkTask): ChunkResult {
  const anonymize = task.mode === 'anonymize';
  const out = new Output();
  const findings: ChunkFinding[] = [];
  const errors: ChunkError[] = [];
  // Maps while counting: an object indexed by ever-changing keys is a megamorphic keyed load and store per finding.
  const byEntity = new Map<string, number>();
  const byField = new Map<string, number>();
  const fpKey = task.key === undefined ? undefined : parseKey(task.key);
  const typing = columnTyping(engine, task.columnTypes); // column inference
  let findingCount = 0;
  let recordsWithFindings = 0;
  let records = 0;
  let fatal: ChunkError | undefined;

  const bytes = task.bytes;
  let text = decodeUtf8(bytes);
  let badLines: Set<number> | undefined;
  let starts: number[] | undefined;
  if (text === undefined) {
    // Invalid UTF-8: find the lines that hold it; their records are malformed.
    starts = lineStarts(bytes);
    badLines = new Set();
    for (let l = 0; l < starts.length; l++) {
      const to = l + 1 < starts.length ? starts[l + 1]! : bytes.length;
      if (firstInvalidUtf8(bytes, starts[l]!, to) >= 0) badLines.add(l);
    }
    text = decodeUtf8Lenient(bytes);
  }
  const rawLines = (from: number, to: number): Uint8Array => bytes.subarray(starts![from]!, to < starts!.length ? starts![to]! : bytes.length);
  const hasBadLine = (from: number, to: number): boolean => {
    if (!badLines) return false;
    for (let l = from; l < Math.max(to, from + 1); l++) if (badLines.has(l)) return true;
    return false;
  };

  /** Records one value's findings: counted always, listed while the finding list has room. `fieldKey` is the field's report key. */
  const note = (record: number, line: number, field: string, fieldKey: string, value: string, list: readonly { entity: string; start: number; end: number; score: number; recognizer: string }[]) => {
    findingCount += list.length;
    byField.set(fieldKey, (byField.get(fieldKey) ?? 0) + list.length);
    for (const f of list) {
      byEntity.set(f.entity, (byEntity.get(f.entity) ?? 0) + 1);
      if (findings.length < task.findingLimit) {
        const matched = value.slice(f.start, f.end);
        findings.push({
          field, entity: f.entity, start: f.start, end: f.end, score: f.score, recognizer: f.recognizer, record, line,
          preview: maskPreview(matched, f.entity),
          ...(fpKey ? { fingerprint: fingerprint(matched, f.entity, fpKey) } : {}),
        });
      }
    }
  };

  /**
   * Applies the error policy to a malformed record (`raw` is its input, written back by
   * `passthrough`); returns false to stop (fail). `raw` is a value, not a thunk: a closure here
   * would make every record's loop scope a heap-allocated context.
   */
  const malformed = (record: number, line: number, problem: string, raw: string | Uint8Array): boolean => {
    const error = { line, record, problem };
    if (task.onError === 'fail') {
      fatal = error;
      return false;
    }
    errors.push(error);
    if (anonymize && task.onError === 'passthrough') {
      if (typeof raw === 'string') out.add(raw);
      else out.addBytes(raw);
    }
    return true;
  };

  if (task.format === 'jsonl') {
    const plans = new Map<string, FieldPlan>();
    const planOf = (path: string): FieldPlan => {
      let plan = plans.get(path);
      if (plan === undefined) {
        plan = planField(engine, typing, path, anonymize);
        if (plans.size < MAX_PLANNED_PATHS) plans.set(path, plan);
      }
      return plan;
    };
    let pos = 0;
    let line = 0;
    const len = text.length;
    while (pos < len) {
      let nl = text.indexOf('\n', pos);
      const next = nl < 0 ? len : nl + 1;
      if (nl < 0) nl = len;
      const contentEnd = nl > pos && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
      const lineText = text.slice(pos, contentEnd);
      const thisLine = line;
      line++;
      const rawText = text.slice(pos, next);
      pos = next;
      if (lineText.trim().length === 0 && !hasBadLine(thisLine, thisLine + 1)) {
        if (anonymize && task.blankLines === 'keep') out.add(rawText);
        continue;
      }
      const record = records++;
      if (hasBadLine(thisLine, thisLine + 1)) {
        if (!malformed(record, thisLine, 'invalid UTF-8', rawLines(thisLine, thisLine + 1))) break;
        continue;
      }
      const leaves = jsonLeaves(lineText);
      if (leaves === undefined) {
        if (!malformed(record, thisLine, 'invalid JSON', rawText)) break;
        continue;
      }
      let splices: { start: number; end: number; text: string }[] | undefined;
      let found = false;
      for (const leaf of leaves) {
        if (leaf.kind === 'number' && !engine.scanNumbers) continue;
        const plan = planOf(leaf.path);
        if (plan.analyze === undefined) continue;
        const list = plan.analyze(leaf.value);
        if (list.length === 0) continue;
        found = true;
        note(record, thisLine, leaf.path, plan.key, leaf.value, list);
        if (anonymize) {
          const replaced = plan.anonymizer!.anonymizedText(leaf.value, list);
          if (replaced !== leaf.value) (splices ??= []).push({ start: leaf.start, end: leaf.end, text: JSON.stringify(replaced) });
        }
      }
      if (found) recordsWithFindings++;
      if (!anonymize) continue;
      if (splices === undefined) {
        out.add(rawText);
      } else {
        let s = '';
        let cursor = 0;
        for (const sp of splices) {
          s += lineText.slice(cursor, sp.start) + sp.text;
          cursor = sp.end;
        }
        out.add(s + lineText.slice(cursor) + rawText.slice(lineText.length));
      }
    }
  } else {
    const columns = task.columns ?? [];
    const plans = columns.map((field) => planField(engine, typing, field, anonymize));
    const delim = task.delimiter;
    const tokenizer = new CsvTokenizer(text, delim);
    for (let token = tokenizer.next(); token !== undefined; token = tokenizer.next()) {
      if (token.kind === 'blank' && columns.length !== 1) {
        if (anonymize && task.blankLines === 'keep') out.add(text.slice(token.start, token.next));
        continue;
      }
      const record = records++;
      const t = token;
      // The record's lines [first, end).
      const first = t.line;
      const end = tokenizer.line > first ? tokenizer.line : first + 1;
      if (t.kind === 'bad') {
        const problem = hasBadLine(first, end) ? 'invalid UTF-8' : t.problem;
        if (!malformed(record, t.problemLine, problem, starts ? rawLines(first, end) : text.slice(t.start, t.next))) break;
        continue;
      }
      if (hasBadLine(first, end)) {
        if (!malformed(record, t.line, 'invalid UTF-8', rawLines(first, end))) break;
        continue;
      }
      const row: CsvRow = t.kind === 'row' ? t : { kind: 'row', fields: [{ value: '', start: t.start, end: t.start, quoted: false }], start: t.start, end: t.start, next: t.next, line: t.line };
      if (row.fields.length !== columns.length) {
        if (!malformed(record, row.line, `expected ${columns.length} fields, found ${row.fields.length}`, text.slice(row.start, row.next))) break;
        continue;
      }
      let replaced: (string | undefined)[] | undefined;
      let found = false;
      for (let k = 0; k < row.fields.length; k++) {
        const plan = plans[k]!;
        if (plan.analyze === undefined) continue;
        const value = row.fields[k]!.value;
        if (value.length === 0) continue;
        const list = plan.analyze(value);
        if (list.length === 0) continue;
        found = true;
        note(record, row.line, columns[k]!, plan.key, value, list);
        if (anonymize) {
          const next = plan.anonymizer!.anonymizedText(value, list);
          if (next !== value) (replaced ??= [])[k] = next;
        }
      }
      if (found) recordsWithFindings++;
      if (!anonymize) continue;
      if (replaced === undefined) {
        out.add(text.slice(row.start, row.next));
      } else {
        // Unchanged fields and the delimiters between them are copied as raw runs of the text.
        let s = '';
        let cursor = row.start;
        for (let k = 0; k < replaced.length; k++) {
          const r = replaced[k];
          if (r === undefined) continue;
          const f = row.fields[k]!;
          s += text.slice(cursor, f.start) + formatCsvField(r, delim, f.quoted);
          cursor = f.end;
        }
        out.add(s + text.slice(cursor, row.next));
      }
    }
  }

  return {
    ...(anonymize && fatal === undefined ? { output: out.finish() } : {}),
    records,
    // The text's line feeds are the bytes' (decoding never takes an ASCII byte into a replacement).
    lines: countLineFeedsIn(text),
    findings,
    findingCount,
    recordsWithFindings,
    byEntity: Object.fromEntries(byEntity),
    byField: Object.fromEntries(byField),
    errors,
    ...(fatal === undefined ? {} : { fatal }),
  };
}
