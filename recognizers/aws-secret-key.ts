/** AWS_SECRET_KEY: 40-character AWS secret access keys, only under an AWS key name or with AWS context. */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { charClasses, isHex, looksRandom } from '../src/recognizer/entropy.js';

// `aws_secret_access_key = "..."`, `secretAccessKey: ...`, `"SecretAccessKey": "..."`: the key name,
// an optional closing quote, a separator, an optional opening quote, then the 40 characters.
const NAMED = /(?<![A-Za-z0-9])(?:aws_?)?secret_?(?:access_?)?key["'`]?\s{0,5}(?::=|=>|[:=])\s{0,5}["'`]?(?<key>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i;
// A bare 40-character base64 string: weak on its own, reported only with AWS context nearby.
const BARE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/;

export const awsSecretKey = definePatternRecognizer({
  id: 'aws-secret-key',
  entity: 'AWS_SECRET_KEY',
  category: 'secret',
  recommended: true,
  description: 'AWS secret access keys next to an AWS key name or AWS context',
  patterns: [
    { name: 'named', regex: NAMED, score: 0.9, group: 'key' },
    { name: 'bare-with-context', regex: BARE, score: 0.2 },
  ],
  context: ['aws', 'aws secret', 'secret access key', 'aws secret access key', 'secret key'],
  requires: { minTokenRun: 40 },
  validate: (text) => {
    // A secret key mixes cases and digits; 40 hex characters are a git SHA or a SHA-1.
    if (isHex(text) || text.includes('EXAMPLE')) return false;
    const classes = charClasses(text);
    if (!(classes.upper && classes.lower && (classes.digit || classes.symbol))) return false;
    return looksRandom(text, 40) ? undefined : false;
  },
});
