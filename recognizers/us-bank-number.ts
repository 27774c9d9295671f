/** US_BANK_NUMBER: US bank account numbers (8-17 digits), reported only with account/bank context. */
import { allSameDigit } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';

// Not after a currency sign: `$12345678` in an account statement is an amount.
const ACCOUNT = new RegExp(`(?<![$€£¥])${NUMBER_START}\\d{8,17}${NUMBER_END}`, 'u');

/** An 8-digit `YYYYMMDD` date (years 1900-2099): `account opened 20230115`. */
function isCompactDate(digits: string): boolean {
  if (digits.length !== 8) return false;
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6));
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * US bank account numbers: a run of 8 to 17 digits. Any id looks like that, so the pattern is weak
 * (0.2) and reported only next to `account`, `acct`, `bank`, `checking`, `savings`... Unlike Presidio,
 * `check`, `save` and `debit` are not context (debit card numbers are not account numbers).
 */
export const usBankNumber = definePatternRecognizer({
  id: 'us-bank-number',
  entity: 'US_BANK_NUMBER',
  recommended: true,
  country: 'us',
  description: 'US bank account numbers (with context)',
  patterns: [{ name: 'bank-account', regex: ACCOUNT, score: 0.2 }],
  context: ['account', 'acct', 'bank', 'banking', 'checking', 'savings', 'deposit', 'account number'],
  requires: { minNumberRun: 8 },
  invalidate: (digits) => allSameDigit(digits) || isCompactDate(digits),
});
