/** AU_ABN: Australian Business Number, 11 digits (`51 824 753 556`), weighted mod 89. */
import { abnValid } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// Bare or grouped 2-3-3-3 with one separator throughout.
const ABN = new RegExp(`${NUMBER_START}[1-9]\\d(?<sep>[- ]?)\\d{3}\\k<sep>\\d{3}\\k<sep>\\d{3}${NUMBER_END}`, 'u');

/** Finds AU_ABN. Not in `recommended`: selected by `country:au` or `all`. */
export const auAbn = definePatternRecognizer({
  id: 'au-abn',
  entity: 'AU_ABN',
  country: 'au',
  recommended: false,
  description: 'Australian Business Numbers (mod 89 checked)',
  patterns: [{ name: 'abn', regex: ABN, score: 0.3 }],
  context: ['abn', 'australian business number', 'business number'],
  requires: { minNumberRun: 11 },
  normalize: onlyDigits,
  // Mod 89 passes about 1 random number in 89: certain when grouped, likely when bare.
  validate: (digits, match) => (abnValid(digits) ? (match.text.length > 11 ? true : 0.8) : false),
});
