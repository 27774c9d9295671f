/** UK_NHS: UK NHS numbers (10 digits, 3-3-4, mod-11 check digit). */
import { allSameDigit, nhsValid } from '../src/recognizer/checksums.js';
import { definePatternRecognizer, type PatternMatch } from '../src/recognizer/define.js';
import { DELIMITED_NUMBER_END, DELIMITED_NUMBER_START, NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

const SPACED = new RegExp(`${NUMBER_START}\\d{3} \\d{3} \\d{4}${NUMBER_END}`, 'u');
const DASHED = new RegExp(`${DELIMITED_NUMBER_START}\\d{3}-\\d{3}-\\d{4}${DELIMITED_NUMBER_END}`, 'u');
const COMPACT = new RegExp(`${NUMBER_START}\\d{10}${NUMBER_END}`, 'u');

/** Shaped like a North American phone number: area code and exchange both start with 2-9. */
function nanpShaped(digits: string): boolean {
  return digits[0]! >= '2' && digits[3]! >= '2';
}

/**
 * The mod-11 check lets 1 in 11 random numbers through. A grouped number that passes it is an NHS
 * number (1.0), unless it is also shaped like a US phone number (212-555-0199) or is an ungrouped
 * 10-digit run (phone numbers, Unix timestamps): those score 0.4 and need context (`nhs`...).
 */
function nhsScore(digits: string, match: PatternMatch): boolean | number {
  if (!nhsValid(digits) || allSameDigit(digits)) return false;
  if (match.pattern === 'nhs-compact' || nanpShaped(digits)) return 0.4;
  return true;
}

/** UK NHS numbers (England, Wales, Isle of Man) with a valid mod-11 check digit. */
export const ukNhs = definePatternRecognizer({
  id: 'uk-nhs',
  entity: 'UK_NHS',
  recommended: true,
  country: 'gb',
  description: 'UK NHS numbers, check-digit validated',
  patterns: [
    { name: 'nhs-spaced', regex: SPACED, score: 0.4 },
    { name: 'nhs-dashed', regex: DASHED, score: 0.4 },
    { name: 'nhs-compact', regex: COMPACT, score: 0.4 },
  ],
  context: ['nhs', 'nhs number', 'nhs no', 'national health service', 'health service', 'health authority', 'health services authority'],
  requires: { minNumberRun: 10 },
  normalize: onlyDigits,
  validate: nhsScore,
});
