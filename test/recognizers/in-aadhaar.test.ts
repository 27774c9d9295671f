import { describe, expect, it } from 'vitest';
import { inAadhaar } from '../../recognizers/in-aadhaar.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Valid numbers computed with Verhoeff for this test: 4918 3726 5017, 2836 5019 4726.
describe('recognizer `in-aadhaar`', () => {
  recognizerTable(inAadhaar, [
    { text: 'Aadhaar: 4918 3726 5017', expected: [['IN_AADHAAR', '4918 3726 5017']] },
    { name: 'grouped, no context word', text: 'id 2836-5019-4726 on file', expected: [['IN_AADHAAR', '2836-5019-4726']] },
    { name: 'bare with context', text: 'my aadhar no is 491837265017', expected: [['IN_AADHAAR', '491837265017']] },
    { name: 'bare under an aadhaar column', text: '283650194726', field: 'aadhaarNumber', expected: [['IN_AADHAAR', '283650194726']] },
    { name: 'Hindi context word', text: 'आधार संख्या 283650194726', expected: [['IN_AADHAAR', '283650194726']] },
    { name: 'emoji before, end of string', text: '🙂4918 3726 5017', expected: [['IN_AADHAAR', '4918 3726 5017']] },
    { name: 'bare without context', text: 'txn 491837265017', expected: [] },
    { name: 'failing Verhoeff', text: 'Aadhaar 4918 3726 5018', expected: [] },
    { name: 'first digit 1', text: 'Aadhaar 1918 3726 5017', expected: [] },
    { name: 'palindrome', text: 'Aadhaar 2222 2222 2222', expected: [] },
    { name: 'inside a 16-digit card number', text: 'card 4111 4918 3726 5017', expected: [] },
    { name: 'mixed separators', text: 'Aadhaar 4918 3726-5017', expected: [] },
  ]);

  it('scores grouped 0.6 and bare 0.3 before context', () => {
    expect(spansOf(inAadhaar, '4918 3726 5017')[0]![2].score).toBe(0.6);
    expect(spansOf(inAadhaar, '491837265017', undefined, { scoreThreshold: 0.1 })[0]![2].score).toBe(0.3);
  });
});
