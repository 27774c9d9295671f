import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { anonymizeFile, scanFile } from '../../src/pipeline/api.js';
import { fingerprint, maskPreview } from '../../src/report/preview.js';
import { account, tempDir, ticket } from '../pipeline/helpers.js';

const dir = await tempDir();
const schema = JSON.parse(await readFile(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/ } });
const validate = ajv.compile(schema);

// Planted values: each must never appear in a report.
const PLANTED = ['zelda.quux@fjordmail.no', 'TCK-918273', '4000987698769876', 'orla.brannigan@corp-mail.ie'];
const KEY = 'hex:0f0e0d0c0b0a09080706050403020100';

describe('the findings report', () => {
  it('validates against schemas/report.schema.json and holds no matched value, previews and fingerprints only', async () => {
    const input = join(dir, 'planted.csv');
    await writeFile(input, `id,contact,note\n1,${PLANTED[0]},"ticket ${PLANTED[1]}"\n2,${PLANTED[2]},"x"\n3,"bad"row,1\n4,${PLANTED[3]},y\n`);
    const reportPath = join(dir, 'report.json');
    const report = await anonymizeFile(input, join(dir, 'planted.out.csv'), {
      workers: 0, recognizers: ['email', ticket, account], key: KEY, onError: 'skip', report: reportPath,
      operators: { DEFAULT: { type: 'hash' } },
    });
    const text = await readFile(reportPath, 'utf8');
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    for (const value of PLANTED) expect(text).not.toContain(value);
    expect(text).not.toContain('0f0e0d0c0b0a0908');
    expect(JSON.parse(text)).toMatchObject({ totals: { findings: 4, skippedRecords: 1 }, options: { keyed: true } });
    expect(report.findings.map((f) => f.preview)).toEqual(['z***@***.no', 'T***', '4***', 'o***@***.ie']);
    expect(report.findings.every((f) => /^[0-9a-f]{16}$/.test(f.fingerprint ?? ''))).toBe(true);
    expect(report.errors).toEqual([{ file: input, line: 4, record: 3, code: 'PII_PARSE_ERROR', message: 'Malformed record: unexpected character after a closing quote', action: 'skipped' }]);
  });

  it('caps the listed findings at maxFindings and says so; counts stay complete', async () => {
    const input = join(dir, 'many.jsonl');
    await writeFile(input, Array.from({ length: 30 }, (_, i) => JSON.stringify({ e: `person${i}@fjordmail.no` })).join('\n'));
    const report = await scanFile(input, { workers: 0, recognizers: ['email'], maxFindings: 5 });
    expect(report.findings.map((f) => f.record)).toEqual([1, 2, 3, 4, 5]);
    expect(report).toMatchObject({ truncated: true, totals: { findings: 30 }, byEntity: { EMAIL_ADDRESS: 30 } });
    expect(validate(report)).toBe(true);
    expect(report.findings.every((f) => f.fingerprint === undefined)).toBe(true);
  });

  it('writes a report that records the failure when the run fails', async () => {
    const input = join(dir, 'fail.jsonl');
    await writeFile(input, `{"e":"${PLANTED[0]}"}\n{broken\n`);
    const reportPath = join(dir, 'fail-report.json');
    await expect(scanFile(input, { workers: 0, recognizers: ['email'], report: reportPath })).rejects.toMatchObject({ code: 'PII_PARSE_ERROR' });
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as { errors: unknown[] };
    expect(validate(report)).toBe(true);
    expect(report.errors).toEqual([{ file: input, line: 2, record: 2, code: 'PII_PARSE_ERROR', message: 'Malformed record: invalid JSON', action: 'failed' }]);
    expect(JSON.stringify(report)).not.toContain(PLANTED[0]);
  });
});

describe('previews and fingerprints', () => {
  it('mask values', () => {
    expect(maskPreview('jane.doe@acme.com', 'EMAIL_ADDRESS')).toBe('j***@***.com');
    expect(maskPreview('😀x@acme.io', 'EMAIL_ADDRESS')).toBe('😀***@***.io');
    expect(maskPreview('12345', 'US_SSN')).toBe('***');
    expect(maskPreview('4000123412341234', 'CREDIT_CARD')).toBe('4***');
  });
  it('fingerprint with the key, per entity', () => {
    const key = new Uint8Array(16).fill(7);
    const a = fingerprint('x@acme.io', 'EMAIL_ADDRESS', key);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('x@acme.io', 'EMAIL_ADDRESS', key)).toBe(a);
    expect(fingerprint('x@acme.io', 'EMAIL_ADDRESS', new Uint8Array(16).fill(8))).not.toBe(a);
    expect(fingerprint('x@acme.io', 'URL', key)).not.toBe(a);
  });
});
