import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { rng } from '../../benchmarks/generate-dataset.js';
import { Metadata } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import { anchored, digitGroups, digitGroupsLengths, internationalGrouping, isPossiblePhone, isValidPhone, matchLength, nationalGrouping, parseInternational, parsePhone } from '../../src/recognizer/phone-numbering.js';

/** What the library says of an input, in the shape compared here. */
function library(input: string, region: CountryCode | undefined) {
  const p = region ? parsePhoneNumberFromString(input, region) : parsePhoneNumberFromString(input);
  if (!p) return undefined;
  return {
    country: p.country,
    callingCode: p.countryCallingCode as string,
    nsn: p.nationalNumber as string,
    valid: p.isValid(),
    possible: p.isPossible(),
    national: digitGroups(p.formatNational()),
    international: digitGroups(p.formatInternational()),
  };
}

function ours(input: string, region: string | undefined) {
  const p = parsePhone(input, region);
  if (!p) return undefined;
  return { country: p.country, callingCode: p.callingCode, nsn: p.nsn, valid: isValidPhone(p), possible: isPossiblePhone(p), national: nationalGrouping(p), international: internationalGrouping(p) };
}

/** Inputs of every shape the recognizer hands over: national, with trunk prefix, +CC, IDD + CC, CC without plus. */
function inputsFor(region: CountryCode, r: () => number, count: number): string[] {
  const cc = getCountryCallingCode(region);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = digits(5 + Math.floor(r() * 10));
    const lead = String(1 + Math.floor(r() * 9));
    const shape = i % 6;
    if (shape === 0) out.push(lead + body);
    else if (shape === 1) out.push(`0${lead}${body}`);
    else if (shape === 2) out.push(`+${cc}${lead}${body}`);
    else if (shape === 3) out.push(`00${cc}${lead}${body}`);
    else if (shape === 4) out.push(`${cc}${lead}${body}`);
    else out.push(`011${cc}${body}`);
  }
  return out;
}

// The default regions, countries sharing calling codes (NANP, +44, +7, +39, +61, +262, +590), and
// numbering plans with national-prefix transform rules (AR, MX, BR, CN, RU).
const REGIONS: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'IN', 'CA', 'AU', 'BR', 'AR', 'MX', 'CN', 'RU', 'KZ', 'VA', 'JE', 'CC', 'AG', 'PR', 'YT', 'BL', 'JP', 'NL', 'CH', 'AT', 'SE', 'PL', 'ZA', 'NG', 'KR', 'ID', 'IR', 'HU'];

describe('phone-numbering: the same answers as libphonenumber-js', () => {
  it.each(REGIONS)('region %s, 1,200 numbers of every shape', (region) => {
    const r = rng(region.charCodeAt(0) * 31 + region.charCodeAt(1));
    for (const input of inputsFor(region, r, 1200)) {
      expect(ours(input, region), `${input} @ ${region}`).toEqual(library(input, region));
    }
  });

  it('every country: international numbers without a default region', () => {
    const r = rng(7);
    for (const country of getCountries()) {
      for (const input of inputsFor(country, r, 24).filter((i) => i.startsWith('+'))) {
        expect(ours(input, undefined), input).toEqual(library(input, undefined));
      }
    }
  });

  it('every country: valid numbers (example numbers with their last digits varied), national and international', () => {
    const r = rng(11);
    let valid = 0;
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const nsn = example.nationalNumber as string;
      const national = example.formatNational().replace(/\D/g, '');
      for (let i = 0; i < 12; i++) {
        const keep = Math.max(1, nsn.length - 1 - (i % 4));
        const tail = Array.from({ length: nsn.length - keep }, () => Math.floor(r() * 10)).join('');
        const varied = nsn.slice(0, keep) + tail;
        const nationalVaried = national.slice(0, national.length - tail.length) + tail;
        for (const [input, region] of [[`+${example.countryCallingCode}${varied}`, undefined], [nationalVaried, country], [varied, country]] as const) {
          const expected = library(input, region);
          if (expected?.valid) valid++;
          expect(ours(input, region), `${input} @ ${region ?? '-'}`).toEqual(expected);
        }
      }
    }
    // The comparison must have covered valid numbers in bulk, not only rejections.
    expect(valid).toBeGreaterThan(3000);
  });

  it.each([
    ['national without a region', '6175550199', undefined],
    ['+0 is never a calling code', '+0123456789', undefined],
    ['unknown calling code', '+999123456789', undefined],
    ['a lone calling code', '+44', undefined],
  ])('%s is not parsed', (_name, input, region) => {
    expect(parsePhone(input, region)).toBeUndefined();
    expect(library(input, region as CountryCode | undefined)).toBeUndefined();
  });

  it.each([
    ['(212) 555-0199', '3,3,4'],
    ['+44 20 7946 0958', '2,2,4,4'],
    ['no digits', ''],
    ['1', '1'],
    // Run lengths past the table of small ones.
    ['1234567890123456789012345678901 12', '31,2'],
    ['12 12345678901234567890123456789012', '2,32'],
    ['123456789012345678901234567890123', '33'],
  ])('digitGroups(%j) = %j', (text, groups) => {
    expect(digitGroups(text)).toBe(groups);
  });
});

/** Every pattern of the metadata of one kind, over all countries. */
function metadataPatterns(): { anchored: string[]; formats: string[] } {
  const metadata = new Metadata(maxMetadata) as unknown as {
    selectNumberingPlan(c: string): void;
    numberingPlan: {
      IDDPrefix(): string | undefined;
      nationalPrefixForParsing(): string | undefined;
      leadingDigits(): string | undefined;
      formats(): { pattern(): string; leadingDigitsPatterns(): string[] }[];
    };
  };
  const anchoredPatterns = new Set<string>();
  const formats = new Set<string>();
  for (const country of getCountries()) {
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan;
    for (const p of [plan.IDDPrefix(), plan.nationalPrefixForParsing(), plan.leadingDigits()]) if (p) anchoredPatterns.add(p);
    for (const f of plan.formats()) {
      formats.add(f.pattern());
      for (const p of f.leadingDigitsPatterns()) anchoredPatterns.add(p);
    }
  }
  return { anchored: [...anchoredPatterns], formats: [...formats] };
}

describe('phone-numbering: metadata shortcuts agree with the regexes they stand for', () => {
  const { anchored: anchoredPatterns, formats } = metadataPatterns();
  const r = rng(23);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  // Every string of up to three digits, random longer ones, and a few that are not digits.
  const inputs = ['', 'x', '1x', '+1', '٣', ...Array.from({ length: 1110 }, (_, i) => (i < 10 ? String(i) : i < 110 ? String(i - 10).padStart(2, '0') : String(i - 110).padStart(3, '0'))), ...Array.from({ length: 300 }, (_, i) => digits(4 + (i % 14)))];

  it('most anchored patterns are matched without their regex', () => {
    expect(anchoredPatterns.length).toBeGreaterThan(400);
    expect(anchoredPatterns.filter((p) => anchored(p).alternatives !== undefined).length).toBeGreaterThan(anchoredPatterns.length / 2);
  });

  it('matchLength is the anchored regex match length of every metadata pattern', () => {
    for (const pattern of anchoredPatterns) {
      const a = anchored(pattern);
      const regex = new RegExp(`^(?:${pattern})`);
      for (const input of inputs) expect(matchLength(a, input), `${pattern} on ${input}`).toBe(regex.exec(input)?.[0].length ?? -1);
    }
  });

  it.each([
    ['literal', '011', '0112', 3],
    ['literal, too short', '011', '01', -1],
    ['class', '[24-9]', '45', 1],
    ['class, a digit outside it', '[24-9]', '3', -1],
    ['sequence of classes', '8[024]9', '849', 3],
    ['the first alternative that matches, in order', '1|12', '123', 1],
    ['a later alternative', '8001|8[024]9', '8091', 3],
    ['a digit of another script', '[0-9]', '٣', -1],
    ['the empty string', '[2-9]', '', -1],
    ['regex fallback: a group', '0(1\\d)?', '013', 3],
    ['regex fallback: a quantifier', '9\\d{2}', '9123', 3],
  ])('%s: matchLength(%j, %j) = %d', (_name, pattern, input, length) => {
    expect(matchLength(anchored(pattern), input)).toBe(length);
    expect(new RegExp(`^(?:${pattern})`).exec(input)?.[0].length ?? -1).toBe(length);
  });

  it('a format of digit groups matches a digit string whole exactly when its length is in digitGroupsLengths', () => {
    let checked = 0;
    for (const pattern of formats) {
      const lengths = digitGroupsLengths(pattern);
      if (!lengths) continue;
      const whole = new RegExp(`^(?:${pattern})$`);
      for (let n = 0; n <= 20; n++) {
        const input = digits(n);
        expect(whole.test(input), `${pattern} on ${input}`).toBe(n >= lengths[0] && n <= lengths[1]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(formats.length * 20);
  });

  it.each([
    ['(\\d{3})(\\d{3,4})', [6, 7]],
    ['(\\d)(\\d{2})', [3, 3]],
    ['(\\d{2})-(\\d{2})', undefined],
  ])('digitGroupsLengths(%j) = %j', (pattern, lengths) => {
    expect(digitGroupsLengths(pattern)).toEqual(lengths);
  });

  it('parseInternational(digits, from) is parsePhone of + and the digits from there', () => {
    const cases = ['', '0', '1', '12125550199', '442079460958', '0442079460958', '3316123456', '999123456789', '44', '1x2125550199', ...Array.from({ length: 3000 }, (_, i) => digits(1 + (i % 18)))];
    for (const input of cases) {
      for (const from of [0, 1, 2]) expect(parseInternational(input, from), `${input} from ${from}`).toEqual(parsePhone(`+${input.slice(from)}`));
    }
  });
});
