/** SLACK_WEBHOOK: Slack incoming-webhook and workflow URLs; the whole URL is the credential. */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

const WEBHOOK = /(?<![A-Za-z0-9_-])https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<team>T[A-Za-z0-9_]{6,40})\/(?<path>[A-Za-z0-9_]{6,40}\/[A-Za-z0-9_]{8,80})(?![A-Za-z0-9_])/;

export const slackWebhook = definePatternRecognizer({
  id: 'slack-webhook',
  entity: 'SLACK_WEBHOOK',
  category: 'secret',
  recommended: true,
  description: 'Slack incoming-webhook URLs (hooks.slack.com/services/T.../B.../...)',
  patterns: [{ name: 'webhook', regex: WEBHOOK, score: 0.95 }],
  context: ['slack', 'webhook'],
  requires: { minLength: 40, anyOf: '/' },
  trigger: containsAny('hooks.slack.com'),
  // Documentation URLs: /services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX.
  invalidate: (_text, match) => /^TX+$/i.test(match.groups['team'] ?? '') || /X{6,}/.test(match.groups['path'] ?? ''),
});
