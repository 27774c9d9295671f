import { describe, expect, it } from 'vitest';
import { compileRequirement, markerMask, meets, NON_ASCII, profileValue, type ValueProfile, type ValueRequirement } from '../../src/recognizer/triggers.js';

describe('profileValue', () => {
  it.each<[string, Partial<ValueProfile>]>([
    ['', { length: 0, digits: 0, numberRun: 0, tokenRun: 0, hexRun: 0, upper: 0, letters: 0, markers: 0 }],
    ['the order arrived late', { digits: 0, numberRun: 0, tokenRun: 7, upper: 0, letters: 19, markers: markerMask(' ') }],
    ['nospace', { letters: 7, markers: 0 }],
    ['(212) 555-0199', { digits: 10, numberRun: 7, tokenRun: 8 }],
    ['+1 212 555 0199', { digits: 11, numberRun: 11 }],
    ['4539 1234 5678 9012', { digits: 16, numberRun: 16, tokenRun: 4 }],
    ['123.45.6789', { numberRun: 9 }],
    ['12/05/2024', { numberRun: 8 }],
    // Two separators in a row end a number run.
    ['12 - 34', { digits: 4, numberRun: 2 }],
    ['12  34', { numberRun: 2 }],
    ['ghp_16C7e42F292c6912E7710c838347Ae178B4a', { tokenRun: 40, upper: 5 }],
    ['01:23:45:67:89:ab', { hexRun: 17 }],
    ['0123.4567.89ab', { hexRun: 14 }],
    ['Jane Doe', { upper: 2, letters: 7, tokenRun: 4 }],
  ])('%j', (value, expected) => {
    expect(profileValue(value)).toMatchObject(expected);
  });

  it('records marker characters and non-ASCII text', () => {
    const p = profileValue('jane@acme.io, Zoë');
    expect(p.markers & markerMask('@')).not.toBe(0);
    expect(p.markers & markerMask('.')).not.toBe(0);
    expect(p.markers & markerMask(',')).not.toBe(0);
    expect(p.markers & markerMask(':')).toBe(0);
    expect(p.markers & NON_ASCII).not.toBe(0);
  });

  it('counts a tab as a space', () => {
    expect(profileValue('Bearer\tabc').markers & markerMask(' ')).not.toBe(0);
  });

  it('rejects a marker character it does not profile', () => {
    expect(() => markerMask('^')).toThrow(RangeError);
  });
});

describe('meets', () => {
  it.each<[string, ValueRequirement, boolean]>([
    ['(212) 555-0199', { minDigits: 7 }, true],
    ['(212) 555-0199', { minNumberRun: 9 }, false],
    ['123-45-6789', { minNumberRun: 9 }, true],
    ['jane@acme.io', { anyOf: '@' }, true],
    ['jane at acme.io', { anyOf: '@' }, false],
    ['jane at acme.io', { anyOf: '@:' }, false],
    ['a:b', { anyOf: '@:' }, true],
    ['short', { minLength: 6 }, false],
    ['AKIAIOSFODNN7EXAMPLE', { minTokenRun: 20, minUpper: 2 }, true],
    ['akiaiosfodnn7example', { minTokenRun: 20, minUpper: 2 }, false],
    ['anything', {}, true],
  ])('%j meets %j: %s', (value, requirement, expected) => {
    expect(meets(profileValue(value), compileRequirement(requirement))).toBe(expected);
  });
});
