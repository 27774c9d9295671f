/**
 * Span-level metrics: exact and overlap matching (one-to-one), per-label counts, precision /
 * recall / F1, micro averages, and the leak check. Pure functions, tested in
 * test/benchmarks/eval-metrics.test.ts.
 */

/** A labelled half-open span in UTF-16 code units. */
export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** How a prediction must sit on a gold span to count. */
export type MatchRule = 'exact' | 'overlap';

/** True positives, false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1; NaN when undefined (nothing predicted / nothing to find). */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Which gold spans and which predictions found a partner. */
export interface Matching {
  readonly goldMatched: readonly boolean[];
  readonly predMatched: readonly boolean[];
}

const overlapLength = (a: LabelledSpan, b: LabelledSpan): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Matches predictions to gold spans of the same label, each at most once on either side.
 * `exact` needs the same start and end; `overlap` needs one shared character and finds a
 * maximum matching (augmenting paths), so a wide prediction covering two gold spans counts once
 * and never steals the partner of another prediction.
 */
export function matchSpans(gold: readonly LabelledSpan[], pred: readonly LabelledSpan[], rule: MatchRule): Matching {
  const goldMatched = gold.map(() => false);
  const predMatched = pred.map(() => false);
  if (rule === 'exact') {
    const free = new Map<string, number[]>();
    pred.forEach((p, j) => {
      const key = `${p.label}\u0000${p.start}\u0000${p.end}`;
      free.set(key, [...(free.get(key) ?? []), j]);
    });
    gold.forEach((g, i) => {
      const j = free.get(`${g.label}\u0000${g.start}\u0000${g.end}`)?.shift();
      if (j !== undefined) { goldMatched[i] = true; predMatched[j] = true; }
    });
    return { goldMatched, predMatched };
  }
  // Candidates of each gold span, the biggest overlap first so ties resolve sensibly.
  const candidates = gold.map((g) => pred
    .map((p, j) => ({ j, len: p.label === g.label ? overlapLength(g, p) : 0 }))
    .filter((c) => c.len > 0)
    .sort((a, b) => b.len - a.len || a.j - b.j)
    .map((c) => c.j));
  const partnerOfPred: (number | undefined)[] = pred.map(() => undefined);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of candidates[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      const owner = partnerOfPred[j];
      if (owner === undefined || augment(owner, seen)) { partnerOfPred[j] = i; return true; }
    }
    return false;
  };
  gold.forEach((_, i) => { augment(i, pred.map(() => false)); });
  partnerOfPred.forEach((i, j) => {
    if (i !== undefined) { goldMatched[i] = true; predMatched[j] = true; }
  });
  return { goldMatched, predMatched };
}

/** Adds a matching's outcome to per-label counts (created on first use). */
export function addMatching(into: Map<string, Counts>, gold: readonly LabelledSpan[], pred: readonly LabelledSpan[], m: Matching): void {
  const counts = (label: string): Counts => {
    let c = into.get(label);
    if (!c) into.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  gold.forEach((g, i) => { if (m.goldMatched[i]) counts(g.label).tp++; else counts(g.label).fn++; });
  pred.forEach((p, j) => { if (!m.predMatched[j]) counts(p.label).fp++; });
}

/** Precision, recall and F1 of counts; a ratio with a zero denominator is NaN. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn);
  const f1 = c.tp + c.fp + c.fn === 0 ? Number.NaN : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  return { precision, recall, f1 };
}

/** Sum of per-label counts (micro average). */
export function sumCounts(counts: Iterable<Counts>): Counts {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts) { total.tp += c.tp; total.fp += c.fp; total.fn += c.fn; }
  return total;
}

/** Keeps the spans whose label the record annotated; others are neither right nor wrong. */
export function onlyLabels<T extends LabelledSpan>(spans: readonly T[], labels: ReadonlySet<string>): T[] {
  return spans.filter((s) => labels.has(s.label));
}

/** For each gold surface: is it still present verbatim in the anonymized text? */
export function leakedSurfaces(anonymized: string, surfaces: readonly string[]): boolean[] {
  return surfaces.map((s) => s.length > 0 && anonymized.includes(s));
}

/** Whether any prediction shares a character with the span (any label). */
export function isHit(span: { start: number; end: number }, pred: readonly LabelledSpan[]): boolean {
  return pred.some((p) => p.start < span.end && span.start < p.end);
}
