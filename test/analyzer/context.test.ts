import { describe, expect, it } from 'vitest';
import { compileContext, valueWords, wordsAround } from '../../src/analyzer/context.js';

describe('valueWords', () => {
  it.each<[string, string[]]>([
    ['my SSN is 123-45-6789', ['my', 'ssn', 'is', '123', '45', '6789']],
    ['customerPhone: 212', ['customer', 'phone', '212']],
    ['Zoë’s Telefonnummer', ['zoë', 's', 'telefonnummer']],
    ['İstanbul office', ['i̇stanbul', 'office']],
    ['', []],
  ])('%j', (value, words) => {
    const w = valueWords(value);
    expect(w.words).toEqual(words);
    // Offsets point at the word in the value (case aside).
    w.words.forEach((word, i) => expect(value.slice(w.starts[i], w.ends[i]).toLowerCase()).toBe(word));
  });
});

describe('compileContext', () => {
  const hasPhone = compileContext(['phone', 'social security']);
  it.each<[string, boolean]>([
    ['call my phone now', true],
    ['two phones here', true],
    ['social security: 1', true],
    ['microphone 1', false],
    ['social 1', false],
  ])('%j -> %s', (text, expected) => {
    const words = valueWords(text);
    expect(hasPhone(wordsAround(words, text.length, text.length))).toBe(expected);
  });
});
