import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_END, NUMBER_START } from '../../src/recognizer/number-bounds.js';
import { anyOf, groupedAlternation, numberedGroups, onlyDigits } from '../../src/recognizer/regex.js';

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

describe('onlyDigits', () => {
  it.each([
    ['', ''],
    ['2125550199', '2125550199'],
    ['(212) 555-0199', '2125550199'],
    ['+1 212 555 0199 ', '12125550199'],
    ['no digits', ''],
    ['a1b2c3', '123'],
    // Only ASCII digits: Arabic-Indic and fullwidth digits are dropped.
    ['١٢٣ 4 ５', '4'],
    ['𝟏2', '2'],
  ])('onlyDigits(%j) = %j', (text, digits) => {
    expect(onlyDigits(text)).toBe(digits);
  });

  it('keeps a long run of digits whole', () => {
    const run = '1234567890'.repeat(10_000);
    expect(onlyDigits(`x${run}y`)).toBe(run);
  });
});

describe('numberedGroups', () => {
  it.each([
    [/(?<y>\d{4})-(?<m>\d\d)/u, ['y', 'm'], '2024-05', { y: '2024', m: '05' }],
    // Plain groups count; non-capturing groups, lookarounds and parentheses in classes do not.
    [/(a)(?:b)(?<=b)(?<!x)(?=\()[(](?<n>c)/u, ['n'], 'ab(c', { n: 'c' }],
    [/\((?<n>\d)\)/, ['n'], '(7)', { n: '7' }],
    // A back-reference followed by a digit keeps its meaning.
    [/(?<sep>[-/])\d\k<sep>1/u, ['sep'], '-5-1', { sep: '-' }],
  ] as const)('%s', (regex, names, text, groups) => {
    const { regex: numbered, group } = numberedGroups(regex, names);
    const m = numbered.exec(text)!;
    expect(m[0]).toBe(regex.exec(text)![0]);
    expect(m.groups).toBeUndefined();
    for (const [name, value] of Object.entries(groups)) expect(m[group[name as (typeof names)[number]]]).toBe(value);
    expect(numbered.flags).toBe(regex.flags);
  });

  it('numbers groups as the regex engine does', () => {
    // Shapes of the date-time and url patterns: each group's number must hold its name's text.
    const samples: [RegExp, string][] = [
      [/(?:(?<w>mon|tue)\.?\s)?(?<![\p{L}\p{N}_])(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?:T(?<hh>\d\d))?/iu, 'Mon 2024-01-08T10'],
      [/(?<host>(?:[a-z]+\.)+(?<tld>[a-z]{2,}))(?<port>:\d+)?(?<rest>[/?#][^\s]*)?/u, 'www.acme.com:80/x?y'],
    ];
    for (const [regex, text] of samples) {
      const names = Object.keys(regex.exec(text)!.groups!);
      const { regex: numbered, group } = numberedGroups(regex, names);
      const m = numbered.exec(text)!;
      expect(m.length).toBe(regex.exec(text)!.length);
      for (const name of names) expect(m[group[name]!], name).toBe(regex.exec(text)!.groups![name]);
    }
  });

  it('refuses a name the regex does not have', () => {
    expect(() => numberedGroups(/(?<a>x)/, ['b'])).toThrow(/cannot number/);
  });
});

describe('groupedAlternation', () => {
  const words = ['pass', 'pwd', 'pw\\b', 'secret', 'securestring', 'sid\\b', 'key', 'k'];
  const plain = new RegExp(words.join('|'), 'gi');
  const grouped = new RegExp(groupedAlternation(words), 'gi');

  it('groups the words of each first letter, in order', () => {
    expect(groupedAlternation(words)).toBe('p(?:ass|wd|w\\b)|s(?:ecret|ecurestring|id\\b)|k(?:ey|)');
  });

  it.each<[string, string[]]>([
    ['my PassWord', ['Pass']],
    ['pw: x, pwx, PWD', ['pw', 'PWD']],
    ['securestring secret', ['securestring', 'secret']],
    ['sid sidx keys k', ['sid', 'key', 'k']],
    ['nothing here', []],
  ])('%j: the plain alternation\'s matches, %j', (text, expected) => {
    const spans = (r: RegExp) => [...text.matchAll(r)].map((m) => [m.index, m[0]]);
    expect(spans(grouped)).toEqual(spans(plain));
    expect(spans(grouped).map(([, t]) => t)).toEqual(expected);
  });

  it('matches where the plain alternation does', () => {
    const spans = (r: RegExp, text: string) => [...text.matchAll(r)].map((m) => [m.index, m[0]]);
    fc.assert(fc.property(fc.stringMatching(/^[pasdwecrtkyiPS _1\u00e9]{0,24}$/), (text) => {
      expect(spans(grouped, text)).toEqual(spans(plain, text));
    }), { numRuns: 5000 });
  });

  it.each(['Pass', '\\bpass', ''])('refuses %j (no lower-case first letter)', (word) => {
    expect(() => groupedAlternation([word])).toThrow(RangeError);
  });
});
