import { describe, expect, it } from 'vitest';
import { luhnValid } from '../../src/recognizer/checksums.js';
import { CARD_BRANDS, cardBrandOf, isCardNumber, TEST_CARD_NUMBERS } from '../../src/recognizer/payment-cards.js';

describe('payment-cards', () => {
  it.each([
    ['4916838388587444', 'visa'],
    ['5396177369863862', 'mastercard'],
    ['2221933887006535', 'mastercard'],
    ['2720364525669573', 'mastercard'],
    ['347105367912853', 'amex'],
    ['30569592863896', 'diners'],
    ['3589006916667702', 'jcb'],
    ['6011984342482022', 'discover'],
    ['2201700968253565', 'mir'],
    ['503849392215', 'maestro'],
  ])('cardBrandOf(%s) is %s', (digits, brand) => {
    expect(cardBrandOf(digits)?.brand).toBe(brand);
  });

  it.each([
    ['2721400568710681', 'past the Mastercard 2-series range'],
    ['2220999999999999', 'before the Mastercard 2-series range'],
    ['9123282149943455', 'no brand starts with 91'],
    ['3471053679128531', 'Amex prefix with 16 digits'],
    ['491683838858744', 'Visa prefix with 15 digits'],
  ])('cardBrandOf(%s) is undefined: %s', (digits) => {
    expect(cardBrandOf(digits)).toBeUndefined();
  });

  it('isCardNumber needs a brand, a valid Luhn check and varied digits', () => {
    expect(isCardNumber('4916838388587444')).toBe(true);
    expect(isCardNumber('4916838388587445')).toBe(false);
    expect(isCardNumber('9123282149943455')).toBe(false);
    expect(isCardNumber('4916 8383 8858 7444')).toBe(false);
    expect(isCardNumber('0000000000000000')).toBe(false);
  });

  it('every published test number is a well-formed card number', () => {
    for (const pan of TEST_CARD_NUMBERS) expect([pan, isCardNumber(pan)]).toEqual([pan, true]);
  });

  it('brand ranges are well-formed', () => {
    for (const b of CARD_BRANDS) {
      for (const [low, high] of b.ranges) {
        expect(low.length).toBe(high.length);
        expect(low <= high).toBe(true);
      }
      expect(b.lengths.every((n) => n >= 12 && n <= 19)).toBe(true);
    }
    expect(luhnValid('4916838388587444')).toBe(true);
  });
});
