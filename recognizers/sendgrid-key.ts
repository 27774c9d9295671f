/** SENDGRID_KEY: SendGrid API keys (`SG.<22>.<43>`). */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

const KEY = /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/;

export const sendgridKey = definePatternRecognizer({
  id: 'sendgrid-key',
  entity: 'SENDGRID_KEY',
  category: 'secret',
  recommended: true,
  description: 'SendGrid API keys (SG.xxx.yyy)',
  patterns: [{ name: 'key', regex: KEY, score: 0.95 }],
  context: ['sendgrid'],
  requires: { minTokenRun: 43, anyOf: '.' },
  trigger: containsAny('SG.'),
  invalidate: (text) => /x{8,}|X{8,}/.test(text),
});
