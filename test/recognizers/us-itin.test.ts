import { describe } from 'vitest';
import { usItin } from '../../recognizers/us-itin.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `us-itin`', () => {
  recognizerTable(usItin, [
    { text: 'ITIN: 912-78-1234', expected: [['US_ITIN', '912-78-1234']] },
    { text: 'taxpayer id 943 50 2231', expected: [['US_ITIN', '943 50 2231']] },
    { text: '912991234', field: 'itin', expected: [['US_ITIN', '912991234']] },
    { text: 'tax id (912-65-0042)', name: 'group 65, parentheses', expected: [['US_ITIN', '912-65-0042']] },
    { text: '😀 TIN 900-92-5555', name: 'group 92 after an emoji', expected: [['US_ITIN', '900-92-5555']] },
    { text: '912-78-1234', name: 'no context', expected: [] },
    { text: 'ITIN 912-93-1234', name: 'group 93 is not issued', expected: [] },
    { text: 'ITIN 912-89-1234', name: 'group 89 is not issued', expected: [] },
    { text: 'ITIN 912-66-1234', name: 'group 66 is not issued', expected: [] },
    { text: 'ITIN 912-49-1234', name: 'group 49 is not issued', expected: [] },
    { text: 'ITIN 812-78-1234', name: 'area not 9xx', expected: [] },
    { text: 'ITIN 912-78-0000', name: 'serial 0000', expected: [] },
    { text: 'ITIN 999-99-9999', name: 'one repeated digit', expected: [] },
    { text: 'ITIN 912-78 1234', name: 'mixed delimiters', expected: [] },
    { text: 'ITIN 1912-78-1234', name: 'inside a longer run', expected: [] },
    { text: 'ITIN 912-78-12345', name: 'trailing digit', expected: [] },
  ]);
});
