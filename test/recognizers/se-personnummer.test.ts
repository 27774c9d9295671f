import { describe, expect, it } from 'vitest';
import { sePersonnummer } from '../../recognizers/se-personnummer.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Numbers made up for this test, Luhn computed over the 10-digit form: 850709-9805,
// 040229-1231 (leap day), 850769-1239 (coordination number, day 09 + 60).
describe('recognizer `se-personnummer`', () => {
  recognizerTable(sePersonnummer, [
    { text: 'personnummer 850709-9805', expected: [['SE_PERSONNUMMER', '850709-9805']], minScore: 1 },
    { name: 'separated, no context', text: 'kund 850709-9805.', expected: [['SE_PERSONNUMMER', '850709-9805']] },
    { name: 'over 100 years old (+)', text: 'pnr 850709+9805', expected: [['SE_PERSONNUMMER', '850709+9805']] },
    { name: '12 digits with separator', text: 'Personnummer: 19850709-9805', expected: [['SE_PERSONNUMMER', '19850709-9805']] },
    { name: '12 digits bare, no context', text: 'id 198507099805', expected: [['SE_PERSONNUMMER', '198507099805']] },
    { name: '10 digits bare with context', text: 'personnr 8507099805', expected: [['SE_PERSONNUMMER', '8507099805']] },
    { name: 'coordination number', text: 'samordningsnummer 850769-1239', expected: [['SE_PERSONNUMMER', '850769-1239']] },
    { name: 'leap day', text: 'personnummer 040229-1231', expected: [['SE_PERSONNUMMER', '040229-1231']] },
    { name: 'emoji before', text: '😀850709-9805', expected: [['SE_PERSONNUMMER', '850709-9805']] },
    { name: '10 digits bare without context', text: 'ordernr 8507099805', expected: [] },
    { name: 'failing Luhn', text: 'personnummer 850709-9806', expected: [] },
    { name: 'February 29 in a common year', text: 'personnummer 030229-1232', expected: [] },
    { name: 'month 13', text: 'personnummer 851309-9801', expected: [] },
    { name: 'century 17', text: 'personnummer 178507099805', expected: [] },
    { name: 'inside a longer digit run', text: 'personnummer 98507099805', expected: [] },
  ]);

  it('scores by format', () => {
    expect(spansOf(sePersonnummer, '850709-9805')[0]![2].score).toBe(0.8);
    expect(spansOf(sePersonnummer, '198507099805')[0]![2].score).toBe(0.6);
    expect(spansOf(sePersonnummer, '8507099805', undefined, { scoreThreshold: 0.1 })[0]![2].score).toBe(0.4);
  });
});
