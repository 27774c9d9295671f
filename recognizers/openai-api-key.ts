/** OPENAI_API_KEY: OpenAI user, project, service-account and admin keys. */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

// Keys carry `T3BlbkFJ` (base64 of "OpenAI") between two random halves.
const MARKED = /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}(?![A-Za-z0-9_-])/;
// Project and service-account keys have a distinctive prefix even without the marker.
const PREFIXED = /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/;

export const openaiApiKey = definePatternRecognizer({
  id: 'openai-api-key',
  entity: 'OPENAI_API_KEY',
  category: 'secret',
  recommended: true,
  description: 'OpenAI API keys (sk-..., sk-proj-..., sk-svcacct-...)',
  patterns: [
    { name: 'marked', regex: MARKED, score: 0.95 },
    { name: 'prefixed', regex: PREFIXED, score: 0.85 },
  ],
  context: ['openai', 'api key'],
  requires: { minTokenRun: 40 },
  trigger: containsAny('sk-'),
  invalidate: (text) => /x{8,}|X{8,}/.test(text),
});
