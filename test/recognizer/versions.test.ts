import { describe, expect, it } from 'vitest';
import { followsVersionWord } from '../../src/recognizer/versions.js';

describe('followsVersionWord', () => {
  it.each([
    ['version 1.2.3.4', true], ['Version: 1.2.3.4', true], ['v 1.2.3', true], ['fw=1.2.3.4', true], ['release #2.0.1.3', true],
    ['host 1.2.3.4', false], ['1.2.3.4', false], ['conversion 1.2.3.4', false], ['server v2 at 1.2.3.4', false],
  ])('%j -> %s', (text, expected) => {
    expect(followsVersionWord(text, text.search(/\d+\.\d/))).toBe(expected);
  });

  it('finds no word before the start of the value', () => {
    expect(followsVersionWord('1.2.3.4', 0)).toBe(false);
    expect(followsVersionWord('v1.2.3.4', 1)).toBe(true);
  });
});
