/**
 * Loading the labelled evaluation files (../shared/evaldata/*.dev.jsonl). Each record carries gold
 * spans as UTF-16 offsets and the labels its source annotated; only those labels are scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A gold span of an evaluation record. */
export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  /** Eval label: EMAIL, PHONE, CREDIT_CARD, ..., PERSON, LOCATION, ORGANIZATION, SECRET, OTHER. */
  readonly label: string;
  /** The source dataset's own label (CredData: `Password`, `UUID:Token`...). */
  readonly origLabel: string;
  readonly surface: string;
}

/** A span reviewers marked as not sensitive (CredData hard negatives). */
export interface FalseCandidate {
  readonly start: number;
  readonly end: number;
  readonly origLabel: string;
}

/** One labelled record. */
export interface EvalRecord {
  readonly id: string;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
  readonly annotatedLabels: ReadonlySet<string>;
  readonly falseCandidates: readonly FalseCandidate[];
}

/** One evaluation file. */
export interface EvalFile {
  /** File name without `.dev.jsonl`, e.g. `presidio-synth`. */
  readonly name: string;
  readonly path: string;
  readonly records: readonly EvalRecord[];
}

const SUFFIX = '.dev.jsonl';

/** The `*.dev.jsonl` files of `dir`, sorted by name, optionally only those whose name contains one of `only`. */
export function listEvalFiles(dir: string, only: readonly string[] = []): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(SUFFIX))
    .filter((f) => only.length === 0 || only.some((o) => f.slice(0, -SUFFIX.length).includes(o)))
    .sort()
    .map((f) => join(dir, f));
}

/** Parses one evaluation file and checks every span against its text. */
export function loadEvalFile(path: string): EvalFile {
  const lines = readFileSync(path, 'utf8').split('\n');
  const records: EvalRecord[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    records.push(parseRecord(JSON.parse(line) as RawRecord, `${path}:${i + 1}`));
  });
  return { name: basename(path).slice(0, -SUFFIX.length), path, records };
}

interface RawRecord {
  id: string;
  text: string;
  spans: { start: number; end: number; label: string; orig_label?: string; surface: string }[];
  annotated_labels: string[];
  false_candidates?: { start: number; end: number; orig_label?: string }[];
}

function parseRecord(raw: RawRecord, where: string): EvalRecord {
  if (typeof raw.text !== 'string' || !Array.isArray(raw.spans) || !Array.isArray(raw.annotated_labels)) {
    throw new Error(`${where}: not an evaluation record`);
  }
  const spans = raw.spans.map((s): GoldSpan => {
    // A broken offset would silently skew every metric, so fail loudly (the surface is not printed).
    if (raw.text.slice(s.start, s.end) !== s.surface) throw new Error(`${where}: span ${s.start}-${s.end} does not match its surface`);
    return { start: s.start, end: s.end, label: s.label, origLabel: s.orig_label ?? s.label, surface: s.surface };
  });
  const falseCandidates = (raw.false_candidates ?? []).map((c) => ({ start: c.start, end: c.end, origLabel: c.orig_label ?? '' }));
  return { id: raw.id, text: raw.text, spans, annotatedLabels: new Set(raw.annotated_labels), falseCandidates };
}
