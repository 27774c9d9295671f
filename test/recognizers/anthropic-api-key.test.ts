import { describe } from 'vitest';
import { anthropicApiKey } from '../../recognizers/anthropic-api-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';
import { pseudoRandom } from './provider-tokens.fixtures.js';

const FULL = `sk-ant-api03-${pseudoRandom(93, 31, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}AA`;
const ADMIN = `sk-ant-admin01-${pseudoRandom(60, 32)}`;

describe('recognizer `anthropic-api-key`', () => {
  recognizerTable(anthropicApiKey, [
    { text: `ANTHROPIC_API_KEY="${FULL}"`, expected: [['ANTHROPIC_API_KEY', FULL]], minScore: 0.95 },
    { text: ADMIN, expected: [['ANTHROPIC_API_KEY', ADMIN]] },
    { name: 'placeholder', text: 'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', expected: [] },
    { name: 'too short', text: `sk-ant-api03-${pseudoRandom(20, 33)}`, expected: [] },
  ]);
});
