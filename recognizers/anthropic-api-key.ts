/** ANTHROPIC_API_KEY: Anthropic API and admin keys (`sk-ant-api03-...`, `sk-ant-admin01-...`). */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

const KEY = /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin|oat|ort|sid)\d{2}-[A-Za-z0-9_-]{32,200}(?![A-Za-z0-9_-])/;

export const anthropicApiKey = definePatternRecognizer({
  id: 'anthropic-api-key',
  entity: 'ANTHROPIC_API_KEY',
  category: 'secret',
  recommended: true,
  description: 'Anthropic API keys (sk-ant-api03-..., sk-ant-admin01-...)',
  patterns: [{ name: 'key', regex: KEY, score: 0.9 }],
  context: ['anthropic', 'claude', 'api key'],
  requires: { minTokenRun: 40 },
  trigger: containsAny('sk-ant-'),
  // Full-length API keys (93 random characters) end in `AA`.
  validate: (text) => (/^sk-ant-api\d\d-[A-Za-z0-9_-]{93}AA$/.test(text) ? 0.95 : undefined),
  invalidate: (text) => /x{8,}|X{8,}/.test(text),
});
