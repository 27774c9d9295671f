import { describe, expect, it } from 'vitest';
import { abaCheckDigit, abaRoutingValid, deaCheckDigit, deaValid, nhsCheckDigit, nhsValid } from '../../src/recognizer/checksums.js';

describe('US / UK check digits', () => {
  it.each([
    ['114000637', true], ['322271627', true], ['114000638', false], ['11400063', false], ['11400063a', false], ['1140006370', false],
  ])('abaRoutingValid(%s) = %s', (digits, ok) => expect(abaRoutingValid(digits)).toBe(ok));

  it.each(['11400063', '32227162', '07410001'])('abaCheckDigit completes %s', (payload) => {
    expect(abaRoutingValid(payload + abaCheckDigit(payload))).toBe(true);
  });

  it.each([
    ['4010234563', true], ['6101873420', true], ['4010234564', false], ['401023456', false], ['40102345630', false], ['40102345x3', false],
  ])('nhsValid(%s) = %s', (digits, ok) => expect(nhsValid(digits)).toBe(ok));

  it('nhsCheckDigit completes a payload, and is undefined when the digit would be 10', () => {
    expect(nhsCheckDigit('401023456')).toBe(3);
    expect(nhsCheckDigit('401023413')).toBeUndefined();
    for (let d = 0; d <= 9; d++) expect(nhsValid(`401023413${d}`)).toBe(false);
  });

  it.each([
    ['1234563', true], ['2048177', true], ['1234564', false], ['123456', false], ['12345630', false],
  ])('deaValid(%s) = %s', (digits, ok) => expect(deaValid(digits)).toBe(ok));

  it('deaCheckDigit weights odd positions 1 and even positions 2', () => {
    expect(deaCheckDigit('123456')).toBe((1 + 3 + 5 + 2 * (2 + 4 + 6)) % 10);
  });
});
