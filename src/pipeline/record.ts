/**
 * The record-level core shared by every path (inline, worker threads, streams): field selection,
 * analysis and anonymization of one parsed record. Pure and synchronous; knows nothing of files,
 * chunks or threads. Errors are thrown only for invalid options, when the engine is created.
 */
import { createAnalyzer, type Analyzer } from '../analyzer/analyzer.js';
import { compileFieldPatterns, compileFieldSelector } from '../io/field-path.js';
import { childKeyPath } from '../io/json-leaves.js';
import { createAnonymizer, type Anonymizer } from '../operators/anonymizer.js';
import type { OperatorsConfig } from '../operators/types.js';
import type { AnalyzerOptions, Finding, RecognizerSpec } from '../types.js';
import { analyzeField, type ColumnTyping } from './typed-columns.js';

/** A finding with the field (CSV column or JSON path) it was found in. */
export interface FieldFinding extends Finding {
  /** CSV column or JSON path (`user.email`, `messages[3].content`, `$` for a top-level scalar). */
  readonly field: string;
}

/** What the record core needs: analyzer options (recognizers already loaded) plus field and operator choices. */
export interface RecordEngineOptions extends Omit<AnalyzerOptions, 'recognizers'> {
  readonly recognizers?: readonly RecognizerSpec[];
  readonly operators?: OperatorsConfig | undefined;
  readonly key?: Uint8Array | string | undefined;
  readonly fields?: readonly string[] | undefined;
  readonly skipFields?: readonly string[];
  readonly fieldOperators?: Readonly<Record<string, OperatorsConfig>>;
  /** Scan JSON numbers. @default true */
  readonly scanNumbers?: boolean;
}

/** A ready record engine: analyzer and anonymizers created once, reused for every record. */
export interface RecordEngine {
  readonly analyzer: Analyzer;
  /** How fields are named: CSV column names (exact) or JSON paths. */
  readonly fieldStyle: 'csv' | 'json';
  readonly scanNumbers: boolean;
  /** Whether a field is scanned at all. */
  isSelected(field: string): boolean;
  /** The anonymizer of a field (its `fieldOperators` entry merged over `operators`). */
  anonymizerFor(field: string): Anonymizer;
}

/**
 * Creates the engine. Validates every option eagerly (operators, key, recognizers), so a bad
 * configuration fails before any data is read.
 *
 * @example
 * const engine = createRecordEngine({ recognizers: ['email'], fields: ['user.email'] }, 'json');
 */
export function createRecordEngine(options: RecordEngineOptions, fieldStyle: 'csv' | 'json'): RecordEngine {
  const { operators, key, fields, skipFields = [], fieldOperators = {}, scanNumbers = true, ...analyzerOptions } = options;
  const analyzer = createAnalyzer(analyzerOptions);
  const keyOption = key === undefined ? {} : { key };
  const base = createAnonymizer({ ...(operators === undefined ? {} : { operators }), ...keyOption });
  const patterns = Object.keys(fieldOperators);
  const perField = patterns.map((p) => createAnonymizer({ operators: { ...operators, ...fieldOperators[p] }, ...keyOption }));
  const whichOperators = compileFieldPatterns(patterns, fieldStyle);
  return {
    analyzer,
    fieldStyle,
    scanNumbers,
    isSelected: compileFieldSelector(fields, skipFields, fieldStyle),
    anonymizerFor(field) {
      const i = whichOperators(field);
      return i < 0 ? base : perField[i]!;
    },
  };
}

/**
 * Findings in one value of a field; none when the field is not selected. `typing` (the column
 * types column inference decided, see typed-columns.ts `columnTyping`) reports a typed field's
 * value without NLP; without it every value is analyzed in full.
 */
export function analyzeValue(engine: RecordEngine, field: string, value: string, typing?: ColumnTyping): FieldFinding[] {
  if (!engine.isSelected(field)) return [];
  return analyzeField(engine, typing, field, value).map((f) => ({ ...f, field }));
}

/** One value anonymized: the new text (the same string when nothing was found) and its findings. */
export function anonymizeValue(engine: RecordEngine, field: string, value: string, typing?: ColumnTyping): { text: string; findings: FieldFinding[] } {
  const findings = analyzeValue(engine, field, value, typing);
  if (findings.length === 0) return { text: value, findings };
  return { text: engine.anonymizerFor(field).anonymizedText(value, findings), findings };
}

type Visit = (field: string, value: string, isNumber: boolean) => string | undefined;

/** Walks a JSON-like value; `visit` may return a replacement. Returns the (copied-on-write) result. */
function walk(value: unknown, path: string, engine: RecordEngine, visit: Visit): unknown {
  if (typeof value === 'string') {
    return visit(path === '' ? '$' : path, value, false) ?? value;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (!engine.scanNumbers || (typeof value === 'number' && !Number.isFinite(value))) return value;
    return visit(path === '' ? '$' : path, String(value), true) ?? value;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = walk(value[i], `${path}[${i}]`, engine, visit);
      if (next !== value[i]) (copy ??= [...value])[i] = next;
    }
    return copy ?? value;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !ArrayBuffer.isView(value)) {
    let copy: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const next = walk(v, childKeyPath(path, k), engine, visit);
      if (next !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = next;
    }
    return copy ?? value;
  }
  return value;
}

/**
 * Findings in every selected string (and number) of a record, in document order. A record is any
 * JSON-like value; a CSV row is an object of column -> value (`fieldStyle: 'csv'` keys match by name).
 *
 * @example analyzeRecord(engine, { user: { email: 'jane@acme.io' } }) // [{ field: 'user.email', entity: 'EMAIL_ADDRESS', ... }]
 */
export function analyzeRecord(engine: RecordEngine, record: unknown, typing?: ColumnTyping): FieldFinding[] {
  const out: FieldFinding[] = [];
  if (engine.fieldStyle === 'csv' && isFlatObject(record)) {
    for (const [k, v] of Object.entries(record)) if (typeof v === 'string') out.push(...analyzeValue(engine, k, v, typing));
    return out;
  }
  walk(record, '', engine, (field, value) => {
    out.push(...analyzeValue(engine, field, value, typing));
    return undefined;
  });
  return out;
}

/** Calls `visit` with each string value of a record and its field, named as `analyzeRecord` names them. */
export function forEachStringField(engine: RecordEngine, record: unknown, visit: (field: string, value: string) => void): void {
  if (engine.fieldStyle === 'csv' && isFlatObject(record)) {
    for (const [k, v] of Object.entries(record)) if (typeof v === 'string') visit(k, v);
    return;
  }
  walk(record, '', engine, (field, value, isNumber) => {
    if (!isNumber) visit(field, value);
    return undefined;
  });
}

/**
 * Anonymizes a record without modifying it: returns a copy in which every selected value with a
 * finding is rewritten (numbers become strings), sharing untouched sub-objects, plus the findings.
 *
 * @example anonymizeRecord(engine, { email: 'jane@acme.io', n: 1 }).record // { email: '<EMAIL_ADDRESS>', n: 1 }
 */
export function anonymizeRecord<T>(engine: RecordEngine, record: T, typing?: ColumnTyping): { record: T; findings: FieldFinding[] } {
  const findings: FieldFinding[] = [];
  if (engine.fieldStyle === 'csv' && isFlatObject(record)) {
    let copy: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(record)) {
      if (typeof v !== 'string') continue;
      const r = anonymizeValue(engine, k, v, typing);
      findings.push(...r.findings);
      if (r.text !== v) (copy ??= { ...record })[k] = r.text;
    }
    return { record: (copy ?? record) as T, findings };
  }
  const result = walk(record, '', engine, (field, value) => {
    const r = anonymizeValue(engine, field, value, typing);
    findings.push(...r.findings);
    return r.findings.length > 0 && r.text !== value ? r.text : undefined;
  });
  return { record: result as T, findings };
}

function isFlatObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
