import { describe } from 'vitest';
import { slackToken } from '../../recognizers/slack-token.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `slack-token`', () => {
  recognizerTable(slackToken, [
    { text: 'xoxb-284756193047-5829174650381-Qm7TzLp4Wn9Xv2Kc8Rb5Hs1J', expected: [['SLACK_TOKEN', 'xoxb-284756193047-5829174650381-Qm7TzLp4Wn9Xv2Kc8Rb5Hs1J']] },
    { text: '-H "Authorization: Bearer xoxp-19283746501-2837465019283"', expected: [['SLACK_TOKEN', 'xoxp-19283746501-2837465019283']] },
    { text: 'app=xapp-1-A04ZK7Q2M1N-5029384756102-8f3a9c2b7e1d4f6a', expected: [['SLACK_TOKEN', 'xapp-1-A04ZK7Q2M1N-5029384756102-8f3a9c2b7e1d4f6a']] },
    { name: 'shortest reported (a 16-character run)', text: 'tok xoxb-a1b2c3d4e-f.', expected: [['SLACK_TOKEN', 'xoxb-a1b2c3d4e-f']] },
    { name: 'shortest refresh-style token', text: 'xoxe.xoxb-a1b2c3d4e-f', expected: [['SLACK_TOKEN', 'xoxe.xoxb-a1b2c3d4e-f']] },
    { name: 'one character short', text: 'xoxb-a1b2c3d4-f', expected: [] },
    { name: 'placeholder parts', text: 'xoxb-xxxx-xxxx-xxxxxxxx', expected: [] },
    { name: 'words', text: 'xoxb-your-token', expected: [] },
    { name: 'one part only', text: 'xoxb-28475619304758291', expected: [] },
    { name: 'inside an identifier', text: 'fooxoxb-284756193047-5829174650381-Qm7TzLp4Wn9Xv2Kc8Rb5Hs1J', expected: [] },
  ]);
});
