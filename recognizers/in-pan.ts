/** IN_PAN: Indian Permanent Account Number, `AAAPA1234A` with the holder type in the 4th letter. */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NO_ALNUM_AFTER, NO_ALNUM_BEFORE } from '../src/recognizer/regex.js';

// 4th letter = holder type: Person, Company, HUF, Firm, AOP, Trust, BOI, Local authority,
// artificial Juridical person, Government, Krish trust, LLP (E). PANs are printed in upper case.
const PAN = new RegExp(`${NO_ALNUM_BEFORE}[A-Z]{3}[PCHFATBLJGKE][A-Z]\\d{4}[A-Z]${NO_ALNUM_AFTER}`, 'u');

/** Finds IN_PAN. Not in `recommended`: selected by `country:in` or `all`. */
export const inPan = definePatternRecognizer({
  id: 'in-pan',
  entity: 'IN_PAN',
  country: 'in',
  recommended: false,
  description: 'Indian Permanent Account Numbers (format only: no check digit is published)',
  // No checksum: the shape alone is a moderate signal and context words confirm it.
  patterns: [{ name: 'pan', regex: PAN, score: 0.45 }],
  context: ['pan', 'permanent account number', 'permanent account', 'income tax', 'pan card'],
  requires: { minTokenRun: 10, minDigits: 4, minUpper: 5 },
  // Serial numbers run from 0001.
  invalidate: (text) => text.slice(5, 9) === '0000',
});
