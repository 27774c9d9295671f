/** NL_BSN: Dutch citizen service number (burgerservicenummer), 9 digits, 11-proof. */
import { bsnValid } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// Bare, `1234.56.782` (the official grouping) or 3-3-3 with one separator throughout.
const BSN = new RegExp(`${NUMBER_START}(?:\\d{4}(?<a>[. ]?)\\d{2}\\k<a>\\d{3}|\\d{3}(?<b>[-. ])\\d{3}\\k<b>\\d{3})${NUMBER_END}`, 'u');

/** Finds NL_BSN. Not in `recommended`: selected by `country:nl` or `all`. */
export const nlBsn = definePatternRecognizer({
  id: 'nl-bsn',
  entity: 'NL_BSN',
  country: 'nl',
  recommended: false,
  description: 'Dutch citizen service numbers (BSN, 11-proof checked)',
  patterns: [{ name: 'bsn', regex: BSN, score: 0.3 }],
  context: ['bsn', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi', 'citizen service number'],
  requires: { minNumberRun: 9 },
  normalize: onlyDigits,
  // The 11-proof passes 1 random number in 11: grouped is likely, a bare run needs context.
  validate: (digits, match) => (bsnValid(digits) ? (match.text.length > 9 ? 0.6 : 0.3) : false),
  // Published test value.
  ignore: ['111222333'],
});
