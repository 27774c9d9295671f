import { describe } from 'vitest';
import { ukNino } from '../../recognizers/uk-nino.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `uk-nino`', () => {
  recognizerTable(ukNino, [
    { text: 'AB 12 34 56 C', expected: [['UK_NINO', 'AB 12 34 56 C']] },
    { text: 'NI number: JK302219A.', expected: [['UK_NINO', 'JK302219A']], minScore: 0.85 },
    { text: 'ref (WP 302219 D)', name: 'six digits grouped', expected: [['UK_NINO', 'WP 302219 D']] },
    { text: '😀OA302219B', name: 'O first is allowed; emoji before', expected: [['UK_NINO', 'OA302219B']] },
    { text: 'national insurance ab302219c', name: 'lower case with context', expected: [['UK_NINO', 'ab302219c']] },
    { text: 'code ab302219c', name: 'lower case without context', expected: [] },
    { text: 'DA302219C', name: 'D first', expected: [] },
    { text: 'AF302219C', name: 'F second', expected: [] },
    { text: 'AO302219C', name: 'O second', expected: [] },
    { text: 'VA302219C', name: 'V first', expected: [] },
    { text: 'GB302219C', name: 'unallocated GB', expected: [] },
    { text: 'BG302219C', name: 'unallocated BG', expected: [] },
    { text: 'ZZ302219C', name: 'unallocated ZZ', expected: [] },
    { text: 'TN 30 22 19 A', name: 'unallocated TN, spaced', expected: [] },
    { text: 'AB302219E', name: 'suffix E', expected: [] },
    { text: 'AB302219', name: 'no suffix', expected: [] },
    { text: 'AB3022191C', name: 'seven digits', expected: [] },
    { text: 'XAB302219C', name: 'three letters', expected: [] },
    { text: 'AB302219CD', name: 'two suffix letters', expected: [] },
  ]);
});
