/** AU_TFN: Australian Tax File Number, 9 digits (3-3-3) or 8 (older numbers), weighted mod 11. */
import { tfnValid } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// `123 456 782`, `123-456-782`, `123456782`; the older 8-digit numbers appear bare.
const TFN = new RegExp(`${NUMBER_START}(?:\\d{3}(?<sep>[- ]?)\\d{3}\\k<sep>\\d{3}|\\d{8})${NUMBER_END}`, 'u');

/** Finds AU_TFN. Not in `recommended`: selected by `country:au` or `all`. */
export const auTfn = definePatternRecognizer({
  id: 'au-tfn',
  entity: 'AU_TFN',
  country: 'au',
  recommended: false,
  description: 'Australian Tax File Numbers (weighted mod 11 checked)',
  patterns: [{ name: 'tfn', regex: TFN, score: 0.25 }],
  context: ['tfn', 'tax file number', 'tax file'],
  requires: { minNumberRun: 8 },
  normalize: onlyDigits,
  // The check passes 1 random number in 11: grouped is likely, bare digit runs need context.
  validate: (digits, match) => {
    if (!tfnValid(digits)) return false;
    if (match.text.length > 9) return 0.6;
    return digits.length === 9 ? 0.3 : 0.25;
  },
  // Published sample value (ATO explanations of the check digit).
  ignore: ['123456782'],
});
