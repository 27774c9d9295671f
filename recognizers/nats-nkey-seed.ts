/** NKEY_SEED: NATS nkey seeds (private keys): `S` + key type + 56 base32 characters. */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

// Type letters: U user, A account, O operator, N server, C cluster, X curve. Real seeds are base32;
// other digits are accepted at a lower score so edited seeds are still caught.
const SEED = /(?<![A-Za-z0-9])S[UAONCX][A-Z0-9]{56}(?![A-Za-z0-9])/;

export const natsNkeySeed = definePatternRecognizer({
  id: 'nats-nkey-seed',
  entity: 'NKEY_SEED',
  category: 'secret',
  recommended: true,
  description: 'NATS nkey seeds (SU..., SA..., SO...)',
  patterns: [{ name: 'seed', regex: SEED, score: 0.8 }],
  context: ['nats', 'nkey', 'seed'],
  requires: { minTokenRun: 58, minUpper: 2 },
  trigger: containsAny('SU', 'SA', 'SO', 'SN', 'SC', 'SX'),
  validate: (text) => (/^[A-Z2-7]+$/.test(text) ? 0.9 : undefined),
  invalidate: (text) => /(.)\1{7}/.test(text),
});
