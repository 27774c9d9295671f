import { describe } from 'vitest';
import { esNie } from '../../recognizers/es-nie.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

// Valid NIEs computed for this test (X=0, Y=1, Z=2, then mod 23): X3826154N, Y7015328C, Z4091637B.
describe('recognizer `es-nie`', () => {
  recognizerTable(esNie, [
    { text: 'NIE X3826154N', expected: [['ES_NIE', 'X3826154N']], minScore: 1 },
    { name: 'Y prefix, no context', text: 'residente Y7015328C.', expected: [['ES_NIE', 'Y7015328C']], minScore: 1 },
    { name: 'Z prefix with dashes', text: 'NIE: Z-4091637-B', expected: [['ES_NIE', 'Z-4091637-B']] },
    { name: 'mixed separators', text: 'NIE X-3826154N', expected: [['ES_NIE', 'X-3826154N']] },
    { name: 'spaces', text: 'NIE X 3826154 N', expected: [['ES_NIE', 'X 3826154 N']] },
    { name: 'lower-case letter attached', text: 'nie y7015328c', expected: [] },
    { name: 'lower-case letter attached to an upper-case prefix', text: 'nie Y7015328c', expected: [['ES_NIE', 'Y7015328c']] },
    { name: 'emoji before', text: '🙂Z4091637B', expected: [['ES_NIE', 'Z4091637B']] },
    { name: 'wrong letter', text: 'NIE X3826154M', expected: [] },
    { name: 'prefix read as the wrong digit', text: 'NIE Y3826154N', expected: [] },
    { name: 'other prefix letter', text: 'NIE W3826154N', expected: [] },
    { name: 'eight digits', text: 'NIE X38261540N', expected: [] },
    { name: 'letters before', text: 'NIE ESX3826154N', expected: [] },
  ]);
});
