/** STRIPE_KEY: Stripe secret and restricted API keys and webhook signing secrets (not publishable keys). */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { isPlaceholder } from '../src/recognizer/credential-keys.js';
import { containsAny } from '../src/recognizer/triggers.js';

const API_KEY = /(?<![A-Za-z0-9_])(?:sk|rk)_(?<mode>live|test)_(?<body>[A-Za-z0-9]{10,247})(?![A-Za-z0-9_])/;
const WEBHOOK_SECRET = /(?<![A-Za-z0-9_])whsec_(?<body>[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9_+/=])/;

export const stripeKey = definePatternRecognizer({
  id: 'stripe-key',
  entity: 'STRIPE_KEY',
  category: 'secret',
  recommended: true,
  description: 'Stripe secret (sk_) and restricted (rk_) keys and webhook secrets (whsec_)',
  patterns: [
    { name: 'api-key', regex: API_KEY, score: 0.9 },
    { name: 'webhook-secret', regex: WEBHOOK_SECRET, score: 0.9 },
  ],
  context: ['stripe'],
  requires: { minTokenRun: 18 },
  trigger: containsAny('sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'whsec_'),
  validate: (_text, match) => {
    if (isPlaceholder(match.groups['body'] ?? '')) return false;
    // Test-mode keys cannot move money but still grant API access: reported, with a lower score.
    return match.groups['mode'] === 'test' ? 0.75 : undefined;
  },
});
