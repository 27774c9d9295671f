import { describe } from 'vitest';
import { natsNkeySeed } from '../../recognizers/nats-nkey-seed.js';
import { recognizerTable } from '../helpers/recognizer-table.js';
import { pseudoRandom } from './provider-tokens.fixtures.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SEED = `SU${pseudoRandom(56, 81, BASE32)}`;

describe('recognizer `nats-nkey-seed`', () => {
  recognizerTable(natsNkeySeed, [
    { text: `seed = "${SEED}"`, expected: [['NKEY_SEED', SEED]], minScore: 0.9 },
    { text: `// SA${pseudoRandom(56, 82, BASE32)}`, expected: [['NKEY_SEED', `SA${pseudoRandom(56, 82, BASE32)}`]] },
    { name: 'public user key (U prefix) is not a seed', text: `U${pseudoRandom(55, 83, BASE32)}`, expected: [] },
    { name: 'wrong length', text: `SU${pseudoRandom(50, 81, BASE32)}`, expected: [] },
    { name: 'filler', text: `SU${'A'.repeat(56)}`, expected: [] },
  ]);
});
