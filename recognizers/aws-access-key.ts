/** AWS_ACCESS_KEY: AWS access key ids (`AKIA...` long-term, `ASIA...` temporary, and the other IAM id prefixes). */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

// 4-character IAM prefix + 16 upper-case alphanumerics. Real ids are base32 (A-Z, 2-7); edited or
// obfuscated ids keep the shape, so any digit is accepted at a slightly lower score.
const ACCESS_KEY_ID = /(?<![A-Za-z0-9+/])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9+/])/;

export const awsAccessKey = definePatternRecognizer({
  id: 'aws-access-key',
  entity: 'AWS_ACCESS_KEY',
  category: 'secret',
  recommended: true,
  description: 'AWS access key ids (AKIA / ASIA ...)',
  patterns: [{ name: 'access-key-id', regex: ACCESS_KEY_ID, score: 0.85 }],
  context: ['aws', 'access key', 'access key id', 'iam'],
  requires: { minTokenRun: 20, minUpper: 2 },
  trigger: containsAny('A3T', 'AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA'),
  validate: (text) => (/^[A-Z0-9]{4}[A-Z2-7]{16}$/.test(text) ? 0.95 : undefined),
  // AWS documentation ids end in EXAMPLE (AKIAIOSFODNN7EXAMPLE).
  invalidate: (text) => text.endsWith('EXAMPLE'),
  ignore: ['AKIAIOSFODNN7EXAMPLE', 'ASIAIOSFODNN7EXAMPLE'],
});
