import { describe, expect, it } from 'vitest';
import { deTaxId } from '../../recognizers/de-tax-id.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Numbers made up for this test, check digits computed with ISO 7064 MOD 11,10:
// 47520168735 (7 twice), 29581340650 (5 twice), 86120837846 (8 three times, apart), 55012348672.
describe('recognizer `de-tax-id`', () => {
  recognizerTable(deTaxId, [
    { text: 'Steuer-ID: 47 520 168 735', expected: [['DE_TAX_ID', '47 520 168 735']], minScore: 1 },
    { name: 'bare, no context', text: 'Nr. 29581340650 liegt vor', expected: [['DE_TAX_ID', '29581340650']] },
    { name: 'digit three times, not adjacent', text: 'IdNr 86120837846', expected: [['DE_TAX_ID', '86120837846']] },
    { name: 'adjacent pair', text: 'Steuer-IdNr. 55012348672', expected: [['DE_TAX_ID', '55012348672']] },
    { name: 'dotted groups', text: '(47.520.168.735)', expected: [['DE_TAX_ID', '47.520.168.735']] },
    { name: 'emoji before, end of string', text: '👍47520168735', expected: [['DE_TAX_ID', '47520168735']] },
    { name: 'failing check digit', text: 'Steuer-ID 47520168736', expected: [] },
    { name: 'first digit 0', text: 'Steuer-ID 07520168733', expected: [] },
    { name: 'every digit once', text: 'Steuer-ID 12345678903', expected: [] },
    { name: 'digit three times in a row', text: 'Steuer-ID 55512348675', expected: [] },
    { name: 'two repeated digits', text: 'Steuer-ID 11223456789', expected: [] },
    { name: 'inside a longer digit run', text: 'Konto 147520168735', expected: [] },
    { name: 'mixed separators', text: 'Steuer-ID 47 520.168 735', expected: [] },
  ]);

  it('scores a bare number 0.85 and raises it with context', () => {
    expect(spansOf(deTaxId, '47520168735')[0]![2].score).toBe(0.85);
    expect(spansOf(deTaxId, 'steuerliche Identifikationsnummer 47520168735')[0]![2].score).toBe(1);
    expect(spansOf(deTaxId, '47520168735', 'steuer_id')[0]![2].score).toBe(1);
  });
});
