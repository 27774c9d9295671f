/**
 * Check-digit algorithms used by recognizers (to validate) and by surrogate generators (to build
 * valid fakes). Pure functions over digit strings; callers strip separators first.
 */

/** Digits of a string as numbers; non-digits are skipped. */
export function digitsOf(value: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) out.push(c);
  }
  return out;
}

/** Luhn (mod 10) check over all digits, check digit last: cards, CA_SIN, IMEI. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnSum(digits) % 10 === 0;
}

/** The digit that makes `payload + digit` pass Luhn. */
export function luhnCheckDigit(payload: string): number {
  return (10 - (luhnSum(payload + '0') % 10)) % 10;
}

function luhnSum(digits: string): number {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/**
 * ISO 7064 MOD 97-10 remainder of an alphanumeric string (letters count as 10..35), computed in
 * chunks so long IBANs never overflow. IBANs are valid when the rearranged string gives 1.
 */
export function mod97(value: string): number {
  let remainder = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      remainder = (remainder * 10 + (code - 48)) % 97;
    } else {
      const upper = code & ~32;
      if (upper < 65 || upper > 90) return -1;
      remainder = (remainder * 100 + (upper - 55)) % 97;
    }
  }
  return remainder;
}

/** IBAN check: country + check digits moved to the end, MOD 97-10 must be 1. */
export function ibanValid(compactUpper: string): boolean {
  if (compactUpper.length < 5) return false;
  return mod97(compactUpper.slice(4) + compactUpper.slice(0, 4)) === 1;
}

/** The two IBAN check digits for `country + bban` (as a two-character string). */
export function ibanCheckDigits(country: string, bban: string): string {
  const r = mod97(bban + country + '00');
  return String(98 - r).padStart(2, '0');
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Verhoeff check (IN_AADHAAR), check digit last. */
export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  return verhoeffChecksum(digits, 0) === 0;
}

/** The Verhoeff check digit to append to `payload`. */
export function verhoeffCheckDigit(payload: string): number {
  return VERHOEFF_INV[verhoeffChecksum(payload, 1)]!;
}

function verhoeffChecksum(digits: string, offset: number): number {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = VERHOEFF_D[c]![VERHOEFF_P[(i + offset) % 8]![d]!]!;
  }
  return c;
}

/** Sum of digit x weight, for the many national "weighted sum mod N" schemes. */
export function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * weights[i]!;
  return sum;
}

/** ISO 7064 MOD 11,10 check digit of `payload` (DE_TAX_ID / Steuer-IdNr). */
export function iso7064Mod11_10CheckDigit(payload: string): number {
  let product = 10;
  for (let i = 0; i < payload.length; i++) {
    let sum = (payload.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** True when every digit in the string is the same (`111111111`): never a real identifier. */
export function allSameDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits[i] !== digits[0]) return false;
  return digits.length > 0;
}
