import { describe } from 'vitest';
import { sgNric } from '../../recognizers/sg-nric.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

// Numbers made up for this test, letters computed per series: S1234567D, T0212345I, F8735902Q, G5019384K, M4287105W.
describe('recognizer `sg-nric`', () => {
  recognizerTable(sgNric, [
    { text: 'NRIC: S1234567D', expected: [['SG_NRIC', 'S1234567D']], minScore: 1 },
    { name: 'T series, no context', text: 'holder T0212345I.', expected: [['SG_NRIC', 'T0212345I']], minScore: 1 },
    { name: 'F series', text: 'FIN F8735902Q', expected: [['SG_NRIC', 'F8735902Q']] },
    { name: 'G series', text: 'FIN (G5019384K)', expected: [['SG_NRIC', 'G5019384K']] },
    { name: 'M series', text: 'FIN M4287105W', expected: [['SG_NRIC', 'M4287105W']] },
    { name: 'lower case', text: 'nric s1234567d', expected: [['SG_NRIC', 's1234567d']] },
    { name: 'emoji before', text: '😀S1234567D', expected: [['SG_NRIC', 'S1234567D']] },
    { name: 'wrong letter', text: 'NRIC S1234567E', expected: [] },
    { name: 'S letter table used for an F prefix', text: 'FIN F1234567D', expected: [] },
    { name: 'F letter table used for an M prefix', text: 'FIN M4287105R', expected: [] },
    { name: 'other prefix', text: 'NRIC A1234567D', expected: [] },
    { name: 'mixed case', text: 'NRIC S1234567d', expected: [] },
    { name: 'eight digits', text: 'NRIC S12345678D', expected: [] },
    { name: 'letters attached', text: 'NRIC XS1234567D', expected: [] },
  ]);
});
