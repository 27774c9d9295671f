/** SLACK_TOKEN: Slack bot, user, app, configuration and legacy tokens (`xoxb-`, `xoxp-`, `xapp-` ...). */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

// Prefix, then 2-8 dash-separated alphanumeric parts. Parts cannot contain `-`, so there is only one
// way to split a candidate and the scan stays linear.
const TOKEN = /(?<![A-Za-z0-9_-])(?:xox[abposre]|xapp|xoxe\.xox[bp])-[A-Za-z0-9]{1,80}(?:-[A-Za-z0-9]{1,80}){1,7}(?![A-Za-z0-9_-])/;

export const slackToken = definePatternRecognizer({
  id: 'slack-token',
  entity: 'SLACK_TOKEN',
  category: 'secret',
  recommended: true,
  description: 'Slack API tokens (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xapp- ...)',
  patterns: [{ name: 'token', regex: TOKEN, score: 0.9 }],
  context: ['slack', 'token'],
  // A reported token has 10+ characters in 2+ parts after the prefix: `xoxb-` and them make a run of 16+ token characters.
  requires: { minTokenRun: 16 },
  trigger: containsAny('xox', 'xapp-'),
  validate: (text) => {
    const parts = text.split('-').slice(1);
    // Documentation tokens: xoxb-xxxx-xxxx, xoxp-0000-0000, xoxb-your-token.
    if (parts.every((p) => /^(?:x+|X+|0+|1+|\d{1,3}|[a-z]+)$/.test(p))) return false;
    return parts.join('').length >= 10 ? undefined : false;
  },
});
