/** PL_PESEL: Polish personal number, 11 digits: birth date (century in the month), serial, check digit. */
import { peselCheckDigit } from '../src/recognizer/checksums.js';
import { isValidDay } from '../src/recognizer/dates.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { hasDigits } from '../src/recognizer/triggers.js';

const PESEL = new RegExp(`${NUMBER_START}\\d{11}${NUMBER_END}`, 'u');

/** True when YYMMDD encodes a real date; the month carries the century (+80 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s). */
function birthDateValid(digits: string): boolean {
  const encodedMonth = Number(digits.slice(2, 4));
  const centuryIndex = Math.floor(encodedMonth / 20);
  const century = [1900, 2000, 2100, 2200, 1800][centuryIndex];
  if (century === undefined) return false;
  return isValidDay(century + Number(digits.slice(0, 2)), encodedMonth % 20, Number(digits.slice(4, 6)));
}

/** Finds PL_PESEL. Not in `recommended`: selected by `country:pl` or `all`. */
export const plPesel = definePatternRecognizer({
  id: 'pl-pesel',
  entity: 'PL_PESEL',
  country: 'pl',
  recommended: false,
  description: 'Polish PESEL numbers (check digit and encoded birth date checked)',
  patterns: [{ name: 'pesel', regex: PESEL, score: 0.4 }],
  context: ['pesel', 'numer ewidencyjny'],
  trigger: hasDigits(11),
  // About 1 random 11-digit number in 17 has a real date and the right check digit: needs context.
  validate: (digits) => (birthDateValid(digits) && peselCheckDigit(digits.slice(0, 10)) === digits.charCodeAt(10) - 48 ? 0.4 : false),
});
