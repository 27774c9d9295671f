/** SG_NRIC: Singapore NRIC / FIN, prefix S T F G M + 7 digits + check letter (`S1234567D` shape). */
import { nricCheckLetter } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NO_ALNUM_AFTER, NO_ALNUM_BEFORE } from '../src/recognizer/regex.js';
import { hasDigits } from '../src/recognizer/triggers.js';

// Printed in upper case; typed in lower case often enough to accept a whole lower-case code.
const NRIC = new RegExp(`${NO_ALNUM_BEFORE}(?:[STFGM]\\d{7}[A-Z]|[stfgm]\\d{7}[a-z])${NO_ALNUM_AFTER}`, 'u');

/** Finds SG_NRIC. Not in `recommended`: selected by `country:sg` or `all`. */
export const sgNric = definePatternRecognizer({
  id: 'sg-nric',
  entity: 'SG_NRIC',
  country: 'sg',
  recommended: false,
  description: 'Singapore NRIC and FIN numbers (check letter checked)',
  patterns: [{ name: 'nric', regex: NRIC, score: 0.3 }],
  context: ['nric', 'fin', 'uin', 'identity card', 'ic', 'ic number', 'foreign identification number'],
  trigger: hasDigits(7),
  normalize: (text) => text.toUpperCase(),
  // The letter is fixed by the digits and the series: 1 random letter in 26 passes.
  validate: (nric) => nricCheckLetter(nric[0]!, nric.slice(1, 8)) === nric[8],
});
