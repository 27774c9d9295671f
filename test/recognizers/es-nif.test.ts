import { describe, expect, it } from 'vitest';
import { esNif } from '../../recognizers/es-nif.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Valid DNIs computed with the mod-23 letter table for this test: 48265317R, 05129384Q, 73610295Z.
describe('recognizer `es-nif`', () => {
  recognizerTable(esNif, [
    { text: 'DNI 48265317R', expected: [['ES_NIF', '48265317R']], minScore: 1 },
    { name: 'no context needed', text: 'Titular: 05129384Q, Madrid', expected: [['ES_NIF', '05129384Q']], minScore: 1 },
    { name: 'dash before the letter', text: 'NIF: 73610295-Z', expected: [['ES_NIF', '73610295-Z']] },
    { name: 'space before the letter', text: 'NIF 73610295 Z.', expected: [['ES_NIF', '73610295 Z']] },
    { name: 'dotted digits', text: '(48.265.317-R)', expected: [['ES_NIF', '48.265.317-R']] },
    { name: 'lower-case letter attached', text: 'dni 48265317r', expected: [['ES_NIF', '48265317r']] },
    { name: 'emoji before, start and end', text: '😀48265317R', expected: [['ES_NIF', '48265317R']] },
    { name: 'wrong letter', text: 'DNI 48265317S', expected: [] },
    { name: 'letter I is never a control letter', text: 'DNI 48265317I', expected: [] },
    { name: 'lower-case letter after a space is a word', text: 'about 48265317 r', expected: [] },
    { name: 'seven digits', text: 'DNI 4826531R', expected: [] },
    { name: 'nine digits', text: 'DNI 148265317R', expected: [] },
    { name: 'letters after', text: 'DNI 48265317RX', expected: [] },
    { name: 'inside a longer dashed number', text: 'ref 12-48265317R', expected: [] },
  ]);

  it('scores a valid control letter 1.0', () => {
    expect(spansOf(esNif, '48265317R')[0]![2].score).toBe(1);
  });
});
