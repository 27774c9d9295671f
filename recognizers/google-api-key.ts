/** GOOGLE_API_KEY: Google Cloud / Firebase API keys (`AIza...`) and OAuth client secrets (`GOCSPX-...`). */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { isPlaceholder } from '../src/recognizer/credential-keys.js';
import { containsAny } from '../src/recognizer/triggers.js';

const API_KEY = /(?<![A-Za-z0-9_-])AIza(?<body>[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/;
const OAUTH_CLIENT_SECRET = /(?<![A-Za-z0-9_-])GOCSPX-(?<body>[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/;

export const googleApiKey = definePatternRecognizer({
  id: 'google-api-key',
  entity: 'GOOGLE_API_KEY',
  category: 'secret',
  recommended: true,
  description: 'Google API keys (AIza...) and OAuth client secrets (GOCSPX-...)',
  patterns: [
    { name: 'api-key', regex: API_KEY, score: 0.9 },
    { name: 'oauth-client-secret', regex: OAUTH_CLIENT_SECRET, score: 0.9 },
  ],
  context: ['google', 'gcp', 'firebase', 'api key'],
  requires: { minTokenRun: 35 },
  trigger: containsAny('AIza', 'GOCSPX-'),
  invalidate: (_text, match) => isPlaceholder(match.groups['body'] ?? ''),
});
