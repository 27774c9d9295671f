import { describe, expect, it } from 'vitest';
import { onlyDigits } from '../../src/recognizer/regex.js';

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
