/**
 * Overlap resolution. The output is non-overlapping, so anonymization is a clean right-to-left
 * splice, and it covers every character any kept finding covered: dropping a partly-overlapping
 * span would leak the part nobody else covers.
 *
 * 1. Same-entity spans that overlap merge into their union (highest score wins the label).
 * 2. Spans are taken by priority (score, then length); each keeps only what higher-priority
 *    spans left free. So a span inside a higher-or-equal-scored one disappears, a lower-scored
 *    container is split around it, and a partial overlap is trimmed (as Presidio's anonymizer does).
 * 3. Fragments with no letter or digit are dropped (nothing left to protect).
 */
import type { Finding } from '../types.js';

export function resolveOverlaps(value: string, findings: readonly Finding[]): Finding[] {
  if (findings.length <= 1) return [...findings];
  const merged = mergeSameEntity(findings);
  merged.sort(byPriority);
  const kept: Finding[] = [];
  for (const candidate of merged) {
    for (const piece of subtract(candidate, kept)) {
      if (hasAlnum(value, piece.start, piece.end)) kept.push(piece);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function byPriority(a: Finding, b: Finding): number {
  return b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0);
}

function mergeSameEntity(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : a.start - b.start || b.end - a.end));
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
