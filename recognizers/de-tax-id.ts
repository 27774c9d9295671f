/** DE_TAX_ID: German Steuer-IdNr, 11 digits, first not 0, digit-repetition rule, ISO 7064 MOD 11,10. */
import { iso7064Mod11_10CheckDigit } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// Bare, or grouped 2-3-3-3 as on tax documents (`12 345 678 903`).
const IDNR = new RegExp(`${NUMBER_START}[1-9]\\d(?<sep>[ ./]?)\\d{3}\\k<sep>\\d{3}\\k<sep>\\d{3}${NUMBER_END}`, 'u');

/**
 * In the first 10 digits exactly one digit occurs twice or three times and every other digit at
 * most once; a digit occurring three times must not fill three adjacent places.
 */
function repetitionRuleHolds(digits: string): boolean {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48]!++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return !/(\d)\1\1/.test(digits.slice(0, 10));
}

/** Finds DE_TAX_ID. Not in `recommended`: selected by `country:de` or `all`. */
export const deTaxId = definePatternRecognizer({
  id: 'de-tax-id',
  entity: 'DE_TAX_ID',
  country: 'de',
  recommended: false,
  description: 'German tax identification numbers (Steuer-IdNr, ISO 7064 MOD 11,10 checked)',
  patterns: [{ name: 'idnr', regex: IDNR, score: 0.3 }],
  context: [
    'steuer-id', 'steuerid', 'steuer-idnr', 'steueridnr', 'idnr', 'steueridentifikationsnummer', 'steuer-identifikationsnummer',
    'steuerliche identifikationsnummer', 'identifikationsnummer', 'tax id', 'tin',
  ],
  requires: { minNumberRun: 11 },
  normalize: onlyDigits,
  // About 1 random 11-digit number in 300 passes both rules: grouped is certain, bare nearly so.
  validate: (digits, match) => {
    if (!repetitionRuleHolds(digits) || iso7064Mod11_10CheckDigit(digits.slice(0, 10)) !== digits.charCodeAt(10) - 48) return false;
    return match.text.length > 11 ? true : 0.85;
  },
});
