import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRequirement, indexRequirements, markerMask, meets, NON_ASCII, profileValue, type CompiledRequirement, type ValueProfile, type ValueRequirement } from '../../src/recognizer/triggers.js';

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
    // Runs of lower-case letters next to everything else, and at either end.
    ['abc123', { digits: 3, numberRun: 3, tokenRun: 6, hexRun: 6, letters: 3 }],
    ['12 ab 34', { digits: 4, numberRun: 2, tokenRun: 2, hexRun: 2, letters: 2 }],
    ['12.ab', { numberRun: 2, hexRun: 5, tokenRun: 2 }],
    ['cafe:babe-face.', { hexRun: 15, tokenRun: 9, letters: 12 }],
    ['abcdefg', { hexRun: 6, tokenRun: 7, letters: 7 }],
    ['gabcXdef', { hexRun: 3, tokenRun: 8, upper: 1, letters: 8 }],
    ['zz9', { digits: 1, numberRun: 1, tokenRun: 3, hexRun: 1, letters: 2 }],
    ['é abc', { letters: 3, tokenRun: 3, markers: markerMask(' ') | NON_ASCII }],
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

  // The profile from its definitions, one feature at a time, with nothing shared with profileInto
  // (which reads the value's code units from a typed-array copy past a few characters).
  const longest = (value: string, run: RegExp, size: (m: string) => number = (m) => m.length) => Math.max(0, ...[...value.matchAll(run)].map((m) => size(m[0])));
  const markerOf = (ch: string): number => {
    if (ch.charCodeAt(0) > 127) return NON_ASCII;
    try {
      return markerMask(ch === '\t' ? ' ' : ch);
    } catch {
      return 0;
    }
  };
  const reference = (value: string): ValueProfile => ({
    length: value.length,
    digits: value.match(/[0-9]/g)?.length ?? 0,
    numberRun: longest(value, /[0-9]+(?:[ .\/-][0-9]+)*/g, (m) => m.replace(/[^0-9]/g, '').length),
    tokenRun: longest(value, /[A-Za-z0-9_+\/=-]+/g),
    hexRun: longest(value, /[0-9A-Fa-f:.-]+/g),
    upper: value.match(/[A-Z]/g)?.length ?? 0,
    letters: value.match(/[A-Za-z]/g)?.length ?? 0,
    markers: [...value].reduce((m, ch) => m | (ch.length > 1 ? NON_ASCII : markerOf(ch)), 0),
  });

  it('agrees with the definitions on any text, short or long, ASCII or not', () => {
    const unit = fc.constantFrom(...'aby zAFZ09 -./:_+=@#\t\n,é€Ł\u0100\ud83d\ude00\ud800'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), (value) => {
        expect(profileValue(value)).toEqual(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a slice of a longer text', 'x'.repeat(40) + 'Call 212-555-0199 or mail jane@acme.io' + 'y'.repeat(40), 40, 78],
    ['a value longer than the scratch copy (32,768 code units)', `${'ab1 '.repeat(9000)}Zoë 4539 1234 5678 9012`, 0, undefined],
    ['a value just above the copy threshold, after a long one', 'short 16 chars!!', 0, undefined],
  ])('agrees with the definitions on %s', (_name, text, start, end) => {
    profileValue('y'.repeat(1000));
    const value = text.slice(start, end);
    expect(profileValue(value)).toEqual(reference(value));
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
    ['592.32', { anyOf: '.:', minLetters: 1 }, false],
    ['a.b', { anyOf: '.:', minLetters: 2 }, true],
    ['a.1', { anyOf: '.:', minLetters: 2 }, false],
    ['anything', {}, true],
  ])('%j meets %j: %s', (value, requirement, expected) => {
    expect(meets(profileValue(value), compileRequirement(requirement))).toBe(expected);
  });
});

describe('indexRequirements', () => {
  // Every bound at several levels, some fractional, NaN, or above the directly indexed values (256),
  // and marker sets: more requirements than two words of bits hold.
  const levels = [0, 1, 1.5, 2, 7, 9, 12, 20, 40, 255, 256, 257, 300, 1000, Number.NaN, Infinity, -3];
  const anyOf = ['', '@', '.:', ' ', '-/', '@.:-/ '];
  const requirements: ValueRequirement[] = [];
  const keys = ['minLength', 'minDigits', 'minNumberRun', 'minTokenRun', 'minHexRun', 'minUpper', 'minLetters'] as const;
  for (const [k, key] of keys.entries()) {
    for (const [l, level] of levels.entries()) requirements.push({ [key]: level, anyOf: anyOf[(k + l) % anyOf.length]! });
  }
  // Two bounds at once.
  requirements.push({ minLength: 26, minTokenRun: 14 }, { minTokenRun: 20, minUpper: 2 }, { minHexRun: 14, anyOf: ':-.' }, { minDigits: 7, minNumberRun: 9 }, { minLetters: 2, anyOf: '.:' });
  const compiled = requirements.map(compileRequirement);
  const index = indexRequirements(compiled);

  it.each([
    '',
    'a',
    'jane.doe@acme.io',
    'call (212) 555-0199 or 212-555-0199',
    '4539 1234 5678 9012',
    'AKIAIOSFODNN7EXAMPLE',
    '00:1A:2B:3C:4D:5E',
    'x'.repeat(256),
    'x'.repeat(257),
    `${'A'.repeat(300)} ${'7'.repeat(300)}`,
    `${'deadbeef'.repeat(40)}:${'9-'.repeat(500)}`,
    'Grüße aus Köln: https://example.org/a?b=c',
  ])('%j: the requirements met are those `meets` accepts', (value) => {
    expect(index.words).toBe(Math.ceil(requirements.length / 32));
    const met = new Int32Array(index.words).fill(-1);
    const p = profileValue(value);
    index.metBy(p, met);
    const expected = compiled.map((r) => meets(p, r));
    expect(compiled.map((_r, i) => (met[i >> 5]! & (1 << (i & 31))) !== 0)).toEqual(expected);
    // Bits past the last requirement stay clear.
    for (let i = compiled.length; i < index.words * 32; i++) expect(met[i >> 5]! & (1 << (i & 31))).toBe(0);
  });

  // Any requirements against any profile: bounds near the edges of the directly indexed values (256)
  // and of one another, markers with every bit (the last one, non-ASCII, makes the set negative).
  const bound = fc.oneof(fc.constantFrom(0, 1, 1.5, 255, 256, 256.5, 257, 300, Number.NaN, Infinity, -3), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 400 }));
  const feature = fc.oneof(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom(255, 256, 257, 299, 300, 301));
  const mask = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 31 }).map((b) => 1 << b), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
  const requirement = fc.record({
    minLength: bound,
    minDigits: bound,
    minNumberRun: bound,
    minTokenRun: bound,
    minHexRun: bound,
    minUpper: bound,
    minLetters: bound,
    anyMask: mask,
  });
  // A bound left out (0) or given, as in recognizers' requirements, which set one or two.
  const sparse = fc.tuple(requirement, fc.array(fc.boolean(), { minLength: 7, maxLength: 7 })).map(([r, keep]): CompiledRequirement => {
    const out: Record<string, number> = { ...r };
    keys.forEach((key, k) => {
      if (!keep[k]) out[key] = 0;
    });
    return out as unknown as CompiledRequirement;
  });
  const profile = fc.record({ length: feature, digits: feature, numberRun: feature, tokenRun: feature, hexRun: feature, upper: feature, letters: feature, markers: mask });

  it('meets what `meets` accepts for any requirements and profiles', () => {
    fc.assert(
      fc.property(fc.array(sparse, { maxLength: 70 }), fc.array(profile, { minLength: 1, maxLength: 20 }), (requirements, profiles) => {
        const index = indexRequirements(requirements);
        expect(index.words).toBe(Math.max(1, Math.ceil(requirements.length / 32)));
        const met = new Int32Array(index.words);
        for (const p of profiles) {
          met.fill(-1);
          index.metBy(p, met);
          const bits = Array.from({ length: index.words * 32 }, (_b, i) => (met[i >> 5]! & (1 << (i & 31))) !== 0);
          expect(bits).toEqual(bits.map((_b, i) => i < requirements.length && meets(p, requirements[i]!)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('indexes no requirements', () => {
    const index = indexRequirements([]);
    const met = new Int32Array(index.words).fill(-1);
    index.metBy(profileValue('anything'), met);
    expect([...met]).toEqual(new Array(index.words).fill(0));
  });
});
