/** UK_NINO: UK National Insurance numbers (AB 12 34 56 C). */
import { definePatternRecognizer, type PatternMatch } from '../src/recognizer/define.js';

// HMRC: neither prefix letter is D, F, I, Q, U or V; the second is not O; the suffix is A-D.
// Single optional spaces between the groups: AB123456C, AB 12 34 56 C, AB 123456 C.
const NINO = /(?<![\p{L}\p{N}_])[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}_])/u;

/** Prefixes HMRC never allocates. */
const UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** Upper-case numbers score 0.5 (reported alone); lower or mixed case is weak and needs context. */
function ninoScore(normalized: string, match: PatternMatch): number | false {
  if (UNALLOCATED.has(normalized.slice(0, 2))) return false;
  return /[a-z]/.test(match.text) ? 0.3 : 0.5;
}

/** UK National Insurance numbers with an allocatable prefix and an A-D suffix. */
export const ukNino = definePatternRecognizer({
  id: 'uk-nino',
  entity: 'UK_NINO',
  recommended: false,
  country: 'gb',
  description: 'UK National Insurance numbers',
  patterns: [{ name: 'nino', regex: NINO, score: 0.5 }],
  context: ['national insurance', 'national insurance number', 'ni', 'ni number', 'nino', 'nin', 'insurance number'],
  requires: { minNumberRun: 6, minLength: 9 },
  normalize: (text) => text.replace(/ /g, '').toUpperCase(),
  validate: ninoScore,
});
