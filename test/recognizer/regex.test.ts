import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_END, NUMBER_START } from '../../src/recognizer/number-bounds.js';
import { anyOf } from '../../src/recognizer/regex.js';

const ssnLike = [
  new RegExp(`${NUMBER_START}\\d{3}-\\d{2}-\\d{4}${NUMBER_END}`, 'u'),
  new RegExp(`${NUMBER_START}\\d{3} \\d{2} \\d{4}${NUMBER_END}`, 'u'),
  new RegExp(`${NUMBER_START}\\d{9}${NUMBER_END}`, 'u'),
];

describe('anyOf', () => {
  it.each<[string, RegExp[], string, boolean]>([
    ['the first pattern', ssnLike, 'ssn 123-45-6789 on file', true],
    ['the last pattern', ssnLike, 'ssn 123456789', true],
    ['none (a longer number)', ssnLike, 'ref 1234567890', false],
    ['none (plain text)', ssnLike, 'no number here', false],
    ['patterns sharing a group name', [/(?<value>ab)c/u, /(?<value>de)f/u], 'xdef', true],
    ['a class holding `(?<`', [/[(?<x>]/, /zz/], 'a<b', true],
    ['an escaped paren before `?<`', [/\(?<a>/, /zz/], '<a>', true],
    ['lookbehinds kept as they are', [/(?<=x)a/, /(?<!y)b/], 'yb', false],
  ])('matches where any matches: %s', (_name, regexes, value, expected) => {
    expect(anyOf(regexes)!.test(value)).toBe(expected);
    expect(regexes.some((r) => r.test(value))).toBe(expected);
  });

  it.each<[string, RegExp[]]>([
    ['a numbered backreference', [/(a)\1/, /b/]],
    ['a named backreference', [/(?<q>['"]).*\k<q>/, /b/]],
    ['different flags', [/a/i, /b/]],
    ['the v flag (nested classes)', [new RegExp('[\\p{L}--[a-z]]', 'v'), new RegExp('b', 'v')]],
    ['no patterns', []],
  ])('declines %s', (_name, regexes) => {
    expect(anyOf(regexes)).toBeUndefined();
  });

  it('ignores g, y and d: the joined regex is a plain test', () => {
    const joined = anyOf([/a/gd, /b/y])!;
    expect(joined.flags).toBe('');
    expect(joined.test('xxb')).toBe(true);
  });

  it('agrees with testing each pattern on arbitrary digit-and-separator text', () => {
    const joined = anyOf(ssnLike)!;
    fc.assert(fc.property(fc.stringMatching(/^[0-9 a-]{0,24}$/), (value) => joined.test(value) === ssnLike.some((r) => r.test(value))), { numRuns: 5000 });
  });
});
