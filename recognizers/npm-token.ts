/** NPM_TOKEN: npm access tokens (`npm_...`) and `_authToken=` values in `.npmrc` files. */
import { hasBase62Crc32Suffix } from '../src/recognizer/crc32.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { isPlaceholder } from '../src/recognizer/credential-keys.js';
import { containsAny } from '../src/recognizer/triggers.js';

const TOKEN = /(?<![A-Za-z0-9_])npm_(?<body>[A-Za-z0-9]{36})(?![A-Za-z0-9_])/;
// `//registry.npmjs.org/:_authToken=<value>`: legacy tokens are UUIDs, newer ones npm_...
const NPMRC = /:_authToken=(?<body>[A-Za-z0-9_.+/=-]{16,200})(?![A-Za-z0-9_.+/=-])/;

export const npmToken = definePatternRecognizer({
  id: 'npm-token',
  entity: 'NPM_TOKEN',
  category: 'secret',
  recommended: true,
  description: 'npm access tokens (npm_...) and .npmrc _authToken values',
  patterns: [
    { name: 'token', regex: TOKEN, score: 0.85 },
    { name: 'npmrc-auth-token', regex: NPMRC, score: 0.85, group: 'body' },
  ],
  context: ['npm', 'npmrc', 'token'],
  // Both forms hold `_` (`npm_`, `_authToken=`).
  requires: { minTokenRun: 11, anyOf: '_' },
  trigger: containsAny('npm_', '_authToken='),
  validate: (text, match) => {
    const body = match.groups['body'] ?? text;
    if (isPlaceholder(body)) return false;
    // Like GitHub's, npm tokens end in a base62 CRC-32; a failing checksum keeps the base score.
    return match.pattern === 'token' && hasBase62Crc32Suffix(body) ? true : undefined;
  },
});
