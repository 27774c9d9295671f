/**
 * Overlap resolution. The output is non-overlapping, so anonymization is a clean right-to-left
 * splice, and it covers every character any kept finding covered: dropping a partly-overlapping
 * span would leak the part nobody else covers.
 *
 * 1. Same-entity spans that overlap merge into their union (highest score wins the label).
 * 2. Spans are taken by priority (secrets first, then score, then length); each keeps only what
 *    higher-priority spans left free. So a span inside a higher-or-equal-scored one disappears, a
 *    lower-scored container is split around it, and a partial overlap is trimmed (as Presidio's
 *    anonymizer does). Secrets come first because a credential inside a URL or a sentence must be
 *    reported as the credential; the container's remaining pieces still cover the rest.
 * 3. Fragments with no letter or digit are dropped (nothing left to protect).
 */
import type { Finding } from '../types.js';

export function resolveOverlaps(value: string, findings: readonly Finding[], isSecret: (f: Finding) => boolean = () => false): Finding[] {
  if (findings.length <= 1) return [...findings];
  // The common case, spans that do not touch (an email and a phone number in one note): the steps
  // below would keep each whole, so the result is the spans with a letter or digit, by start.
  const sorted = stableSort([...findings], byStart);
  if (disjoint(sorted)) return withAlnum(value, sorted);
  const merged = mergeSameEntity(findings);
  stableSort(merged, (a, b) => Number(isSecret(b)) - Number(isSecret(a)) || byPriority(a, b));
  // Kept spans never overlap, so sorted by start they are also sorted by end: binary search finds
  // the few that can touch a candidate, keeping thousands of findings in one value near-linear.
  const kept: Finding[] = [];
  for (const candidate of merged) {
    const from = firstEndingAfter(kept, candidate.start);
    let to = from;
    while (to < kept.length && kept[to]!.start < candidate.end) to++;
    const touching = kept.slice(from, to);
    const pieces = withAlnum(value, subtract(candidate, touching));
    if (pieces.length > 0) kept.splice(from, to - from, ...stableSort([...touching, ...pieces], byStart));
  }
  return kept;
}

const byStart = (a: Finding, b: Finding): number => a.start - b.start;

/** Whether spans sorted by start are all non-empty and none overlaps the next. */
function disjoint(spans: readonly Finding[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    const f = spans[i]!;
    if (!(f.start < f.end) || (i > 0 && spans[i - 1]!.end > f.start)) return false;
  }
  return true;
}

/** The spans holding a letter or digit (a fragment without any protects nothing). */
function withAlnum(value: string, spans: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of spans) if (hasAlnum(value, f.start, f.end)) out.push(f);
  return out;
}

/**
 * Sorts in place, stably. A few findings are sorted by insertion: V8's `Array.prototype.sort`
 * (also stable, so the order is the same) allocates ~1.7 KB of work space even for two elements.
 */
function stableSort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 16) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i;
    for (; j > 0 && compare(list[j - 1]!, item) > 0; j--) list[j] = list[j - 1]!;
    list[j] = item;
  }
  return list;
}

/** Index of the first kept span whose end is after `pos`. */
function firstEndingAfter(kept: readonly Finding[], pos: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (kept[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function byPriority(a: Finding, b: Finding): number {
  return b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0);
}

function mergeSameEntity(findings: readonly Finding[]): Finding[] {
  const sorted = stableSort([...findings], (a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : a.start - b.start || b.end - a.end));
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && last.entity === f.entity && f.start < last.end) {
      const best = f.score > last.score ? f : last;
      out[out.length - 1] = { ...best, start: last.start, end: Math.max(last.end, f.end) };
    } else {
      out.push(f);
    }
  }
  return out;
}

/** The parts of `f` not covered by any of `taken`. */
function subtract(f: Finding, taken: readonly Finding[]): Finding[] {
  let pieces: Finding[] = [f];
  for (const t of taken) {
    if (t.end <= f.start || t.start >= f.end) continue;
    const next: Finding[] = [];
    for (const p of pieces) {
      if (t.end <= p.start || t.start >= p.end) { next.push(p); continue; }
      if (p.start < t.start) next.push({ ...p, end: t.start });
      if (t.end < p.end) next.push({ ...p, start: t.end });
    }
    pieces = next;
    if (pieces.length === 0) break;
  }
  return pieces;
}

const ALNUM = /[\p{L}\p{N}]/u;

function hasAlnum(value: string, start: number, end: number): boolean {
  return ALNUM.test(value.slice(start, end));
}
