import { describe, expect, it } from 'vitest';
import { auTfn } from '../../recognizers/au-tfn.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Numbers made up for this test, weighted mod 11 computed: 876 543 210, 456 019 380; 8 digits: 23456715.
describe('recognizer `au-tfn`', () => {
  recognizerTable(auTfn, [
    { text: 'TFN: 876 543 210', expected: [['AU_TFN', '876 543 210']] },
    { name: 'grouped, no context', text: 'id 456-019-380 ok', expected: [['AU_TFN', '456-019-380']] },
    { name: 'bare with context', text: 'tax file number 876543210', expected: [['AU_TFN', '876543210']] },
    { name: 'old 8-digit number with context', text: 'TFN 23456715', expected: [['AU_TFN', '23456715']] },
    { name: 'bare under a tfn column', text: '456019380', field: 'tfn', expected: [['AU_TFN', '456019380']] },
    { name: 'emoji before', text: '😀 876 543 210', expected: [['AU_TFN', '876 543 210']] },
    { name: 'bare without context', text: 'order 876543210', expected: [] },
    { name: '8 digits without context', text: 'order 23456715', expected: [] },
    { name: 'failing check', text: 'TFN 876 543 211', expected: [] },
    { name: 'published sample value', text: 'TFN 123 456 782', expected: [] },
    { name: 'mixed separators', text: 'TFN 876-543 210', expected: [] },
    { name: 'inside a longer digit run', text: 'TFN 9876543210', expected: [] },
  ]);

  it('scores grouped 0.6 and lifts it with context', () => {
    expect(spansOf(auTfn, '876 543 210')[0]![2].score).toBe(0.6);
    expect(spansOf(auTfn, 'TFN 876 543 210')[0]![2].score).toBeCloseTo(0.95);
  });
});
