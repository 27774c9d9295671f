import { describe } from 'vitest';
import { sendgridKey } from '../../recognizers/sendgrid-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';
import { pseudoRandom } from './provider-tokens.fixtures.js';

const KEY = `SG.${pseudoRandom(22, 41)}.${pseudoRandom(43, 42)}`;

describe('recognizer `sendgrid-key`', () => {
  recognizerTable(sendgridKey, [
    { text: `SENDGRID_API_KEY=${KEY}`, expected: [['SENDGRID_KEY', KEY]] },
    { text: `"${KEY}",`, expected: [['SENDGRID_KEY', KEY]] },
    { name: 'wrong part length', text: `SG.${pseudoRandom(21, 41)}.${pseudoRandom(43, 42)}`, expected: [] },
    { name: 'placeholder', text: 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', expected: [] },
  ]);
});
