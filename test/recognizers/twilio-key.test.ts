import { describe } from 'vitest';
import { twilioKey } from '../../recognizers/twilio-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `twilio-key`', () => {
  recognizerTable(twilioKey, [
    { text: 'TWILIO_API_KEY=SK3f9a2c7e1b8d4f6a0c5e9b2d7a1f3c8e', expected: [['TWILIO_KEY', 'SK3f9a2c7e1b8d4f6a0c5e9b2d7a1f3c8e']] },
    { name: 'account SID with context', text: '"account_sid": "AC7e1b8d4f6a0c5e9b2d7a1f3c8e3f9a2c"', expected: [['TWILIO_KEY', 'AC7e1b8d4f6a0c5e9b2d7a1f3c8e3f9a2c']] },
    { name: 'account SID without context', text: 'id AC7e1b8d4f6a0c5e9b2d7a1f3c8e3f9a2c', expected: [] },
    { name: 'documentation SID', text: 'twilio sid ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', expected: [] },
    { name: 'not hex', text: 'SK3f9a2c7e1b8d4f6a0c5e9b2d7a1f3c8z', expected: [] },
  ]);
});
