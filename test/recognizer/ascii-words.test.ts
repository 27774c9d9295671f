import { describe, expect, it } from 'vitest';
import { AsciiWordSet, wordHashStep } from '../../src/recognizer/ascii-words.js';

/** The hash a scan folds over `value[start, end)`. */
function hashOf(value: string, start = 0, end = value.length): number {
  let hash = 0;
  for (let k = start; k < end; k++) hash = wordHashStep(hash, value.charCodeAt(k) | 0x20);
  return hash;
}

/** Letters-only words from a number (base 26), to fill a set well past its first size. */
function letterWord(n: number): string {
  let w = '';
  do {
    w += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return w;
}

describe('AsciiWordSet', () => {
  const set = new AsciiWordSet(['ann', 'anna', "o'neil", 'jean-luc', 'bo', 'bo']);
  it.each([
    ['a word', 'ann', true],
    ['a longer word sharing its start', 'anna', true],
    ['a word in capitals', 'ANNA', true],
    ['a word in mixed case', 'aNn', true],
    ['an apostrophe inside', "O'Neil", true],
    ['a hyphen inside', 'Jean-Luc', true],
    ['a two-letter word', 'bo', true],
    ['a prefix of a word', 'an', false],
    ['a word with more after it', 'annas', false],
    ['a word without its hyphen', 'jeanluc', false],
    ['a word of other letters', 'bob', false],
  ])('%s: %s', (_name, word, found) => expect(set.has(word, 0, word.length, hashOf(word))).toBe(found));

  it.each([
    ['inside a longer value', 'xx Anna yy', 3, 7, true],
    ['a range cut short', 'xx Anna yy', 3, 6, true],
    ['a range cut at the start', 'xx Anna yy', 4, 7, false],
  ])('finds a range %s', (_name, value, start, end, found) => expect(set.has(value, start, end, hashOf(value, start, end))).toBe(found));

  it('finds every word of a large set and no other', () => {
    const words = Array.from({ length: 5000 }, (_, n) => letterWord(n * 2));
    const large = new AsciiWordSet(words);
    for (const w of words) expect(large.has(w, 0, w.length, hashOf(w))).toBe(true);
    for (let n = 1; n < 10000; n += 2) {
      const w = letterWord(n);
      expect(large.has(w, 0, w.length, hashOf(w))).toBe(false);
    }
  });

  it('finds nothing in an empty set', () => {
    expect(new AsciiWordSet([]).has('ann', 0, 3, hashOf('ann'))).toBe(false);
  });
});
