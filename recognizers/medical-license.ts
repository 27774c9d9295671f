/** MEDICAL_LICENSE: US DEA registration numbers (2 letters + 7 digits with a check digit). */
import { allSameDigit, deaValid } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';

// First letter: the registrant type; second: the registrant's last-name initial, or 9 for a
// business address. A supervised prescriber's id may follow after a dash (F91234563-001AB), so only
// letters and digits end the token.
const DEA = /(?<![\p{L}\p{N}_])[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}(?![\p{L}\p{N}_])/u;

/**
 * DEA registration numbers. The check digit lets 1 in 10 random `XY1234567` codes through (patent
 * and part numbers share the shape), so a valid one scores 0.5 - reported, and raised by context
 * (`dea`, `prescriber`, `medical`...) - rather than Presidio's 1.0. Upper case only.
 */
export const medicalLicense = definePatternRecognizer({
  id: 'medical-license',
  entity: 'MEDICAL_LICENSE',
  recommended: true,
  country: 'us',
  description: 'US DEA registration numbers, check-digit validated',
  patterns: [{ name: 'dea-number', regex: DEA, score: 0.5 }],
  context: ['dea', 'dea number', 'prescriber', 'registrant', 'medical', 'certificate', 'license', 'licence'],
  requires: { minNumberRun: 7, minUpper: 1 },
  validate: (text) => {
    const digits = text.slice(2);
    return deaValid(digits) && !allSameDigit(digits) ? 0.5 : false;
  },
});
