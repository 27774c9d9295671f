import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryOf, formatBaseline, newBaseline, parseBaseline, readBaseline, sortEntries, writeBaseline } from '../../src/report/baseline.js';
import { toMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/report.js';
import { toSarif } from '../../src/report/sarif.js';

const finding = (over: Partial<Report['findings'][number]> = {}): Report['findings'][number] => ({
  file: 'data/a b.csv', line: 3, record: 2, field: 'note|x', entity: 'EMAIL_ADDRESS', start: 0, end: 5, score: 0.6, recognizer: 'email', preview: 'j***@***.org', fingerprint: '0123456789abcdef', ...over,
});
const report = (findings = [finding(), finding({ entity: 'CREDIT_CARD', score: 1, line: 4, preview: '4***' })]): Report => ({
  schemaVersion: 1, tool: { name: 'pii-scan', version: '1.2.3' }, mode: 'scan', startedAt: '', finishedAt: '', durationMs: 1500,
  inputs: [], options: {}, execution: { workers: 0, chunkSize: 1, taskTimeout: 1 },
  totals: { files: 1, records: 9, bytes: 2_000_000, findings: findings.length, recordsWithFindings: 2, skippedRecords: 0, passedThroughRecords: 0, errors: 1 },
  byEntity: Object.fromEntries(findings.map((f) => [f.entity, 1])), byField: { 'note|x': findings.length }, byFile: { 'data/a b.csv': { findings: findings.length, byEntity: {} } },
  findings, truncated: false, errors: [{ file: 'data/a b.csv', line: 7, code: 'PII_PARSE_ERROR', message: 'Malformed record: invalid JSON', action: 'skipped' }],
});

describe('toSarif', () => {
  it('one rule per entity, one result per finding with location, level from the score, fingerprint', () => {
    const run = toSarif(report(), { errorScore: 0.8 }).runs[0] as { tool: { driver: { rules: { id: string }[]; version: string } }; results: Record<string, unknown>[]; invocations: { toolExecutionNotifications: unknown[] }[] };
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['CREDIT_CARD', 'EMAIL_ADDRESS']);
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.results[0]).toMatchObject({ ruleId: 'EMAIL_ADDRESS', ruleIndex: 1, level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'data/a%20b.csv' }, region: { startLine: 3 } } }], partialFingerprints: { 'piiScanValue/v1': '0123456789abcdef' } });
    expect(run.results[1]).toMatchObject({ ruleId: 'CREDIT_CARD', level: 'error' });
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });
});

describe('toMarkdown', () => {
  it('totals, tables with escaped cells, findings and errors', () => {
    const md = toMarkdown(report());
    expect(md).toMatch(/^# pii-scan scan report\n\n2 finding\(s\) in 2 of 9 record\(s\), 1 file\(s\), 2\.0 MB in 1\.5 s; 1 error\(s\)\./);
    expect(md).toContain('| data/a b.csv | 3 | note\\|x | EMAIL\\_ADDRESS | 0.60 | j\\*\\*\\*@\\*\\*\\*.org |');
    expect(md).toMatch(/## Errors/);
  });
  it('a clean report has no tables', () => {
    expect(toMarkdown({ ...report([]), errors: [] })).not.toMatch(/\|/);
  });
});

describe('baseline file', () => {
  it('entries: path relative to the baseline dir, array indices as [*]', () => {
    expect(entryOf(finding({ file: '/repo/data/x.jsonl', field: 'messages[3].content' }), '/repo', '/elsewhere')).toEqual({ file: 'data/x.jsonl', field: 'messages[*].content', entity: 'EMAIL_ADDRESS', fingerprint: '0123456789abcdef' });
    const { fingerprint: _f, ...bare } = finding();
    expect(() => entryOf(bare, '/r', '/r')).toThrow(expect.objectContaining({ code: 'PII_MISSING_KEY' }));
  });

  it('sorted, deduplicated, one entry per line; round-trips', async () => {
    const b = { ...newBaseline(), entries: [
      { file: 'b.csv', field: 'x', entity: 'E', fingerprint: '1' },
      { file: 'a.csv', field: 'x', entity: 'E', fingerprint: '2' },
      { file: 'b.csv', field: 'x', entity: 'E', fingerprint: '1' },
    ] };
    const text = formatBaseline(b);
    expect(text.split('\n').filter((l) => l.includes('"fingerprint"'))).toEqual([
      '    {"file":"a.csv","field":"x","entity":"E","fingerprint":"2"},',
      '    {"file":"b.csv","field":"x","entity":"E","fingerprint":"1"}',
    ]);
    expect(parseBaseline(text, 'f')).toEqual({ version: 1, salt: b.salt, entries: sortEntries(b.entries) });
    const dir = await mkdtemp(join(tmpdir(), 'pii-scan-bl-'));
    await writeBaseline(join(dir, 'b.json'), b);
    expect(await readFile(join(dir, 'b.json'), 'utf8')).toBe(text);
    expect(await readBaseline(join(dir, 'missing.json'))).toBeUndefined();
    expect(newBaseline().salt).not.toBe(b.salt);
  });

  it.each([
    ['not JSON', '{'],
    ['a wrong version', '{"version":2,"salt":"hex:00112233445566778899aabbccddeeff","findings":[]}'],
    ['a short salt', '{"version":1,"salt":"hex:00","findings":[]}'],
    ['a bad entry', '{"version":1,"salt":"hex:00112233445566778899aabbccddeeff","findings":[{"file":1}]}'],
  ])('rejects %s with PII_INVALID_CONFIG', (_n, text) => {
    expect(() => parseBaseline(text, 'x.json')).toThrow(expect.objectContaining({ code: 'PII_INVALID_CONFIG', file: 'x.json' }));
  });
});
