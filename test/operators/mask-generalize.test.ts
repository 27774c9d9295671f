import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/operators/dates.js';
import { generalizeValue } from '../../src/operators/generalize.js';
import { maskValue } from '../../src/operators/mask.js';

describe('maskValue', () => {
  const base = { char: '*', keepFirst: 0, keepLast: 0, keepDomain: false };
  it.each([
    ['4111 1111 1111 1234', { keepLast: 4 }, '**** **** **** 1234'],
    ['4111-1111-1111-1234', { keepFirst: 1, keepLast: 4 }, '4***-****-****-1234'],
    ['(415) 555-0100', {}, '(***) ***-****'],
    ['ann.lee@corp.io', { keepDomain: true }, '***.***@corp.io'],
    ['ann.lee@corp.io', { keepDomain: true, keepFirst: 1 }, 'a**.***@corp.io'],
    ['ann.lee@corp.io', {}, '***.***@****.**'],
    ['no-at-sign', { keepDomain: true }, '**-**-****'],
    ['1234', { keepLast: 4 }, '****'],
    ['12-34', { keepFirst: 2, keepLast: 2 }, '**-**'],
    ['😀ab', { char: '#' }, '###'],
    ['Zoë', { char: '😀', keepFirst: 1 }, 'Z😀😀'],
  ] as const)('%s %o -> %s', (value, params, expected) => {
    expect(maskValue(value, { ...base, ...params })).toBe(expected);
  });
});

describe('findDate', () => {
  it.each([
    ['2021-03-05', [2021, 3, 5], '2022-12-25'],
    ['2021/3/5', [2021, 3, 5], '2022/12/25'],
    ['05.03.2021', [2021, 3, 5], '25.12.2022'],
    ['25/03/2021', [2021, 3, 25], '25/12/2022'],
    ['03/25/21', [2021, 3, 25], '12/25/22'],
    ['born 3/5/1990 at noon', [1990, 3, 5], 'born 12/25/2022 at noon'],
    ['20210305', [2021, 3, 5], '20221225'],
    ['March 5th, 2021', [2021, 3, 5], 'December 25th, 2022'],
    ['MAR 1 2021', [2021, 3, 1], 'DEC 25 2022'],
    ['5 mar. 2021', [2021, 3, 5], '25 dec. 2022'],
    ['the 2nd of Sept 2021', [2021, 9, 2], 'the 25th of Dec 2022'],
    ['2021-03-05T10:20:30Z', [2021, 3, 5], '2022-12-25T10:20:30Z'],
  ] as const)('%s', (value, [y, m, d], rendered) => {
    const date = findDate(value)!;
    expect([date.year, date.month, date.day]).toEqual([y, m, d]);
    expect(value.slice(0, date.start) + date.render(2022, 12, 25) + value.slice(date.end)).toBe(rendered);
  });

  it.each(['2021-02-30', '13/13/2021', '99999999', 'no date', '2021-13-01', 'Foo 5, 2021'])('%s -> none', (value) => {
    expect(findDate(value)).toBeUndefined();
  });
});

describe('generalizeValue', () => {
  const p = { to: 'year', width: 10, keep: 3 } as const;
  it.each([
    ['2021-03-05', 'DATE_TIME', p, '2021'],
    ['2021-03-05', 'DATE_OF_BIRTH', { ...p, to: 'month' }, '2021-03'],
    ['March 5, 2021', 'DATE_TIME', { ...p, to: 'month' }, 'March 2021'],
    ['05.03.1987', 'DATE_TIME', { ...p, to: 'decade' }, '1980s'],
    ['in 1999', 'DATE_TIME', { ...p, to: 'month' }, '1999'],
    ['yesterday', 'DATE_TIME', p, '<DATE_TIME>'],
    ['34', 'AGE', p, '30-39'],
    ['34 years old', 'AGE', { ...p, width: 5 }, '30-34 years old'],
    ['93', 'AGE', p, '90+'],
    ['1234', 'AGE', p, '<AGE>'],
    ['200', 'AGE', p, '<AGE>'],
    ['94103', 'US_ZIP_CODE', p, '941'],
    ['94103-1234', 'ZIP_CODE', { ...p, keep: 5 }, '94103'],
    ['SW1A 1AA', 'UK_POSTCODE', p, 'SW1A'],
    ['941', 'ZIP_CODE', p, '<ZIP_CODE>'],
    ['Ann Lee', 'PERSON', p, '<PERSON>'],
  ] as const)('%s (%s) %o -> %s', (value, entity, params, expected) => {
    expect(generalizeValue(value, entity, params)).toBe(expected);
  });
});
