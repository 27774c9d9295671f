/** IN_AADHAAR: Indian Aadhaar number, 12 digits (4-4-4), first digit 2-9, Verhoeff check digit. */
import { verhoeffValid } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

const AADHAAR = new RegExp(`${NUMBER_START}[2-9]\\d{3}(?<sep>[- ]?)\\d{4}\\k<sep>\\d{4}${NUMBER_END}`, 'u');

/** Finds IN_AADHAAR. Not in `recommended`: selected by `country:in` or `all`. */
export const inAadhaar = definePatternRecognizer({
  id: 'in-aadhaar',
  entity: 'IN_AADHAAR',
  country: 'in',
  recommended: false,
  description: 'Indian Aadhaar numbers (Verhoeff-checked)',
  patterns: [{ name: 'aadhaar', regex: AADHAAR, score: 0.3 }],
  context: ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', 'आधार'],
  requires: { minNumberRun: 12 },
  normalize: onlyDigits,
  validate: (digits, match) => {
    // UIDAI never issues palindromes; Verhoeff passes one random number in ten.
    if (digits === [...digits].reverse().join('') || !verhoeffValid(digits)) return false;
    return match.text.length > 12 ? 0.6 : 0.3;
  },
});
