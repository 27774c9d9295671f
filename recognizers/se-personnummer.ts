/** SE_PERSONNUMMER: Swedish personal identity number, YYMMDD-NNNN or YYYYMMDDNNNN, Luhn, real date. */
import { luhnValid } from '../src/recognizer/checksums.js';
import { isValidDay } from '../src/recognizer/dates.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { hasDigits } from '../src/recognizer/triggers.js';

// Optional century (18, 19, 20), date, `-` (or `+` from the year a person turns 100), 4 digits.
const PNR = new RegExp(`${NUMBER_START}(?<century>18|19|20)?\\d{6}(?<sep>[-+]?)\\d{4}${NUMBER_END}`, 'u');

/** Finds SE_PERSONNUMMER. Not in `recommended`: selected by `country:se` or `all`. */
export const sePersonnummer = definePatternRecognizer({
  id: 'se-personnummer',
  entity: 'SE_PERSONNUMMER',
  country: 'se',
  recommended: false,
  description: 'Swedish personal identity and coordination numbers (Luhn and date checked)',
  patterns: [{ name: 'personnummer', regex: PNR, score: 0.4 }],
  context: ['personnummer', 'personnr', 'samordningsnummer', 'personal identity number', 'personal number', 'pnr'],
  trigger: hasDigits(10),
  normalize: (text) => text.replace(/[-+]/g, ''),
  validate: (digits, match) => {
    const ten = digits.slice(-10);
    const century = match.groups['century'];
    // Without a century, 20yy is leap exactly when yy % 4 === 0: the most permissive reading.
    const year = century === undefined ? 2000 + Number(ten.slice(0, 2)) : Number(century + ten.slice(0, 2));
    // Coordination numbers (samordningsnummer) add 60 to the day.
    const rawDay = Number(ten.slice(4, 6));
    const day = rawDay > 60 ? rawDay - 60 : rawDay;
    if (!isValidDay(year, Number(ten.slice(2, 4)), day) || !luhnValid(ten)) return false;
    // Luhn passes 1 in 10 and date-based invoice numbers (`20240315-0042`) look alike: the
    // separator makes it likely, the century somewhat, a bare 10-digit run needs context.
    if (match.groups['sep'] !== '') return 0.8;
    return century === undefined ? 0.4 : 0.6;
  },
});
