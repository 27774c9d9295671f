import { describe, expect, it } from 'vitest';
import { plPesel } from '../../recognizers/pl-pesel.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Numbers made up for this test, check digits computed with weights 1,3,7,9:
// 85070912347 (1985-07-09), 02261509870 (2002-06-15), 89923101238 (1889-12-31),
// 00412956784 (2100-01-29), 00222900009 (2000-02-29).
describe('recognizer `pl-pesel`', () => {
  recognizerTable(plPesel, [
    { text: 'PESEL: 85070912347', expected: [['PL_PESEL', '85070912347']] },
    { name: '2000s (month + 20)', text: 'nr PESEL 02261509870.', expected: [['PL_PESEL', '02261509870']] },
    { name: '1800s (month + 80)', text: 'PESEL 89923101238', expected: [['PL_PESEL', '89923101238']] },
    { name: '2100s (month + 40)', text: 'PESEL 00412956784', expected: [['PL_PESEL', '00412956784']] },
    { name: 'leap day of 2000', text: 'PESEL 00222900009', expected: [['PL_PESEL', '00222900009']] },
    { name: 'column context', text: '85070912347', field: 'pesel', expected: [['PL_PESEL', '85070912347']] },
    { name: 'Polish label', text: 'numer ewidencyjny 🙂 85070912347', expected: [['PL_PESEL', '85070912347']] },
    { name: 'no context', text: 'zamówienie 85070912347', expected: [] },
    { name: 'failing check digit', text: 'PESEL 85070912348', expected: [] },
    { name: 'month 13', text: 'PESEL 85130112340', expected: [] },
    { name: 'day 00', text: 'PESEL 85000112344', expected: [] },
    { name: '1900-02-29 does not exist', text: 'PESEL 00022900003', expected: [] },
    { name: '2100-02-29 does not exist (month + 40)', text: 'PESEL 00422900005', expected: [] },
    { name: 'inside a longer digit run', text: 'PESEL 185070912347', expected: [] },
    { name: 'grouped is not a PESEL', text: 'PESEL 850709 12347', expected: [] },
  ]);

  it('needs context: 0.4 alone', () => {
    expect(spansOf(plPesel, '85070912347', undefined, { scoreThreshold: 0.1 })[0]![2].score).toBe(0.4);
  });
});
