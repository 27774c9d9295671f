/** BR_CPF: Brazilian individual taxpayer number, 11 digits (`xxx.xxx.xxx-xx`), two mod-11 check digits. */
import { allSameDigit, cpfCheckDigits } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// Formatted `123.456.789-09`, `123456789-09`, or bare.
const CPF = new RegExp(`${NUMBER_START}\\d{3}(?:\\.\\d{3}\\.\\d{3}|\\d{6})-?\\d{2}${NUMBER_END}`, 'u');

/** Finds BR_CPF. Not in `recommended`: selected by `country:br` or `all`. */
export const brCpf = definePatternRecognizer({
  id: 'br-cpf',
  entity: 'BR_CPF',
  country: 'br',
  recommended: false,
  description: 'Brazilian CPF numbers (both check digits checked)',
  patterns: [{ name: 'cpf', regex: CPF, score: 0.3 }],
  context: ['cpf', 'cadastro de pessoas físicas', 'cadastro de pessoas fisicas', 'cadastro de pessoa física', 'cadastro de pessoa fisica', 'contribuinte'],
  requires: { minNumberRun: 11 },
  normalize: onlyDigits,
  // Two check digits pass 1 random number in 100: certain when formatted, likely when bare
  // (11-digit Brazilian mobile numbers are common).
  validate: (digits, match) => {
    if (allSameDigit(digits) || cpfCheckDigits(digits.slice(0, 9)) !== digits.slice(9)) return false;
    return match.text.length > 11 ? true : 0.8;
  },
  // Published sample value used in documentation and form placeholders.
  ignore: ['12345678909'],
});
