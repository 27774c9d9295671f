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

  // The search starts from each `@` and walks back to the start of its run of address characters.
  describe('anchored at the @', () => {
    const E = 'EMAIL_ADDRESS';
    recognizerTable(email, [
      { name: 'two @ in a row of characters', text: 'a@b@acme.com', expected: [[E, 'b@acme.com']] },
      { name: 'an address right after another', text: 'jane@acme.io@corp.de', expected: [[E, 'jane@acme.io']] },
      { name: 'two addresses joined by a comma', text: 'x@acme.com,y@corp.de', expected: [[E, 'x@acme.com'], [E, 'y@corp.de']] },
      { name: 'dots at the start of the run', text: '..jane@acme.io', expected: [] },
      { name: 'a dash at the start of the run', text: '-jane@acme.io', expected: [[E, '-jane@acme.io']] },
      { name: 'dots inside the local part', text: 'x...y@acme.io', expected: [[E, 'x...y@acme.io']] },
      { name: 'a dot before the @', text: 'jane.@acme.io', expected: [] },
      { name: 'a non-ASCII letter before the run', text: 'é.jane@acme.io', expected: [] },
      { name: 'the longest local part', text: `${'a'.repeat(64)}@acme.io`, expected: [[E, `${'a'.repeat(64)}@acme.io`]] },
      { name: 'a local part one too long', text: `${'a'.repeat(65)}@acme.io`, expected: [] },
      { name: 'no local part', text: 'see @acme.io', expected: [] },
      { name: 'after a scheme-like prefix', text: 'mail:jane@acme.io', expected: [[E, 'jane@acme.io']] },
      { name: 'TLD in upper case', text: 'jane@ACME.IO', expected: [[E, 'jane@ACME.IO']] },
      { name: 'a subdomain of a reserved domain', text: 'jane@sub.EXAMPLE.com', expected: [] },
      { name: 'a name ending in example', text: 'jane@notexample.com', expected: [[E, 'jane@notexample.com']] },
      { name: 'example under another TLD', text: 'jane@example.co', expected: [[E, 'jane@example.co']] },
    ]);
  });
});
