import { describe } from 'vitest';
import { slackWebhook } from '../../recognizers/slack-webhook.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

const URL = 'https://hooks.slack.com/services/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';

describe('recognizer `slack-webhook`', () => {
  recognizerTable(slackWebhook, [
    { text: URL, expected: [['SLACK_WEBHOOK', URL]] },
    { text: `webhook_url: "${URL}",`, expected: [['SLACK_WEBHOOK', URL]] },
    { name: 'documentation URL', text: 'https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX', expected: [] },
    { name: 'another host', text: 'https://hooks.example.com/services/T04KQ7Z2M/B05RT8W1X/q7Lm2Zp9Tk4Wn8Xc3Vb6Rh1J', expected: [] },
  ]);
});
