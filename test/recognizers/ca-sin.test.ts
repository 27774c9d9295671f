import { describe, expect, it } from 'vitest';
import { caSin } from '../../recognizers/ca-sin.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Valid numbers computed with Luhn for this test: 130 718 596, 719 263 451, 931 562 482.
describe('recognizer `ca-sin`', () => {
  recognizerTable(caSin, [
    { text: 'SIN: 130 718 596', expected: [['CA_SIN', '130 718 596']] },
    { text: 'employee 719-263-451 hired', expected: [['CA_SIN', '719-263-451']] },
    { name: 'grouped, no context word', text: '931 562 482', expected: [['CA_SIN', '931 562 482']] },
    { name: 'bare with a context word', text: 'Social Insurance Number 130718596.', expected: [['CA_SIN', '130718596']] },
    { name: 'bare under a sin column', text: '719263451', field: 'employee_sin', expected: [['CA_SIN', '719263451']] },
    { name: 'French context', text: "numéro d'assurance sociale (NAS) : 931562482", expected: [['CA_SIN', '931562482']] },
    { name: 'emoji before', text: '😀😀 130-718-596', expected: [['CA_SIN', '130-718-596']] },
    { name: 'bare without context', text: 'ref 130718596', expected: [] },
    { name: 'failing Luhn', text: 'SIN 130 718 597', expected: [] },
    { name: 'first digit 0', text: 'SIN 046 454 287', expected: [] },
    { name: 'first digit 8', text: 'SIN 800 000 002', expected: [] },
    { name: 'published sample value', text: 'SIN 046 454 286', expected: [] },
    { name: 'mixed separators', text: 'SIN 130-718 596', expected: [] },
    { name: 'inside a longer digit run', text: 'SIN 1130718596', expected: [] },
    { name: 'followed by another group', text: 'SIN 130 718 596 4', expected: [] },
    { name: 'phone number with a plus', text: 'SIN +130718596', expected: [] },
    { name: 'letters attached', text: 'SIN A130718596', expected: [] },
  ]);

  it('scores a grouped number below certainty and raises it with context', () => {
    expect(spansOf(caSin, '931 562 482')[0]![2].score).toBe(0.6);
    expect(spansOf(caSin, 'SIN 931 562 482')[0]![2].score).toBeCloseTo(0.95);
  });
});
