import { describe, expect, it } from 'vitest';
import { DELIMITED_NUMBER_END, DELIMITED_NUMBER_START, NUMBER_END, NUMBER_START } from '../../src/recognizer/number-bounds.js';

const strict = new RegExp(`${NUMBER_START}\\d{3} \\d{2}${NUMBER_END}`, 'gu');
const delimited = new RegExp(`${DELIMITED_NUMBER_START}\\d{3}-\\d{2}${DELIMITED_NUMBER_END}`, 'gu');
const all = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((m) => m[0]);

describe('number bounds', () => {
  it.each([
    ['123 45', ['123 45']], ['(123 45).', ['123 45']], ['😀123 45', ['123 45']],
    ['9 123 45', []], ['123 45 6', []], ['x123 45', []], ['+123 45', []], ['1.123 45', []], ['123 45-6', []], ['123 45é', []],
  ])('strict: %s', (text, expected) => expect(all(strict, text)).toEqual(expected));

  it.each([
    ['123-45', ['123-45']], ['age 9 123-45', ['123-45']], ['123-45 6', ['123-45']],
    ['9-123-45', []], ['9.123-45', []], ['123-45-6', []], ['123-45.6', []], ['+123-45', []], ['ä123-45', []],
  ])('delimited: %s', (text, expected) => expect(all(delimited, text)).toEqual(expected));
});
