import { describe } from 'vitest';
import { inPan } from '../../recognizers/in-pan.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `in-pan`', () => {
  recognizerTable(inPan, [
    { text: 'PAN: BQLPK4821M', expected: [['IN_PAN', 'BQLPK4821M']] },
    { name: 'company holder type', text: 'Company PAN number AAJCS7731R.', expected: [['IN_PAN', 'AAJCS7731R']] },
    { name: 'column context', text: 'ZXTHM0042B', field: 'pan_card', expected: [['IN_PAN', 'ZXTHM0042B']] },
    { name: 'income tax context, emoji before', text: 'income tax 🙂 DWRPS9912Q', expected: [['IN_PAN', 'DWRPS9912Q']] },
    { name: 'no context: shape alone is not enough', text: 'code BQLPK4821M', expected: [] },
    { name: 'holder type letter not in the set', text: 'PAN BQLXK4821M', expected: [] },
    { name: 'serial 0000', text: 'PAN BQLPK0000M', expected: [] },
    { name: 'lower case', text: 'PAN bqlpk4821m', expected: [] },
    { name: 'inside a GSTIN', text: 'PAN 27BQLPK4821M1Z5', expected: [] },
    { name: 'longer token', text: 'PAN XBQLPK4821M', expected: [] },
    { name: 'digit where a letter belongs', text: 'PAN BQLP14821M', expected: [] },
  ]);
});
