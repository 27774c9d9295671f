import { describe } from 'vitest';
import { openaiApiKey } from '../../recognizers/openai-api-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';
import { pseudoRandom } from './provider-tokens.fixtures.js';

const LEGACY = `sk-${pseudoRandom(20, 21)}T3BlbkFJ${pseudoRandom(20, 22)}`;
const PROJECT = `sk-proj-${pseudoRandom(74, 23, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}T3BlbkFJ${pseudoRandom(74, 24)}`;

describe('recognizer `openai-api-key`', () => {
  recognizerTable(openaiApiKey, [
    { text: `OPENAI_API_KEY=${LEGACY}`, expected: [['OPENAI_API_KEY', LEGACY]] },
    { text: `key: "${PROJECT}"`, expected: [['OPENAI_API_KEY', PROJECT]] },
    { name: 'project key without marker', text: `sk-proj-${pseudoRandom(48, 25)}`, expected: [['OPENAI_API_KEY', `sk-proj-${pseudoRandom(48, 25)}`]] },
    { name: 'placeholder', text: 'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', expected: [] },
    { name: 'plain sk- word', text: 'sk-learn is a library', expected: [] },
  ]);
});
