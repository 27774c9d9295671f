import { describe } from 'vitest';
import { email } from '../../recognizers/email.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `email`', () => {
  recognizerTable(email, [
    { text: 'jane.doe@acme.io', expected: [['EMAIL_ADDRESS', 'jane.doe@acme.io']] },
    { text: 'Write to <jane.doe+tag@mail.acme.co.uk>.', expected: [['EMAIL_ADDRESS', 'jane.doe+tag@mail.acme.co.uk']] },
    { text: 'mailto:o\'brien@gmail.com, thanks', expected: [['EMAIL_ADDRESS', 'o\'brien@gmail.com']] },
    { text: '😀😀 bob@corp.de and alice@corp.fr', expected: [['EMAIL_ADDRESS', 'bob@corp.de'], ['EMAIL_ADDRESS', 'alice@corp.fr']] },
    { text: '(x_y@sub-domain.example-corp.com)', expected: [['EMAIL_ADDRESS', 'x_y@sub-domain.example-corp.com']] },
    { text: 'end of sentence jane@acme.io.', expected: [['EMAIL_ADDRESS', 'jane@acme.io']] },
    { text: 'ÄÖÜjane@acme.io', name: 'letters of another script before the address', expected: [] },
    { name: 'unknown TLD', text: 'jane@acme.notatld', expected: [] },
    { name: 'one-letter TLD', text: 'user@host.x', expected: [] },
    { name: 'reserved documentation domain', text: 'jane@example.com', expected: [] },
    { name: 'no domain dot', text: 'user@localhost', expected: [] },
    { name: 'npm scope', text: '@types/node', expected: [] },
    { name: 'twitter handle', text: 'ping @jane_doe', expected: [] },
    { name: 'trailing label chars', text: 'jane@acme.com-x', expected: [] },
  ]);
});
