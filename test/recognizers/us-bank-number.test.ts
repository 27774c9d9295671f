import { describe } from 'vitest';
import { usBankNumber } from '../../recognizers/us-bank-number.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `us-bank-number`', () => {
  recognizerTable(usBankNumber, [
    { text: 'account number 30418827561', expected: [['US_BANK_NUMBER', '30418827561']] },
    { text: 'Acct: 00417729.', name: 'eight digits with leading zeros', expected: [['US_BANK_NUMBER', '00417729']] },
    { text: '98104277310455621', field: 'bankAccount', name: 'seventeen digits in a bank column', expected: [['US_BANK_NUMBER', '98104277310455621']] },
    { text: 'savings #304188275', expected: [['US_BANK_NUMBER', '304188275']] },
    { text: '😀 checking (30418827561)', name: 'emoji and parentheses', expected: [['US_BANK_NUMBER', '30418827561']] },
    { text: 'order 30418827561', name: 'no context', expected: [] },
    { text: 'debit card 30418827561', name: '`debit` is not context', expected: [] },
    { text: 'account 3041882', name: 'seven digits', expected: [] },
    { text: 'account 304188275614477210', name: 'eighteen digits', expected: [] },
    { text: 'account balance $30418827', name: 'an amount', expected: [] },
    { text: 'account 30418827.50', name: 'a decimal', expected: [] },
    { text: 'account opened 20230115', name: 'a YYYYMMDD date', expected: [] },
    { text: 'account 44444444', name: 'one repeated digit', expected: [] },
    { text: 'account 3041 8827 5614', name: 'grouped digits', expected: [] },
    { text: 'account +14155550132', name: 'a phone number', expected: [] },
    { text: 'account AB30418827561', name: 'glued to letters', expected: [] },
  ]);
});
