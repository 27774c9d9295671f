/** US_SSN: US Social Security numbers (123-45-6789, 123 45 6789, 123.45.6789, or 123456789 with context). */
import { allSameDigit } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { DELIMITED_NUMBER_END, DELIMITED_NUMBER_START, NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// One pattern per delimiter, so mixed delimiters (123-45 6789) never match.
const DASHED = new RegExp(`${DELIMITED_NUMBER_START}\\d{3}-\\d{2}-\\d{4}${DELIMITED_NUMBER_END}`, 'u');
const DOTTED = new RegExp(`${DELIMITED_NUMBER_START}\\d{3}\\.\\d{2}\\.\\d{4}${DELIMITED_NUMBER_END}`, 'u');
// Spaced and compact numbers use the strict bounds: a digit one space away makes them part of a longer number.
const SPACED = new RegExp(`${NUMBER_START}\\d{3} \\d{2} \\d{4}${NUMBER_END}`, 'u');
const COMPACT = new RegExp(`${NUMBER_START}\\d{9}${NUMBER_END}`, 'u');

/**
 * Numbers published as examples (Woolworth wallet card, SSA advertising) and the sequence everyone
 * types as a placeholder; never someone's SSN.
 */
const SAMPLE_SSNS = ['078051120', '219099999', '123456789'];

/**
 * Area 000, 666 and 900-999, group 00 and serial 0000 are never issued (SSA rules, unchanged by the
 * 2011 randomization), and a number of one repeated digit is a placeholder.
 */
function neverIssued(digits: string): boolean {
  const area = digits.slice(0, 3);
  return area === '000' || area === '666' || area[0] === '9' || digits.slice(3, 5) === '00' || digits.slice(5) === '0000' || allSameDigit(digits);
}

/**
 * US Social Security numbers. Dashed and spaced numbers score 0.5 (reported alone); dotted (0.4) and
 * compact nine-digit numbers (0.3) need a context word or an `ssn` column. Unissuable numbers and
 * published samples are dropped. ITINs (area 9xx) are `us-itin`'s.
 */
export const usSsn = definePatternRecognizer({
  id: 'us-ssn',
  entity: 'US_SSN',
  recommended: true,
  country: 'us',
  description: 'US Social Security numbers, excluding never-issued areas, groups and serials',
  patterns: [
    { name: 'ssn-dashed', regex: DASHED, score: 0.5 },
    { name: 'ssn-spaced', regex: SPACED, score: 0.5 },
    { name: 'ssn-dotted', regex: DOTTED, score: 0.4 },
    { name: 'ssn-compact', regex: COMPACT, score: 0.3 },
  ],
  context: ['ssn', 'ssns', 'social security', 'social', 'soc sec', 'ss'],
  requires: { minNumberRun: 9 },
  normalize: onlyDigits,
  invalidate: neverIssued,
  ignore: SAMPLE_SSNS,
});
