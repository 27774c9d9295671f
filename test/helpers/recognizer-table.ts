/**
 * Table-driven recognizer tests. Every case lists the exact substrings it expects, and every
 * finding is checked against `value.slice(start, end)`: a wrong span fails loudly.
 */
import { expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer/analyzer.js';
import type { AnalyzerOptions, Finding, Recognizer } from '../../src/types.js';

/** One row: the input, and the `[ENTITY, exact substring]` pairs expected (empty for a negative). */
export interface RecognizerCase {
  readonly name?: string;
  readonly text: string;
  readonly expected: readonly (readonly [entity: string, substring: string])[];
  /** Field name to analyze the value under (column-name context). */
  readonly field?: string;
  /** Minimum score the findings must have. */
  readonly minScore?: number;
}

/** The findings of `recognizer` alone, as `[entity, substring]` pairs, after checking every span. */
export function spansOf(recognizer: Recognizer<any>, text: string, field?: string, options: AnalyzerOptions = {}): [string, string, Finding][] {
  const analyzer = createAnalyzer({ ...options, recognizers: [recognizer] });
  const findings = analyzer.analyze(text, field === undefined ? {} : { field });
  return findings.map((f) => {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.recognizer).toBe(recognizer.meta.id);
    return [f.entity, text.slice(f.start, f.end), f];
  });
}

/** Registers one vitest case per row. */
export function recognizerTable(recognizer: Recognizer<any>, cases: readonly RecognizerCase[], options: AnalyzerOptions = {}): void {
  it.each(cases.map((c) => [c.name ?? c.text.slice(0, 60), c] as const))('%s', (_name, c) => {
    const found = spansOf(recognizer, c.text, c.field, options);
    expect(found.map(([e, s]) => [e, s])).toEqual(c.expected.map(([e, s]) => [e, s]));
    for (const [, , f] of found) expect(f.score).toBeGreaterThanOrEqual(c.minScore ?? 0.5);
  });
}
