import { describe, expect, it } from 'vitest';
import { auAbn } from '../../recognizers/au-abn.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Numbers made up for this test, mod 89 computed: 53 004 085 616, 18 123 456 789, 80 987 654 321.
describe('recognizer `au-abn`', () => {
  recognizerTable(auAbn, [
    { text: 'ABN 53 004 085 616', expected: [['AU_ABN', '53 004 085 616']], minScore: 1 },
    { name: 'grouped, no context', text: 'Pty Ltd (18 123 456 789)', expected: [['AU_ABN', '18 123 456 789']], minScore: 1 },
    { name: 'bare', text: 'supplier 80987654321', expected: [['AU_ABN', '80987654321']] },
    { name: 'dashes', text: 'ABN: 80-987-654-321.', expected: [['AU_ABN', '80-987-654-321']] },
    { name: 'emoji before', text: '🙂53 004 085 616', expected: [['AU_ABN', '53 004 085 616']] },
    { name: 'failing check', text: 'ABN 53 004 085 617', expected: [] },
    { name: 'first digit 0', text: 'ABN 03 004 085 616', expected: [] },
    { name: 'mixed separators', text: 'ABN 53 004-085 616', expected: [] },
    { name: 'inside a longer digit run', text: 'ABN 153004085616', expected: [] },
  ]);

  it('scores a bare number 0.8 and context lifts it to 1', () => {
    expect(spansOf(auAbn, '80987654321')[0]![2].score).toBe(0.8);
    expect(spansOf(auAbn, 'Australian Business Number 80987654321')[0]![2].score).toBe(1);
  });
});
