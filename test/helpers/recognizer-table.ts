/**
 * Table-driven recognizer tests. Every case lists the exact substrings it expects, and every
 * finding is checked against `value.slice(start, end)`: a wrong span fails loudly.
 */
import { expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer/analyzer.js';
import { contextWords } from '../../src/analyzer/context.js';
import { DEFAULT_REGIONS } from '../../src/options.js';
import { compileRequirement, meets, profileValue } from '../../src/recognizer/triggers.js';
import type { AnalyzerOptions, Finding, Recognizer } from '../../src/types.js';

/**
 * The recognizer's own `analyze`, called directly: whatever it matches must meet its declared
 * `requires` and `trigger`, and score no more than its `maxScore` - otherwise the analyzer's
 * shortcuts would skip a real match.
 */
function checkPreconditions(recognizer: Recognizer<any>, text: string, field: string | undefined): void {
  const instance = recognizer.create();
  const results = instance.analyze(text, { field, fieldContext: field ? contextWords(field) : [], language: 'en', defaultRegions: DEFAULT_REGIONS });
  if (results.length === 0) return;
  if (instance.requires) expect(meets(profileValue(text), compileRequirement(instance.requires)), `requires of ${recognizer.meta.id}`).toBe(true);
  if (instance.trigger) expect(instance.trigger(text), `trigger of ${recognizer.meta.id}`).toBe(true);
  if (instance.maxScore !== undefined) for (const r of results) expect(r.score).toBeLessThanOrEqual(instance.maxScore);
}

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
  checkPreconditions(recognizer, text, field);
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
