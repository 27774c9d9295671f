/** TWILIO_KEY: Twilio API key SIDs (`SK` + 32 hex) and, with Twilio context, account SIDs (`AC` + 32 hex). */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

const API_KEY_SID = /(?<![A-Za-z0-9_])SK[0-9a-fA-F]{32}(?![A-Za-z0-9_])/;
const ACCOUNT_SID = /(?<![A-Za-z0-9_])AC[0-9a-fA-F]{32}(?![A-Za-z0-9_])/;

export const twilioKey = definePatternRecognizer({
  id: 'twilio-key',
  entity: 'TWILIO_KEY',
  category: 'secret',
  recommended: true,
  description: 'Twilio API key SIDs (SK...) and account SIDs (AC..., with context)',
  patterns: [
    { name: 'api-key-sid', regex: API_KEY_SID, score: 0.8 },
    // An account SID is half of a credential pair: reported only next to Twilio words.
    { name: 'account-sid', regex: ACCOUNT_SID, score: 0.3 },
  ],
  context: ['twilio', 'account sid', 'sid', 'auth token'],
  requires: { minTokenRun: 34, minUpper: 1 },
  trigger: containsAny('SK', 'AC'),
  // Documentation SIDs: ACxxxxxxxx..., SK0000..., ACaaaa....
  invalidate: (text) => /^..(.)\1+$/.test(text) || /^..(?:0123456789abcdef){2}$/i.test(text),
});
