import { describe } from 'vitest';
import { npmToken } from '../../recognizers/npm-token.js';
import { recognizerTable } from '../helpers/recognizer-table.js';
import { checksummedBody } from './provider-tokens.fixtures.js';

const TOKEN = `npm_${checksummedBody(51)}`;

describe('recognizer `npm-token`', () => {
  recognizerTable(npmToken, [
    { text: `NPM_TOKEN=${TOKEN}`, expected: [['NPM_TOKEN', TOKEN]], minScore: 1 },
    { text: '//registry.npmjs.org/:_authToken=5b1f0c9e-7a2d-4c8b-9e3f-1d6a8b2c4e7f', expected: [['NPM_TOKEN', '5b1f0c9e-7a2d-4c8b-9e3f-1d6a8b2c4e7f']] },
    { name: 'npmrc variable', text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', expected: [] },
    { name: 'placeholder', text: 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', expected: [] },
    { name: 'too short', text: `npm_${checksummedBody(51).slice(2)}`, expected: [] },
  ]);
});
