import { describe, expect, it } from 'vitest';
import { ibanCheckDigits, ibanValid } from '../../src/recognizer/checksums.js';
import { bbanMatchesStructure, bbanParts, IBAN_BBAN_STRUCTURES, ibanLength, parseBbanStructure } from '../../src/recognizer/iban-countries.js';

describe('iban-countries', () => {
  it.each([
    ['GB', 22], ['DE', 22], ['FR', 27], ['NL', 18], ['NO', 15], ['LC', 32], ['MT', 31], ['RU', 33], ['BE', 16], ['BR', 29], ['YE', 30],
  ])('ibanLength(%s) is %i', (country, length) => {
    expect(ibanLength(country)).toBe(length);
  });

  it('has no length for countries without IBANs or lower-case codes', () => {
    expect(ibanLength('US')).toBeUndefined();
    expect(ibanLength('gb')).toBeUndefined();
    expect(bbanParts('CA')).toBeUndefined();
  });

  it('parses structures', () => {
    expect(parseBbanStructure('4!a6!n8!n')).toEqual([{ kind: 'a', count: 4 }, { kind: 'n', count: 6 }, { kind: 'n', count: 8 }]);
  });

  it('every structure parses completely and gives a length within 15..34', () => {
    for (const [country, structure] of Object.entries(IBAN_BBAN_STRUCTURES)) {
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(parseBbanStructure(structure).map((p) => `${p.count}!${p.kind}`).join('')).toBe(structure);
      expect(ibanLength(country)).toBeGreaterThanOrEqual(15);
      expect(ibanLength(country)).toBeLessThanOrEqual(34);
    }
  });

  it('checks BBAN structure', () => {
    expect(bbanMatchesStructure('GB', 'ZXCV40516273849506')).toBe(true);
    expect(bbanMatchesStructure('GB', '123440516273849506')).toBe(false);
    expect(bbanMatchesStructure('GB', 'ZXCV4051627384950')).toBe(false);
    expect(bbanMatchesStructure('GB', 'ZXCV405162738495067')).toBe(false);
    expect(bbanMatchesStructure('GB', 'zxcv40516273849506')).toBe(false);
    expect(bbanMatchesStructure('FR', '3000400001234567890AB12')).toBe(true);
    expect(bbanMatchesStructure('XX', '1234')).toBe(false);
  });

  it('a BBAN built from each structure gets a valid IBAN from ibanCheckDigits', () => {
    for (const country of Object.keys(IBAN_BBAN_STRUCTURES)) {
      const bban = bbanParts(country)!.map((p) => (p.kind === 'a' ? 'K' : '7').repeat(p.count)).join('');
      expect(bbanMatchesStructure(country, bban)).toBe(true);
      const iban = `${country}${ibanCheckDigits(country, bban)}${bban}`;
      expect(iban).toHaveLength(ibanLength(country)!);
      expect(ibanValid(iban)).toBe(true);
    }
  });
});
