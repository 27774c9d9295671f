import { describe, expect, it } from 'vitest';
import {
  allSameDigit, ibanCheckDigits, ibanValid, iso7064Mod11_10CheckDigit, luhnCheckDigit, luhnValid, mod97, verhoeffCheckDigit, verhoeffValid,
} from '../../src/recognizer/checksums.js';

describe('checksums', () => {
  it.each([
    ['79927398713', true], ['79927398710', false], ['4539578763621486', true], ['4539578763621487', false], ['0', false], ['12a4', false],
  ])('luhnValid(%s) = %s', (digits, ok) => expect(luhnValid(digits)).toBe(ok));

  it.each(['7992739871', '453957876362148', '2720990000000'])('luhnCheckDigit completes %s', (payload) => {
    expect(luhnValid(payload + luhnCheckDigit(payload))).toBe(true);
  });

  it.each([
    ['GB82WEST12345698765432', true], ['DE89370400440532013000', true], ['GB82WEST12345698765433', false], ['DE89370400440532013001', false],
  ])('ibanValid(%s) = %s', (iban, ok) => expect(ibanValid(iban)).toBe(ok));

  it('ibanCheckDigits rebuilds a valid IBAN and mod97 rejects junk', () => {
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
    expect(mod97('12#4')).toBe(-1);
  });

  it.each([['2363', true], ['2364', false], ['123451', true], ['123450', false]])('verhoeffValid(%s) = %s', (digits, ok) => expect(verhoeffValid(digits)).toBe(ok));
  it('verhoeffCheckDigit completes a payload', () => expect(verhoeffCheckDigit('236')).toBe(3));
  it('ISO 7064 MOD 11,10 gives the check digit of the sample Steuer-IdNr 86095742719', () => expect(iso7064Mod11_10CheckDigit('8609574271')).toBe(9));
  it.each([['111111111', true], ['111111112', false], ['', false]])('allSameDigit(%s) = %s', (d, ok) => expect(allSameDigit(d)).toBe(ok));
});
