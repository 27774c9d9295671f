/**
 * What the benchmark measures: pii-scan's analyzer, compromise alone (the NLP baseline) and
 * secretlint's recommended preset (the secrets baseline). Each maps its output to eval labels and
 * to non-overlapping findings for the anonymizer (the leak rate).
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createAnalyzer } from '../../src/analyzer/analyzer.js';
import { resolveOverlaps } from '../../src/analyzer/overlaps.js';
import { loadCompromise } from '../../src/recognizer/compromise.js';
import type { Finding, Recognizer, RecognizerSpec } from '../../src/types.js';
import type { LabelledSpan } from './metrics.js';

/** A predictor's answer for one text. */
export interface PredictorOutput {
  /** Predictions in eval labels (unmapped entities left out). */
  readonly spans: readonly LabelledSpan[];
  /** Everything it would anonymize, non-overlapping (unmapped entities included). */
  readonly findings: readonly Finding[];
}

/** Something that finds spans in a text. */
export interface Predictor {
  readonly name: string;
  /** Eval labels it can produce; other labels are reported as not covered. */
  readonly labels: ReadonlySet<string>;
  predict(text: string): PredictorOutput | Promise<PredictorOutput>;
}

/** Entity name -> eval label; entities of `secret` recognizers map to SECRET, the rest are not scored. */
export const ENTITY_LABELS: Readonly<Record<string, string>> = {
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  IBAN_CODE: 'IBAN',
  DATE_TIME: 'DATE',
  CREDIT_CARD: 'CREDIT_CARD',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  URL: 'URL',
  CRYPTO: 'CRYPTO',
  PERSON: 'PERSON',
  LOCATION: 'LOCATION',
  ORGANIZATION: 'ORGANIZATION',
};

/** Options of the pii-scan predictor. */
export interface PiiScanPredictorOptions {
  /** Built-in ids, presets, or paths of modules whose exported recognizers are added. @default ['all'] */
  readonly recognizers?: readonly string[];
  readonly scoreThreshold?: number;
}

const isModulePath = (spec: string) => /[\\/]/.test(spec) || /\.[cm]?[jt]s$/.test(spec);

function isRecognizer(value: unknown): value is Recognizer<unknown> {
  return typeof value === 'object' && value !== null && 'meta' in value && typeof (value as Recognizer).create === 'function';
}

/**
 * pii-scan's analyzer. A module path in `recognizers` (e.g. `recognizers/nlp-entities.ts`) adds
 * every recognizer the module exports, so a recognizer can be measured before it is registered.
 */
export async function piiScanPredictor(options: PiiScanPredictorOptions = {}): Promise<Predictor> {
  const specs: RecognizerSpec[] = [];
  for (const spec of options.recognizers ?? ['all']) {
    if (!isModulePath(spec)) { specs.push(spec); continue; }
    const mod = (await import(pathToFileURL(resolve(spec)).href)) as Record<string, unknown>;
    const found = Object.values(mod).filter(isRecognizer);
    if (found.length === 0) throw new Error(`${spec}: the module exports no recognizer`);
    specs.push(...found);
  }
  const analyzer = createAnalyzer({ recognizers: specs, ...(options.scoreThreshold !== undefined && { scoreThreshold: options.scoreThreshold }) });
  const secretIds = new Set(analyzer.recognizers.filter((m) => m.category === 'secret').map((m) => m.id));
  const labelOf = (f: Finding) => (secretIds.has(f.recognizer) ? 'SECRET' : ENTITY_LABELS[f.entity]);
  const labels = new Set<string>();
  for (const meta of analyzer.recognizers) {
    for (const e of meta.entities) {
      const label = meta.category === 'secret' ? 'SECRET' : ENTITY_LABELS[e];
      if (label) labels.add(label);
    }
  }
  return {
    name: 'pii-scan',
    labels,
    predict(text) {
      const findings = analyzer.analyze(text);
      const spans: LabelledSpan[] = [];
      for (const f of findings) {
        const label = labelOf(f);
        if (label) spans.push({ start: f.start, end: f.end, label });
      }
      return { spans, findings };
    },
  };
}

/** Strips spaces and punctuation from both ends of a span, as any user of raw offsets would. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/** compromise alone: its people / places / organizations, spans trimmed of edge punctuation. */
export function compromisePredictor(): Predictor {
  const nlp = loadCompromise();
  return {
    name: 'compromise',
    labels: new Set(['PERSON', 'LOCATION', 'ORGANIZATION']),
    predict(text) {
      const doc = nlp.parse(text);
      const spans: LabelledSpan[] = [];
      for (const m of doc.matches) {
        const [start, end] = trimSpan(text, doc.terms[m.first]!.start, doc.terms[m.last]!.end);
        if (end > start) spans.push({ start, end, label: m.entity });
      }
      return { spans, findings: toFindings(text, spans, 'compromise') };
    },
  };
}

/** secretlint's recommended preset; every reported range is a SECRET. */
export async function secretlintPredictor(): Promise<Predictor> {
  const { lintSource } = await import('@secretlint/core');
  const { creator } = await import('@secretlint/secretlint-rule-preset-recommend');
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] };
  return {
    name: 'secretlint',
    labels: new Set(['SECRET']),
    async predict(text) {
      const result = await lintSource({
        source: { content: text, filePath: 'eval.txt', ext: '.txt', contentType: 'text' },
        options: { config, noPhysicFilePath: true },
      });
      const spans = secretlintSpans(text, result.messages);
      return { spans, findings: toFindings(text, spans, 'secretlint') };
    },
  };
}

/**
 * secretlint reports `range` as JavaScript string indices into the content after it strips a
 * leading BOM; shift them back so they index the original text.
 */
export function secretlintSpans(text: string, messages: readonly { range: readonly [number, number] }[]): LabelledSpan[] {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return messages
    .map((m) => ({ start: m.range[0] + shift, end: m.range[1] + shift, label: 'SECRET' }))
    .filter((s) => s.end > s.start && s.end <= text.length);
}

/** Predictions as non-overlapping findings, merged and trimmed by the analyzer's own overlap rules. */
function toFindings(text: string, spans: readonly LabelledSpan[], recognizer: string): Finding[] {
  return resolveOverlaps(text, spans.map((s) => ({ entity: s.label, start: s.start, end: s.end, score: 1, recognizer })));
}
