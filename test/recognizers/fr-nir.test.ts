import { describe, expect, it } from 'vitest';
import { frNir } from '../../recognizers/fr-nir.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Numbers made up for this test, keys computed as 97 - (n mod 97) (2A read as 19, 2B as 18).
describe('recognizer `fr-nir`', () => {
  recognizerTable(frNir, [
    { text: 'N° sécurité sociale : 1 85 05 78 006 084 91', expected: [['FR_NIR', '1 85 05 78 006 084 91']], minScore: 1 },
    { name: 'bare, no context', text: 'assurée 292037511223307.', expected: [['FR_NIR', '292037511223307']], minScore: 1 },
    { name: 'key set apart', text: 'NIR 2920375112233 07', expected: [['FR_NIR', '2920375112233 07']] },
    { name: 'dotted', text: 'NIR 1.85.05.78.006.084.91', expected: [['FR_NIR', '1.85.05.78.006.084.91']] },
    { name: 'Corsica 2A', text: 'NIR 185122A00402176', expected: [['FR_NIR', '185122A00402176']] },
    { name: 'Corsica 2B, grouped', text: 'NIR 2 90 07 2B 123 456 88', expected: [['FR_NIR', '2 90 07 2B 123 456 88']] },
    { name: 'temporary number (7)', text: 'NIA 799019912345624', expected: [['FR_NIR', '799019912345624']] },
    { name: 'foreigner being registered (3)', text: 'NIR 385057512345670', expected: [['FR_NIR', '385057512345670']] },
    { name: 'unknown month 25', text: 'NIR 185257800608423', expected: [['FR_NIR', '185257800608423']] },
    { name: 'emoji before', text: '😀185057800608491', expected: [['FR_NIR', '185057800608491']] },
    { name: 'wrong key', text: 'NIR 185057800608492', expected: [] },
    { name: 'Corsica 2A with a wrong key', text: 'NIR 185122A00402177', expected: [] },
    { name: 'sex digit 5', text: 'NIR 585057800608491', expected: [] },
    { name: 'month 00', text: 'NIR 185007800608411', expected: [] },
    { name: 'month 13', text: 'NIR 185137800608425', expected: [] },
    { name: 'department 2C', text: 'NIR 185122C00402176', expected: [] },
    { name: 'inside a longer digit run', text: 'ref 9185057800608491', expected: [] },
    { name: 'mixed separators', text: 'NIR 1 85.05 78 006 084 91', expected: [] },
  ]);

  it('scores the usual sex digits 1.0 and the rare forms 0.85 before context', () => {
    expect(spansOf(frNir, '185057800608491')[0]![2].score).toBe(1);
    expect(spansOf(frNir, '385057512345670')[0]![2].score).toBe(0.85);
    expect(spansOf(frNir, 'NIR 385057512345670')[0]![2].score).toBe(1);
  });
});
