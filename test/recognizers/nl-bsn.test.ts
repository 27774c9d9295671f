import { describe, expect, it } from 'vitest';
import { nlBsn } from '../../recognizers/nl-bsn.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Numbers made up for this test, 11-proof computed: 274618394, 063521891, 123456708.
describe('recognizer `nl-bsn`', () => {
  recognizerTable(nlBsn, [
    { text: 'BSN: 2746.18.394', expected: [['NL_BSN', '2746.18.394']] },
    { name: 'official grouping, no context', text: 'klant 0635.21.891.', expected: [['NL_BSN', '0635.21.891']] },
    { name: '3-3-3 grouping', text: 'nummer 274 618 394', expected: [['NL_BSN', '274 618 394']] },
    { name: 'bare with context', text: 'burgerservicenummer 123456708', expected: [['NL_BSN', '123456708']] },
    { name: 'bare under a bsn column', text: '063521891', field: 'klant_bsn', expected: [['NL_BSN', '063521891']] },
    { name: 'emoji before', text: '😀 2746 18 394', expected: [['NL_BSN', '2746 18 394']] },
    { name: 'bare without context', text: 'factuur 274618394', expected: [] },
    { name: 'failing 11-proof', text: 'BSN 274618395', expected: [] },
    { name: 'all zeros', text: 'BSN 000000000', expected: [] },
    { name: 'published test value', text: 'BSN 111222333', expected: [] },
    { name: 'mixed separators', text: 'BSN 2746.18 394', expected: [] },
    { name: 'inside a longer digit run', text: 'BSN 1274618394', expected: [] },
  ]);

  it('scores grouped 0.6 and bare 0.3 before context', () => {
    expect(spansOf(nlBsn, '2746.18.394')[0]![2].score).toBe(0.6);
    expect(spansOf(nlBsn, '274618394', undefined, { scoreThreshold: 0.1 })[0]![2].score).toBe(0.3);
  });
});
