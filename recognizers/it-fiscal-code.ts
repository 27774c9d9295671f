/** IT_FISCAL_CODE: Italian codice fiscale of a person, 16 characters with a check letter (`RSSMRA85T10A562S` shape). */
import { italianFiscalCodeCheckChar } from '../src/recognizer/checksums.js';
import { isValidDay } from '../src/recognizer/dates.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NO_ALNUM_AFTER, NO_ALNUM_BEFORE } from '../src/recognizer/regex.js';

// Omocodia: when two people would share a code, digits are replaced by L M N P Q R S T U V (= 0-9).
const D = '[0-9LMNPQRSTUVlmnpqrstuv]';
const CF = new RegExp(`${NO_ALNUM_BEFORE}[A-Za-z]{6}${D}{2}[ABCDEHLMPRSTabcdehlmprst]${D}{2}[A-Za-z]${D}{3}[A-Za-z]${NO_ALNUM_AFTER}`, 'u');

const OMOCODE = 'LMNPQRSTUV';
const MONTHS = 'ABCDEHLMPRST';
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];

/** The digits of the code with omocode letters decoded, or undefined when a letter sits left of a digit. */
function decodeDigits(code: string): string | undefined {
  let out = '';
  let substituted = false;
  for (const i of DIGIT_POSITIONS) {
    const c = code[i]!;
    const omocode = OMOCODE.indexOf(c);
    // Substitution starts from the rightmost digit, so no plain digit follows a substituted one.
    if (omocode < 0 && substituted) return undefined;
    if (omocode >= 0) substituted = true;
    out += omocode >= 0 ? String(omocode) : c;
  }
  return out;
}

/** Finds IT_FISCAL_CODE. Not in `recommended`: selected by `country:it` or `all`. */
export const itFiscalCode = definePatternRecognizer({
  id: 'it-fiscal-code',
  entity: 'IT_FISCAL_CODE',
  country: 'it',
  recommended: false,
  description: 'Italian fiscal codes of persons (check letter and birth date checked, omocodia handled)',
  patterns: [{ name: 'codice-fiscale', regex: CF, score: 0.3 }],
  context: ['codice fiscale', 'cod fisc', 'fiscal code', 'tax code', 'cf', 'codicefiscale'],
  requires: { minTokenRun: 16 },
  normalize: (text) => text.toUpperCase(),
  validate: (code) => {
    if (italianFiscalCodeCheckChar(code.slice(0, 15)) !== code[15]) return false;
    const digits = decodeDigits(code);
    if (digits === undefined) return false;
    // Women's birth day is stored plus 40.
    const rawDay = Number(digits.slice(2, 4));
    const day = rawDay > 40 ? rawDay - 40 : rawDay;
    // The century is not stored; 20yy is leap exactly when yy % 4 === 0, the most permissive reading.
    return isValidDay(2000 + Number(digits.slice(0, 2)), MONTHS.indexOf(code[8]!) + 1, day);
  },
});
