/**
 * Surrogates for numeric identifiers that must stay valid: payment cards (same brand and length,
 * Luhn-valid), IBANs (same country and length, MOD 97-10 valid) and US SSNs (area 666, which is
 * never issued, so the US_SSN recognizer's validity rules reject the surrogate).
 */
import { ibanCheckDigits, luhnCheckDigit } from '../../recognizer/checksums.js';
import type { KeyedRandom } from '../random.js';
import { asciiDigits, randomDigits, replaceDigits } from './shape.js';

// [prefix length, low, high]: card brand IIN ranges, longest prefixes first so the most specific wins.
const CARD_RANGES: readonly (readonly [number, number, number])[] = [
  [4, 2221, 2720], // Mastercard 2-series
  [4, 6011, 6011], // Discover
  [4, 3528, 3589], // JCB
  [4, 5018, 5018], [4, 5020, 5020], [4, 5038, 5038], [4, 6304, 6304], [4, 6759, 6761], // Maestro
  [3, 644, 649], // Discover
  [3, 300, 305], // Diners Club
  [2, 34, 34], [2, 37, 37], // American Express
  [2, 51, 55], // Mastercard
  [2, 65, 65], // Discover
  [2, 36, 36], [2, 38, 39], // Diners Club
  [2, 62, 62], // UnionPay
  [1, 4, 4], // Visa
];

/** A Luhn-valid card number of the same brand (IIN range) and length, in the original layout. */
export function cardSurrogate(value: string, rng: KeyedRandom): string | undefined {
  const digits = asciiDigits(value);
  if (digits.length < 12 || digits.length > 19) return undefined;
  let range: readonly [number, number, number] = [1, Number(digits[0]), Number(digits[0])];
  for (const r of CARD_RANGES) {
    const p = Number(digits.slice(0, r[0]));
    if (p >= r[1] && p <= r[2]) {
      range = r;
      break;
    }
  }
  const [k, lo, hi] = range;
  for (let attempt = 0; attempt < 16; attempt++) {
    const payload = String(rng.range(lo, hi)).padStart(k, '0') + randomDigits(rng, digits.length - k - 1);
    const next = payload + luhnCheckDigit(payload);
    if (next !== digits) return replaceDigits(value, next);
  }
  return undefined;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** An IBAN of the same country and length, each BBAN character of the same class, with valid check digits. */
export function ibanSurrogate(value: string, rng: KeyedRandom): string | undefined {
  const compact = value.replace(/[^0-9A-Za-z]+/g, '');
  if (!/^[A-Za-z]{2}\d{2}[0-9A-Za-z]{8,30}$/.test(compact)) return undefined;
  const country = compact.slice(0, 2).toUpperCase();
  for (let attempt = 0; attempt < 16; attempt++) {
    let bban = '';
    for (const c of compact.slice(4)) bban += c >= '0' && c <= '9' ? rng.digit() : UPPER[rng.int(26)];
    const check = ibanCheckDigits(country, bban);
    const next = compact.slice(0, 2) + check + bban;
    if (next.toUpperCase() === compact.toUpperCase()) continue;
    // Back into the original layout (spaces, letter case).
    let out = '';
    let i = 0;
    for (const c of value) {
      if (/[0-9A-Za-z]/.test(c)) {
        const n = next[i++]!;
        out += c >= 'a' && c <= 'z' ? n.toLowerCase() : n;
      } else {
        out += c;
      }
    }
    return out;
  }
  return undefined;
}

/** A US SSN with area 666 (never issued; SSN validators reject it), group 01-99, serial 0001-9999. */
export function ssnSurrogate(value: string, rng: KeyedRandom): string | undefined {
  const digits = asciiDigits(value);
  if (digits.length !== 9) return undefined;
  for (;;) {
    const next = `666${String(rng.range(1, 99)).padStart(2, '0')}${String(rng.range(1, 9999)).padStart(4, '0')}`;
    if (next !== digits) return replaceDigits(value, next);
  }
}
