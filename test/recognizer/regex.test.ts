import { describe, expect, it } from 'vitest';
import { numberedGroups, onlyDigits } from '../../src/recognizer/regex.js';

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
