/** US_DRIVER_LICENSE: US state driver license numbers, reported only with driver/license context. */
import { allSameDigit } from '../src/recognizer/checksums.js';
import { definePatternRecognizer, type PatternMatch } from '../src/recognizer/define.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// A license number is one token: not glued to letters, digits, `_`, `*` (Washington padding), an
// email `@` or a path, and not continued by `-`, `.` or `/` and another character.
const START = '(?<![\\p{L}\\p{N}_*@/\\\\])(?<!\\d[-.])';
const END = '(?![\\p{L}\\p{N}_*@])(?![-./][\\p{L}\\p{N}])';
const token = (body: string) => new RegExp(`${START}(?:${body})${END}`, 'u');

// The state formats, grouped by shape (state lists in comments are examples, not exhaustive).
const LETTER_DIGITS = token([
  '[A-Z]{1,2}\\d{4,18}[A-Z]?', // CA A1234567, FL/MD/MN A+12, IL A+11, NJ A+14, NY A+18, OH AB+3-7, MO A123456R, ID AB123456C
  '[A-Z]{3}\\d{6}', // ND
].join('|'));
// Printed with separators: FL D123-456-78-901-0, IL D123-4567-8901, WI S123-4567-8901-23, MD M-123-456-789-012.
const LETTER_GROUPED = token('[A-Z]-?\\d{3}(?<sep>[- ])\\d{2,4}(?:\\k<sep>\\d{1,4}){1,3}');
const DIGITS_LETTERS = token([
  '\\d{7,9}[A-Z]{1,2}', // ME 1234567X, VT 1234567A, MO 12345678AB / 123456789A
  '\\d{2}[A-Z]{3}\\d{5}', // NH
  '\\d{3}[A-Z]{2}\\d{4}', // IA
].join('|'));
const WASHINGTON = token([
  'WDL[A-Z0-9]{9}', // since 2018
  '[A-Z][A-Z*]{4}[A-Z][A-Z*]\\d{3}[A-Z0-9]{2}', // older: last name (padded with *), initials, digits
].join('|'));
// Most states also issue all-digit numbers of 6 to 14 digits.
const DIGITS = token('\\d{6,14}');

/** `license plate ABC1234` is a vehicle registration, not a driver license. */
function isPlate(_text: string, match: PatternMatch): boolean {
  return /\bplates?\b/i.test(match.value.slice(Math.max(0, match.start - 30), match.start));
}

/**
 * US driver license numbers. The state formats overlap with almost every product code and id, so
 * every pattern is weak (0.2-0.3): a number is reported only with `driver`, `license`, `licence`,
 * `DL`... nearby or in the column name (not `permit`: building and work permits are
 * far more common in text). Upper-case letters only; numbers after `plate` are dropped.
 */
export const usDriverLicense = definePatternRecognizer({
  id: 'us-driver-license',
  entity: 'US_DRIVER_LICENSE',
  recommended: true,
  country: 'us',
  description: 'US driver license numbers (with context)',
  patterns: [
    { name: 'dl-letter-digits', regex: LETTER_DIGITS, score: 0.3 },
    { name: 'dl-letter-grouped', regex: LETTER_GROUPED, score: 0.3 },
    { name: 'dl-digits-letters', regex: DIGITS_LETTERS, score: 0.3 },
    { name: 'dl-washington', regex: WASHINGTON, score: 0.3 },
    { name: 'dl-digits', regex: DIGITS, score: 0.2 },
  ],
  context: ['driver', 'drivers', 'driving', 'license', 'licence', 'dl', 'dln', 'cdl', 'lic'],
  requires: { minDigits: 3, minTokenRun: 4 },
  invalidate: (text, match) => allSameDigit(onlyDigits(text)) || isPlate(text, match),
});
