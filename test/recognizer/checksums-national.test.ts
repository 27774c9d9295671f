/** Check digits of the non-US national identifiers; values computed independently of this code. */
import { describe, expect, it } from 'vitest';
import {
  abnValid, bsnValid, cpfCheckDigits, italianFiscalCodeCheckChar, nirKey, nricCheckLetter, peselCheckDigit, spanishIdLetter, tfnValid,
} from '../../src/recognizer/checksums.js';

describe('national identifier checksums', () => {
  it.each([[48265317, 'R'], [5129384, 'Q'], [73610295, 'Z'], [0, 'T'], [22, 'E']])('spanishIdLetter(%i) = %s', (n, letter) => expect(spanishIdLetter(n)).toBe(letter));

  it.each([['529982247', '25'], ['390533447', '05'], ['714602380', '01'], ['111111111', '11']])('cpfCheckDigits(%s) = %s', (payload, check) => expect(cpfCheckDigits(payload)).toBe(check));

  it.each([['8507091234', 7], ['0226150987', 0], ['0022290000', 9]])('peselCheckDigit(%s) = %i', (payload, check) => expect(peselCheckDigit(payload)).toBe(check));

  it.each([
    ['53004085616', true], ['18123456789', true], ['53004085617', false], ['03004085616', false], ['5300408561', false], ['5300408561x', false],
  ])('abnValid(%s) = %s', (digits, ok) => expect(abnValid(digits)).toBe(ok));

  it.each([['876543210', true], ['456019380', true], ['23456715', true], ['876543211', false], ['2345671', false], ['8765432100', false]])('tfnValid(%s) = %s', (digits, ok) => expect(tfnValid(digits)).toBe(ok));

  it.each([['274618394', true], ['063521891', true], ['274618395', false], ['000000000', false], ['27461839', false]])('bsnValid(%s) = %s', (digits, ok) => expect(bsnValid(digits)).toBe(ok));

  it.each([
    ['S', '1234567', 'D'], ['T', '0212345', 'I'], ['F', '8735902', 'Q'], ['G', '5019384', 'K'], ['M', '4287105', 'W'], ['A', '1234567', undefined], ['S', '123456', undefined],
  ])('nricCheckLetter(%s, %s) = %s', (prefix, digits, letter) => expect(nricCheckLetter(prefix, digits)).toBe(letter));

  it.each([['1850578006084', 91], ['2920375112233', 7], ['185122A004021', 76], ['290072B123456', 88], ['185122C004021', -1]])('nirKey(%s) = %i', (first13, key) => expect(nirKey(first13)).toBe(key));

  it.each([['BNCGLI80A01H501', 'Y'], ['VRDLCU92M52F205', 'O'], ['BNCGLITLALMHRLM', 'F'], ['bncgli80a01h501', undefined], ['BNCGLI80A01H50', undefined]])(
    'italianFiscalCodeCheckChar(%s) = %s',
    (first15, check) => expect(italianFiscalCodeCheckChar(first15)).toBe(check),
  );
});
