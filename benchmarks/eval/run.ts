/**
 * Evaluates one predictor on one file: per-label exact and overlap counts, micro averages, leak
 * rate, recall per source label group (CredData's `Password`, `UUID`...), hard-negative hits, timing.
 */
import type { Finding } from '../../src/types.js';
import type { EvalFile } from './dataset.js';
import { addMatching, isHit, leakedSurfaces, matchSpans, onlyLabels, prf, sumCounts, type Counts, type LabelledSpan, type Prf } from './metrics.js';
import type { Predictor } from './predictors.js';

/** Counts and their ratios under one matching rule. */
export interface Scored extends Counts, Prf {}

/** Results for one eval label. */
export interface LabelResult {
  readonly label: string;
  /** Gold spans of this label. */
  readonly support: number;
  /** Whether the predictor can produce this label at all (uncovered labels stay out of the micro average). */
  readonly covered: boolean;
  readonly exact: Scored;
  readonly overlap: Scored;
  /** Gold surfaces of this label still verbatim in the anonymized text. */
  readonly leaked: number;
}

/** Recall of one source-label group (first part of `orig_label`). */
export interface GroupResult {
  readonly group: string;
  readonly support: number;
  readonly exactRecall: number;
  readonly overlapRecall: number;
  readonly leaked: number;
}

/** Everything measured on one file. */
export interface FileResult {
  readonly file: string;
  readonly predictor: string;
  readonly records: number;
  readonly seconds: number;
  readonly recordsPerSecond: number;
  readonly labels: readonly LabelResult[];
  /** Micro averages over the covered labels. */
  readonly micro: { readonly exact: Scored; readonly overlap: Scored };
  /** Label-agnostic leak rate over every scored gold span. */
  readonly leak: { readonly gold: number; readonly leaked: number; readonly rate: number };
  readonly groups: readonly GroupResult[];
  /** Predictions touching spans reviewers marked as not secret. */
  readonly falseCandidates: { readonly total: number; readonly hit: number };
}

/** Replaces findings in a text (pii-scan's anonymizer in the real run). */
export type AnonymizeFn = (text: string, findings: readonly Finding[]) => string;

const scored = (c: Counts): Scored => ({ ...c, ...prf(c) });

/** The group of a source label: its first `:`-separated part (`UUID:Token` -> `UUID`). */
export const groupOf = (origLabel: string): string => origLabel.split(':')[0]!.trim();

/** Runs `predictor` over every record of `file` and scores it. */
export async function evaluateFile(file: EvalFile, predictor: Predictor, anonymize: AnonymizeFn): Promise<FileResult> {
  const exact = new Map<string, Counts>();
  const overlap = new Map<string, Counts>();
  const leakedByLabel = new Map<string, number>();
  const groups = new Map<string, { support: number; exact: number; overlap: number; leaked: number }>();
  let gold = 0;
  let leaked = 0;
  let fcTotal = 0;
  let fcHit = 0;
  let predictSeconds = 0;

  for (const record of file.records) {
    const t0 = performance.now();
    const out = await predictor.predict(record.text);
    predictSeconds += (performance.now() - t0) / 1000;

    const goldSpans = onlyLabels(record.spans, record.annotatedLabels);
    const predSpans: LabelledSpan[] = onlyLabels(out.spans, record.annotatedLabels);
    const mExact = matchSpans(goldSpans, predSpans, 'exact');
    const mOverlap = matchSpans(goldSpans, predSpans, 'overlap');
    addMatching(exact, goldSpans, predSpans, mExact);
    addMatching(overlap, goldSpans, predSpans, mOverlap);

    const anonymized = goldSpans.length > 0 ? anonymize(record.text, out.findings) : record.text;
    const isLeaked = leakedSurfaces(anonymized, goldSpans.map((s) => s.surface));
    goldSpans.forEach((s, i) => {
      gold++;
      const g = groups.get(groupOf(s.origLabel)) ?? { support: 0, exact: 0, overlap: 0, leaked: 0 };
      groups.set(groupOf(s.origLabel), g);
      g.support++;
      if (mExact.goldMatched[i]) g.exact++;
      if (mOverlap.goldMatched[i]) g.overlap++;
      if (isLeaked[i]) { leaked++; g.leaked++; leakedByLabel.set(s.label, (leakedByLabel.get(s.label) ?? 0) + 1); }
    });
    for (const fc of record.falseCandidates) {
      fcTotal++;
      if (isHit(fc, predSpans)) fcHit++;
    }
  }

  const labelNames = [...new Set([...exact.keys(), ...overlap.keys()])].sort();
  const labels = labelNames.map((label): LabelResult => {
    const e = exact.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    const o = overlap.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    return { label, support: e.tp + e.fn, covered: predictor.labels.has(label), exact: scored(e), overlap: scored(o), leaked: leakedByLabel.get(label) ?? 0 };
  });
  const covered = labels.filter((l) => l.covered);
  return {
    file: file.name,
    predictor: predictor.name,
    records: file.records.length,
    seconds: predictSeconds,
    recordsPerSecond: predictSeconds > 0 ? file.records.length / predictSeconds : Number.POSITIVE_INFINITY,
    labels,
    micro: { exact: scored(sumCounts(covered.map((l) => l.exact))), overlap: scored(sumCounts(covered.map((l) => l.overlap))) },
    leak: { gold, leaked, rate: gold === 0 ? Number.NaN : leaked / gold },
    groups: [...groups.entries()]
      .map(([group, g]) => ({ group, support: g.support, exactRecall: g.exact / g.support, overlapRecall: g.overlap / g.support, leaked: g.leaked }))
      .sort((a, b) => b.support - a.support || (a.group < b.group ? -1 : 1)),
    falseCandidates: { total: fcTotal, hit: fcHit },
  };
}
