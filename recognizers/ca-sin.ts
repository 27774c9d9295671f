/** CA_SIN: Canadian Social Insurance Number, 9 digits (3-3-3), Luhn, first digit not 0 or 8. */
import { luhnValid } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// 0 is never issued and 8 is unassigned; the separator, when present, is the same in both places.
const SIN = new RegExp(`${NUMBER_START}[1-79]\\d{2}(?<sep>[- ]?)\\d{3}\\k<sep>\\d{3}${NUMBER_END}`, 'u');

/** Finds CA_SIN. Not in `recommended`: selected by `country:ca` or `all`. */
export const caSin = definePatternRecognizer({
  id: 'ca-sin',
  entity: 'CA_SIN',
  country: 'ca',
  recommended: false,
  description: 'Canadian Social Insurance Numbers (Luhn-checked)',
  patterns: [{ name: 'sin', regex: SIN, score: 0.3 }],
  context: ['sin', 'social insurance', 'insurance number', 'assurance sociale', 'nas'],
  requires: { minNumberRun: 9 },
  normalize: onlyDigits,
  // Luhn passes one random number in ten: a grouped number is likely, a bare run needs context.
  validate: (digits, match) => (luhnValid(digits) ? (match.text.length > 9 ? 0.6 : 0.3) : false),
  // Published sample value (Service Canada forms).
  ignore: ['046454286'],
});
