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

const ABA_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1];

/** ABA routing transit number check (weights 3-7-1 repeated, sum mod 10 = 0) over 9 digits. */
export function abaRoutingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  return weightedSum(digitsOf(digits), ABA_WEIGHTS) % 10 === 0;
}

/** The ABA check digit (9th digit) for an 8-digit payload. */
export function abaCheckDigit(payload: string): number {
  return (10 - (weightedSum(digitsOf(payload), ABA_WEIGHTS.slice(0, 8)) % 10)) % 10;
}

const NHS_WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * The NHS number check digit (mod 11, weights 10..2) for a 9-digit payload, or undefined when the
 * payload can never be valid (the computed digit would be 10).
 */
export function nhsCheckDigit(payload: string): number | undefined {
  const check = (11 - (weightedSum(digitsOf(payload), NHS_WEIGHTS) % 11)) % 11;
  return check === 10 ? undefined : check;
}

/** UK NHS number check over 10 digits, check digit last. */
export function nhsValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  return nhsCheckDigit(digits.slice(0, 9)) === digits.charCodeAt(9) - 48;
}

/** The DEA registration check digit for the first 6 of its 7 digits: (d1+d3+d5 + 2*(d2+d4+d6)) mod 10. */
export function deaCheckDigit(payload: string): number {
  return weightedSum(digitsOf(payload), [1, 2, 1, 2, 1, 2]) % 10;
}

/** DEA registration number check over its 7 digits (the letters are not part of the sum). */
export function deaValid(digits: string): boolean {
  if (!/^\d{7}$/.test(digits)) return false;
  return deaCheckDigit(digits.slice(0, 6)) === digits.charCodeAt(6) - 48;
}

// National identifiers of other countries (ES, BR, PL, AU, NL, SG, FR, IT): validate and build fakes.

const SPANISH_ID_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Control letter of a Spanish DNI / NIE number: `TRWAGMYFPDXBNJZSQVHLCKE`[n mod 23] (ES_NIF, ES_NIE). */
export function spanishIdLetter(number: number): string {
  return SPANISH_ID_LETTERS[number % 23]!;
}

/** The two BR_CPF check digits of a 9-digit payload: mod 11 with weights 10..2, then 11..2 (remainder < 2 gives 0). */
export function cpfCheckDigits(payload: string): string {
  const digits = digitsOf(payload);
  const next = (weights: number[]) => {
    const r = weightedSum(digits, weights) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  digits.push(next([10, 9, 8, 7, 6, 5, 4, 3, 2]));
  digits.push(next([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
  return `${digits[9]}${digits[10]}`;
}

/** PL_PESEL check digit of a 10-digit payload: weights 1,3,7,9 repeated, (10 - sum mod 10) mod 10. */
export function peselCheckDigit(payload: string): number {
  return (10 - (weightedSum(digitsOf(payload), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
}

/** AU_ABN check over 11 digits: subtract 1 from the first digit, weights 10,1,3,5,...,19, sum mod 89 = 0. */
export function abnValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = digitsOf(digits);
  d[0]! -= 1;
  return weightedSum(d, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
}

/** AU_TFN check over 8 or 9 digits: weights 1,4,3,7,5,8,6,9,10 (the first 8 for old 8-digit numbers), sum mod 11 = 0. */
export function tfnValid(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  return weightedSum(digitsOf(digits), [1, 4, 3, 7, 5, 8, 6, 9, 10].slice(0, digits.length)) % 11 === 0;
}

/** Dutch "elfproef" of a 9-digit NL_BSN: weights 9..2 and -1 for the last digit, sum mod 11 = 0 (all zeros rejected). */
export function bsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  return weightedSum(digitsOf(digits), [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0;
}

// Singapore NRIC / FIN: weights 2,7,6,5,4,3,2, a constant per prefix, remainder mod 11 indexes a letter table.
const NRIC_SERIES: Readonly<Record<string, readonly [offset: number, letters: string]>> = {
  S: [0, 'JZIHGFEDCBA'], T: [4, 'JZIHGFEDCBA'], F: [0, 'XWUTRQPNMLK'], G: [4, 'XWUTRQPNMLK'], M: [3, 'XWUTRQPNJLK'],
};

/** SG_NRIC check letter for an upper-case prefix (S, T, F, G, M) and 7 digits; undefined for any other prefix. */
export function nricCheckLetter(prefix: string, digits: string): string | undefined {
  const series = NRIC_SERIES[prefix];
  if (!series || !/^\d{7}$/.test(digits)) return undefined;
  return series[1][(series[0] + weightedSum(digitsOf(digits), [2, 7, 6, 5, 4, 3, 2])) % 11];
}

/** FR_NIR key of the first 13 characters: 97 - (n mod 97), Corsican departments 2A / 2B read as 19 / 18. */
export function nirKey(first13: string): number {
  const department = first13.slice(5, 7);
  const numeric = department === '2A' ? `${first13.slice(0, 5)}19${first13.slice(7)}` : department === '2B' ? `${first13.slice(0, 5)}18${first13.slice(7)}` : first13;
  if (!/^\d{13}$/.test(numeric)) return -1;
  return 97 - mod97(numeric);
}

// Codice fiscale: characters in odd (1st, 3rd...) positions map through this table, indexed by the
// digit value or letter index; even positions count as that value directly.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** IT_FISCAL_CODE check character of the first 15 characters (upper-case letters and digits), or undefined. */
export function italianFiscalCodeCheckChar(first15: string): string | undefined {
  if (!/^[A-Z0-9]{15}$/.test(first15)) return undefined;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charCodeAt(i);
    const value = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[value]! : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}
