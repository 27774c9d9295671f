/**
 * Repo-wide guarantees over every built-in recognizer: unique ids, a table test of its own, and
 * linear-time behaviour on adversarial 100 KB inputs (a catastrophic regex would never finish).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRecognizers, presetRecognizerIds } from '../../recognizers/index.js';
import type { AnalyzeContext, RecognizerInstance } from '../../src/types.js';

const SIZE = 100_000;
const adversarial: [string, string][] = [
  ['digits', '1'.repeat(SIZE)],
  ['spaced digits', '1 '.repeat(SIZE / 2)],
  ['dashed digits', '1-'.repeat(SIZE / 2)],
  ['dotted digits', '1.'.repeat(SIZE / 2)],
  ['letters', 'a'.repeat(SIZE)],
  ['capitalized words', 'Anna '.repeat(SIZE / 5)],
  ['at signs', '@'.repeat(SIZE)],
  ['local part chars then @', 'a.'.repeat(SIZE / 2 - 1) + '@'],
  ['dots', '.'.repeat(SIZE)],
  ['alnum pairs', 'A1'.repeat(SIZE / 2)],
  ['hex run', 'deadbeef'.repeat(SIZE / 8)],
  ['base64 run', 'aB3+/x9Z'.repeat(SIZE / 8)],
  ['nested separators', '1-2 3.4/5:'.repeat(SIZE / 10)],
  ['url-ish', 'http://a.'.repeat(SIZE / 9)],
  ['key=value', 'password='.repeat(SIZE / 9)],
  ['quotes', '"\'`'.repeat(SIZE / 3)],
  ['newlines', 'x\n'.repeat(SIZE / 2)],
  ['emoji', '😀'.repeat(SIZE / 2)],
  ['token prefixes', 'xoxb-1-'.repeat(SIZE / 21) + 'eyJ'.repeat(SIZE / 9) + 'AKIA'.repeat(SIZE / 12)],
  ['credential keys', 'password='.repeat(SIZE / 18) + 'token: "'.repeat(SIZE / 16)],
  ['pem headers', '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(SIZE / 32)],
  ['connection strings', 'postgres://u:'.repeat(SIZE / 13)],
  ['bearer', 'Bearer '.repeat(SIZE / 7)],
  ['parenthesized digits', '(1) '.repeat(SIZE / 4)],
  ['plus digits', '+1 '.repeat(SIZE / 3)],
  ['phone-like lines', '12 345 678\n'.repeat(SIZE / 11)],
  ['IBAN-like groups', `AB12${' 1234'.repeat(SIZE / 5)}`],
  ['otpauth query', 'otpauth://totp/a?x=1&'.repeat(SIZE / 21)],
  ['otpauth ampersands', 'otpauth://totp/a?' + 'b&'.repeat(SIZE / 2)],
  ['totp calls', "TOTP('".repeat(SIZE / 6)],
  ['jwk nesting', 'kty:{d:'.repeat(SIZE / 7)],
  ['jwk members', '{"kty":"oct","k":"'.repeat(SIZE / 18)],
  ['jwk braces', '{'.repeat(SIZE / 2) + 'kty' + '}'.repeat(SIZE / 2)],
];

// Once under a neutral field and once under a credential-named one (field context changes code paths).
const contexts: AnalyzeContext[] = [
  { field: 'notes', fieldContext: ['notes'], language: 'en', defaultRegions: ['US', 'GB'] },
  { field: 'password', fieldContext: ['password'], language: 'en', defaultRegions: ['US', 'GB'] },
];

describe('built-in recognizer registry', () => {
  it('has unique ids and valid presets', () => {
    const ids = builtinRecognizers.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(presetRecognizerIds('recommended')!.length).toBeGreaterThan(0);
    expect(presetRecognizerIds('all')).toEqual(ids);
    expect(presetRecognizerIds('not-a-preset')).toBeUndefined();
  });

  it.each(builtinRecognizers.map((r) => [r.meta.id]))('`%s` has its own table test', (id) => {
    expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url))).toBe(true);
  });
});

/** Milliseconds to analyze `input` (0 when the trigger skips it). */
function timeAnalyze(instance: RecognizerInstance, input: string, ctx: AnalyzeContext): number {
  const started = performance.now();
  if (!instance.trigger || instance.trigger(input)) instance.analyze(input, ctx);
  return performance.now() - started;
}

describe('every built-in is linear-time on adversarial 100 KB inputs', () => {
  // Fast is fine outright. Slow-but-linear (NLP runs at ~20-100 KB/s) is fine too: a quarter of the
  // input must then take at least an eighth of the time (linear: a quarter; quadratic: a sixteenth).
  // A catastrophic regex fails both.
  const FAST_MS = 1_000;
  it.each(builtinRecognizers.map((r) => [r.meta.id, r] as const))('%s', (_id, recognizer) => {
    const instance = recognizer.create();
    // The credential-named field only changes the code paths of secret recognizers.
    const applicable = recognizer.meta.category === 'secret' ? contexts : contexts.slice(0, 1);
    for (const ctx of applicable) {
      for (const [name, input] of adversarial) {
        const cold = timeAnalyze(instance, input, ctx);
        if (cold < FAST_MS) continue;
        // Compare warm runs: the first 100 KB run also pays for JIT compilation and lazy loading.
        const quarter = timeAnalyze(instance, input.slice(0, input.length / 4), ctx);
        const full = Math.min(cold, timeAnalyze(instance, input, ctx));
        expect(full / Math.max(quarter, 1), `${name} under ${ctx.field}: 100 KB ${full.toFixed(0)} ms, 25 KB ${quarter.toFixed(0)} ms`).toBeLessThan(8);
      }
    }
  }, 600_000);
});
