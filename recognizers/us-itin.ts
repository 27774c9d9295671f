/** US_ITIN: US Individual Taxpayer Identification Numbers (9xx-7x-xxxx). */
import { allSameDigit } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { DELIMITED_NUMBER_END, DELIMITED_NUMBER_START, NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// The IRS issues ITINs with area 9xx and a group in 50-65, 70-88, 90-92 or 94-99.
const AREA = '9\\d{2}';
const GROUP = '(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-24-9])';

const DASHED = new RegExp(`${DELIMITED_NUMBER_START}${AREA}-${GROUP}-\\d{4}${DELIMITED_NUMBER_END}`, 'u');
const SPACED = new RegExp(`${NUMBER_START}${AREA} ${GROUP} \\d{4}${NUMBER_END}`, 'u');
const COMPACT = new RegExp(`${NUMBER_START}${AREA}${GROUP}\\d{4}${NUMBER_END}`, 'u');

/**
 * US Individual Taxpayer Identification Numbers. Every form is weak (0.3-0.4): reported only with a
 * context word (`itin`, `taxpayer`, `tin`...) nearby or in the column name.
 */
export const usItin = definePatternRecognizer({
  id: 'us-itin',
  entity: 'US_ITIN',
  recommended: true,
  country: 'us',
  description: 'US Individual Taxpayer Identification Numbers (with context)',
  patterns: [
    { name: 'itin-dashed', regex: DASHED, score: 0.4 },
    { name: 'itin-spaced', regex: SPACED, score: 0.35 },
    { name: 'itin-compact', regex: COMPACT, score: 0.3 },
  ],
  context: ['itin', 'itins', 'taxpayer', 'tax', 'tin', 'taxid', 'tax id', 'tax identification'],
  requires: { minNumberRun: 9 },
  normalize: onlyDigits,
  invalidate: (digits) => digits.endsWith('0000') || allSameDigit(digits),
});
