/** Shared test helpers for the operators: findings built from substrings, a fixed test key. */
import type { Finding } from '../../src/types.js';

/** A 32-byte test key (never a real one). */
export const KEY = 'hex:' + '0123456789abcdef'.repeat(4);
/** A second, different test key. */
export const OTHER_KEY = 'hex:' + 'fedcba9876543210'.repeat(4);

/** Findings for each [entity, substring] in order; each substring is searched after the previous one. */
export function findingsFor(text: string, spans: readonly (readonly [string, string])[]): Finding[] {
  let from = 0;
  return spans.map(([entity, value]) => {
    const start = text.indexOf(value, from);
    if (start < 0) throw new Error(`test setup: ${JSON.stringify(value)} not in text`);
    from = start + value.length;
    return { entity, start, end: start + value.length, score: 1, recognizer: 'test' };
  });
}
