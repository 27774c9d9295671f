import { describe, expect, it } from 'vitest';
import { cachedByValue } from '../../src/recognizer/value-cache.js';

describe('cachedByValue', () => {
  it('computes each distinct value once', () => {
    const seen: string[] = [];
    const f = cachedByValue((v) => { seen.push(v); return v.length; });
    expect([f('ab'), f('abc'), f('ab'), f('abc')]).toEqual([2, 3, 2, 3]);
    expect(seen).toEqual(['ab', 'abc']);
  });
  it('is bounded: clears when full and keeps giving the same answers', () => {
    let calls = 0;
    const f = cachedByValue((v) => { calls++; return v.toUpperCase(); }, { maxEntries: 2 });
    expect([f('a'), f('b'), f('c'), f('a'), f('c')]).toEqual(['A', 'B', 'C', 'A', 'C']);
    expect(calls).toBe(4); // 'c' cleared the cache, so 'a' is computed again; 'c' is then a hit
  });
  it('never caches long values', () => {
    let calls = 0;
    const f = cachedByValue(() => ++calls, { maxValueLength: 3 });
    f('long value');
    f('long value');
    expect(calls).toBe(2);
  });
});
