/**
 * CREDIT_CARD: payment card numbers (PANs) of the major brands - Visa, Mastercard (incl.
 * 2221-2720), American Express, Diners Club, Discover, JCB, UnionPay, Maestro, Mir, RuPay, Troy,
 * UATP - with 12-19 digits, contiguous or grouped by single spaces or single dashes. A match needs
 * a known issuer prefix and length and a valid Luhn check; published test numbers are ignored.
 */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { isCardNumber, TEST_CARD_NUMBERS } from '../src/recognizer/payment-cards.js';
import { onlyDigits } from '../src/recognizer/regex.js';

// Groups after the first four digits: 4-4-4-4, 4-6-5 (Amex), 4-6-4 (Diners), 4-4-4-4-3 (19 digits),
// 4-4-4-1 (13 digits). The digit count is checked in `validate`.
const GROUPS_AFTER_FIRST_DIGIT = '\\d{3}(?:SEP\\d{3,6}){1,3}(?:SEP\\d{1,4})?';

/**
 * A number's first digit, then what may not come before it: `(?<!X)\d` written as
 * `\d(?<!X\d)`. The same matches, but the regex engine tests the lookbehind only at digits
 * instead of at every position of the text.
 */
const firstDigitNotAfter = (before: string) => `\\d(?<!(?:${before})\\d)`;

/** Contiguous digits: not part of a longer run of digits, letters, or a dashed / dotted number. */
const CONTIGUOUS = new RegExp(`${firstDigitNotAfter('[\\p{L}\\p{N}]|\\d[-.]')}\\d{11,18}(?![\\p{L}\\p{N}]|[-.]\\d)`, 'u');
/** Grouped with dashes: a dash and a digit on either side would make it part of a longer number. */
const DASHED = new RegExp(`${firstDigitNotAfter('[\\p{L}\\p{N}]|\\d[-.]')}${GROUPS_AFTER_FIRST_DIGIT.replaceAll('SEP', '-')}(?![\\p{L}\\p{N}]|-\\d)`, 'u');
/**
 * Grouped with spaces: a neighbouring group of four digits would make it part of a longer
 * grouped number, while a short number next to it (an expiry `12/27`, a CVV) is fine.
 */
const SPACED = new RegExp(`${firstDigitNotAfter('[\\p{L}\\p{N}]|\\d{4} |\\d[-.]')}${GROUPS_AFTER_FIRST_DIGIT.replaceAll('SEP', ' ')}(?![\\p{L}\\p{N}]| \\d{4})`, 'u');
/** The common 4-4-4-4 layout alone, for when a short number (a CVV) follows and joins the match above. */
const SPACED_16 = new RegExp(`${firstDigitNotAfter('[\\p{L}\\p{N}]|\\d{4} |\\d[-.]')}\\d{3}(?: \\d{4}){3}(?![\\p{L}\\p{N}]| \\d{4})`, 'u');

export const creditCard = definePatternRecognizer({
  id: 'credit-card',
  entity: 'CREDIT_CARD',
  recommended: true,
  description: 'Payment card numbers of the major brands with a valid Luhn check',
  patterns: [
    { name: 'card-contiguous', regex: CONTIGUOUS, score: 0.3 },
    { name: 'card-dashed', regex: DASHED, score: 0.3 },
    { name: 'card-spaced', regex: SPACED, score: 0.3 },
    { name: 'card-spaced-16', regex: SPACED_16, score: 0.3 },
  ],
  context: ['credit', 'card', 'cc', 'visa', 'mastercard', 'amex', 'debit', 'payment', 'pan'],
  requires: { minNumberRun: 12 },
  normalize: onlyDigits,
  ignore: TEST_CARD_NUMBERS,
  validate: (digits) => isCardNumber(digits),
});
