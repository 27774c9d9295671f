import { describe } from 'vitest';
import { usPassport } from '../../recognizers/us-passport.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `us-passport`', () => {
  recognizerTable(usPassport, [
    { text: 'Passport No. A12345678', expected: [['US_PASSPORT', 'A12345678']] },
    { text: 'passport: 530142876.', expected: [['US_PASSPORT', '530142876']] },
    { text: 'C03005988', field: 'passport_number', expected: [['US_PASSPORT', 'C03005988']] },
    { text: '😀 passport (X41509238)', name: 'emoji and parentheses', expected: [['US_PASSPORT', 'X41509238']] },
    { text: 'A12345678', name: 'no context', expected: [] },
    { text: 'order 530142876 in the United States', name: '`united states` is not context', expected: [] },
    { text: 'passport a12345678', name: 'lower-case letter', expected: [] },
    { text: 'passport A123456789', name: 'letter and nine digits', expected: [] },
    { text: 'passport AB12345678', name: 'two letters', expected: [] },
    { text: 'passport 53014287', name: 'eight digits', expected: [] },
    { text: 'passport 5301428761', name: 'ten digits', expected: [] },
    { text: 'passport 000000000', name: 'one repeated digit', expected: [] },
    { text: 'passport 12-530142876', name: 'inside a longer number', expected: [] },
  ]);
});
