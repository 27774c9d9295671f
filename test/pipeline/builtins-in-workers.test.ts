/**
 * The recommended pattern recognizers inside real worker threads. Workers load modules through a
 * different path than the test runner (tsx here, plain Node in the package), so a dependency
 * imported in a way only one module format supports fails only there.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anonymizeFile } from '../../src/pipeline/api.js';
import { tempDir } from './helpers.js';

const PLANTED = {
  phone: '+44 20 7946 0958',
  phoneNational: '(212) 555-0199',
  iban: 'DE89 3704 0044 0532 0130 00',
  email: 'maria.lopez@mailbox.org',
  card: '4539 5787 6362 1486',
};

describe('built-in recognizers in worker threads', () => {
  it('anonymizes phones (incl. long digit runs that are split), IBANs, emails and cards with 1 worker', async () => {
    const dir = await tempDir();
    const input = join(dir, 'contacts.csv');
    const rows = Array.from({ length: 50 }, (_, i) => `${i},"call ${PLANTED.phone} or ${PLANTED.phoneNational}","${PLANTED.iban}",${PLANTED.email},"${PLANTED.card}"`);
    await writeFile(input, ['id,notes,iban,email,card', ...rows].join('\n') + '\n');
    const output = join(dir, 'contacts.anon.csv');
    const report = await anonymizeFile(input, output, { workers: 1, recognizers: ['recommended', { id: 'nlp-entities', disabled: true }] });
    const text = await readFile(output, 'utf8');
    expect(report.totals.records).toBe(50);
    for (const value of Object.values(PLANTED)) expect(text).not.toContain(value);
    expect(report.byEntity['PHONE_NUMBER']).toBe(100);
  });
});
