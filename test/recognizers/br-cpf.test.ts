import { describe, expect, it } from 'vitest';
import { brCpf } from '../../recognizers/br-cpf.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Numbers made up for this test, both check digits computed: 529.982.247-25, 390.533.447-05, 714.602.380-01.
describe('recognizer `br-cpf`', () => {
  recognizerTable(brCpf, [
    { text: 'CPF: 529.982.247-25', expected: [['BR_CPF', '529.982.247-25']], minScore: 1 },
    { name: 'formatted, no context', text: 'cliente 390.533.447-05, SP', expected: [['BR_CPF', '390.533.447-05']], minScore: 1 },
    { name: 'dash only', text: 'CPF 714602380-01', expected: [['BR_CPF', '714602380-01']], minScore: 1 },
    { name: 'bare', text: 'doc 52998224725', expected: [['BR_CPF', '52998224725']] },
    { name: 'emoji before, end of string', text: '🙂390.533.447-05', expected: [['BR_CPF', '390.533.447-05']] },
    { name: 'first check digit wrong', text: 'CPF 529.982.247-35', expected: [] },
    { name: 'second check digit wrong', text: 'CPF 529.982.247-26', expected: [] },
    { name: 'all digits the same (passes the checksum)', text: 'CPF 111.111.111-11', expected: [] },
    { name: 'published sample value', text: 'CPF 123.456.789-09', expected: [] },
    { name: 'partly formatted', text: 'CPF 529.982247-25', expected: [] },
    { name: 'inside a longer digit run', text: 'CPF 1529.982.247-25', expected: [] },
    { name: 'letters attached', text: 'CPF x52998224725', expected: [] },
  ]);

  it('scores a bare number 0.8 and a formatted one 1.0', () => {
    expect(spansOf(brCpf, '52998224725')[0]![2].score).toBe(0.8);
    expect(spansOf(brCpf, 'CPF 52998224725')[0]![2].score).toBe(1);
  });
});
