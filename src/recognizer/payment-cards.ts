/**
 * Payment card issuer ranges (IIN prefixes) and lengths, shared by the credit-card recognizer,
 * the phone recognizer (to reject card numbers) and surrogate generators (to build fake cards).
 */
import { allSameDigit, luhnValid } from './checksums.js';

/** A card brand's issuer ranges and the PAN lengths it issues. */
export interface CardBrand {
  /** Lower-case brand id, e.g. `visa`, `mastercard`. */
  readonly brand: string;
  /** Inclusive prefix ranges; both ends have the same number of digits, e.g. `['2221', '2720']`. */
  readonly ranges: readonly (readonly [low: string, high: string])[];
  /** Allowed PAN lengths in digits. */
  readonly lengths: readonly number[];
}

const range = (low: number, high: number): number[] => Array.from({ length: high - low + 1 }, (_, i) => low + i);

/**
 * Major card brands, most specific first. Overlaps between brands (Maestro covers 56-69) are
 * harmless: a number is a card number when any brand accepts its prefix and length.
 */
export const CARD_BRANDS: readonly CardBrand[] = Object.freeze([
  { brand: 'amex', ranges: [['34', '34'], ['37', '37']], lengths: [15] },
  { brand: 'visa', ranges: [['4', '4']], lengths: [13, 16, 19] },
  { brand: 'mastercard', ranges: [['51', '55'], ['2221', '2720']], lengths: [16] },
  { brand: 'mir', ranges: [['2200', '2204']], lengths: range(16, 19) },
  { brand: 'diners', ranges: [['300', '305'], ['3095', '3095'], ['36', '36'], ['38', '39']], lengths: range(14, 19) },
  // JCB's assigned range is 3528-3589; the rest of 35 is unassigned, so accepting all of it costs
  // little and matches numbers from test-data generators.
  { brand: 'jcb', ranges: [['35', '35']], lengths: range(16, 19) },
  // JCB's older 15-digit ranges.
  { brand: 'jcb', ranges: [['1800', '1800'], ['2131', '2131']], lengths: [15] },
  { brand: 'discover', ranges: [['6011', '6011'], ['644', '649'], ['65', '65'], ['622126', '622925']], lengths: range(16, 19) },
  { brand: 'unionpay', ranges: [['62', '62'], ['81', '81']], lengths: range(16, 19) },
  { brand: 'rupay', ranges: [['60', '60'], ['65', '65'], ['81', '82'], ['508', '508'], ['353', '353'], ['356', '356']], lengths: [16] },
  { brand: 'maestro', ranges: [['50', '50'], ['56', '69']], lengths: range(12, 19) },
  { brand: 'troy', ranges: [['9792', '9792']], lengths: [16] },
  { brand: 'uatp', ranges: [['1', '1']], lengths: [15] },
] satisfies CardBrand[]);

/**
 * The brand whose issuer range and length fit `digits` (no separators), or undefined.
 *
 * @example cardBrandOf('378282246310005')?.brand // 'amex'
 */
export function cardBrandOf(digits: string): CardBrand | undefined {
  for (const b of CARD_BRANDS) {
    if (!b.lengths.includes(digits.length)) continue;
    for (const [low, high] of b.ranges) {
      const prefix = digits.slice(0, low.length);
      if (prefix >= low && prefix <= high) return b;
    }
  }
  return undefined;
}

/**
 * True when `digits` (no separators) is a plausible card number: a known brand's prefix and
 * length, a valid Luhn check, and not one digit repeated.
 */
export function isCardNumber(digits: string): boolean {
  // The cheap tests first: most callers hand over numbers of every length, and Luhn rejects nine
  // in ten before the brand table is searched.
  return digits.length >= 12 && digits.length <= 19 && /^\d+$/.test(digits) && luhnValid(digits) && !allSameDigit(digits) && cardBrandOf(digits) !== undefined;
}

/**
 * Published test card numbers (card networks, payment processors' docs). They fill tutorials,
 * fixtures and sample data and identify no one.
 */
export const TEST_CARD_NUMBERS: readonly string[] = Object.freeze([
  // Visa
  '4111111111111111', '4012888888881881', '4222222222222', '4242424242424242', '4000056655665556',
  '4000002500003155', '4000000000003220', '4000000000000002', '4000000000009995', '4000000000000077',
  '4917610000000000', '4462030000000000', '4917610000000000003', '4035501000000008', '4988438843884305',
  '4012000033330026', '4007000000027', '4012888818888',
  // Mastercard
  '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222', '5454545454545454',
  '2222400070000005', '5555341244441115', '2223000048400011', '5425233430109903', '2221000000000009',
  // American Express
  '378282246310005', '371449635398431', '378734493671000', '340000000000009', '370000000000002',
  // Discover
  '6011111111111117', '6011000990139424', '6011981111111113', '6011000400000000', '6011601160116611',
  // Diners Club
  '30569309025904', '38520000023237', '3056930009020004', '36227206271667', '36006666333344',
  // JCB
  '3530111333300000', '3566002020360505', '3566111111111113', '3569990010095841',
  // UnionPay
  '6200000000000005', '6200000000000047', '6205500000000000004', '6250941006528599',
  // Maestro
  '6759649826438453', '6799990100000000019', '5000000000000611',
]);
