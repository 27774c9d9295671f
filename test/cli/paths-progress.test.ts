import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { expandInputs, globToRegExp, withoutAllowedPaths } from '../../src/cli/paths.js';
import { formatProgress } from '../../src/cli/progress.js';
import { fails, parseFailOn } from '../../src/cli/scan-runner.js';
import { formatBytes, formatDuration } from '../../src/cli/summary.js';

describe('globs and allowPaths', () => {
  it.each([
    ['data/*.csv', 'data/a.csv', true],
    ['data/*.csv', 'data/x/a.csv', false],
    ['data/**/*.csv', 'data/a.csv', true],
    ['data/**/*.csv', 'data/x/y/a.csv', true],
    ['**/*.jsonl.gz', 'a/b.jsonl.gz', true],
    ['file?.[ct]sv', 'file1.tsv', true],
    ['file?.[!c]sv', 'file1.csv', false],
    ['a+b(1).csv', 'a+b(1).csv', true],
  ])('%s ~ %s -> %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  it('is linear on adversarial paths', () => {
    const t = Date.now();
    globToRegExp('**/*a*a*a*.csv').test('a/'.repeat(20000) + 'b');
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it('allowPaths: relative to the config dir, name patterns anywhere, directories with everything below', () => {
    const files = ['data/a.csv', 'data/fixtures/b.csv', 'other/c.jsonl', 'x.csv'];
    expect(withoutAllowedPaths(files, ['data/a.csv'], '/r', '/r')).toEqual(['data/fixtures/b.csv', 'other/c.jsonl', 'x.csv']);
    expect(withoutAllowedPaths(files, ['fixtures'], '/r', '/r')).toEqual(['data/a.csv', 'other/c.jsonl', 'x.csv']);
    expect(withoutAllowedPaths(files, ['*.jsonl', 'data/'], '/r', '/r')).toEqual(['x.csv']);
    expect(withoutAllowedPaths(['a.csv'], ['a.csv'], '/r/sub', '/r')).toEqual(['a.csv']);
  });

  it('expandInputs: directories recurse into data files only, sorted; missing paths throw', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pii-scan-paths-'));
    await mkdir(join(dir, 'd', 'e'), { recursive: true });
    for (const f of ['d/b.csv', 'd/a.tsv', 'd/e/c.ndjson.gz', 'd/readme.md']) await writeFile(join(dir, f), '');
    expect(await expandInputs(['d'], dir)).toEqual(['d/a.tsv', 'd/b.csv', 'd/e/c.ndjson.gz']);
    expect(await expandInputs(['d/*.csv', 'd/b.csv'], dir)).toEqual(['d/b.csv']);
    await expect(expandInputs(['nope'], dir)).rejects.toMatchObject({ code: 'PII_IO_ERROR' });
  });
});

describe('fail level', () => {
  it.each([
    ['0.8', { score: 0.8 }],
    ['US_SSN,CREDIT_CARD', { entities: ['US_SSN', 'CREDIT_CARD'] }],
    ['0.5,US_SSN', { score: 0.5, entities: ['US_SSN'] }],
    ['none', { never: true }],
  ])('parses %s', (text, expected) => expect(parseFailOn(text)).toEqual(expected));
  it.each(['', '2', 'ssn', ',', 'x,0.4'])('rejects %j', (text) => expect(() => parseFailOn(text)).toThrow());
  it('applies score and entities together', () => {
    expect(fails({ score: 0.7, entity: 'US_SSN' }, { score: 0.8 })).toBe(false);
    expect(fails({ score: 0.9, entity: 'US_SSN' }, { score: 0.8, entities: ['CREDIT_CARD'] })).toBe(false);
    expect(fails({ score: 0.9, entity: 'US_SSN' }, {})).toBe(true);
    expect(fails({ score: 1, entity: 'US_SSN' }, { never: true })).toBe(false);
  });
});

describe('progress and summary', () => {
  it('formats bytes, durations and a progress line', () => {
    expect([formatBytes(512), formatBytes(1_500_000), formatBytes(25e9)]).toEqual(['512 B', '1.5 MB', '25 GB']);
    expect([formatDuration(850), formatDuration(12_400), formatDuration(185_000)]).toEqual(['850 ms', '12.4 s', '3m 05s']);
    expect(formatProgress({ bytes: 50e6, total: 200e6, findings: 7, elapsedMs: 10_000 })).toBe('[######------------------]  25%  50 MB / 200 MB  5.0 MB/s  ETA 30.0 s  7 finding(s)');
    expect(formatProgress({ bytes: 2e6, total: undefined, findings: 0, elapsedMs: 1000 })).toBe('2.0 MB  2.0 MB/s  0 finding(s)');
  });

  const EMAIL = 'ines.costa@mailbox.org';
  const cli = async (argv: string[], tty: boolean, env: Record<string, string> = {}) => {
    const dir = await mkdtemp(join(tmpdir(), 'pii-scan-tty-'));
    await writeFile(join(dir, 'a.csv'), `id,email\n${Array.from({ length: 3 }, (_, i) => `${i},${EMAIL}`).join('\n')}\n`);
    let stdout = '';
    let stderr = '';
    const code = await run(argv, {
      stdout: { write: (s: string) => (stdout += s), isTTY: tty },
      stderr: { write: (s: string) => (stderr += s), isTTY: tty },
      stdin: Readable.from([]), env, cwd: dir,
    });
    return { code, stdout, stderr };
  };

  it('on a TTY: colour on stdout, a progress line on stderr, never a value', async () => {
    const r = await cli(['scan', 'a.csv', '--workers', '0'], true);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\u001b\[31mEMAIL_ADDRESS/);
    expect(r.stderr).toMatch(/finding\(s\)/);
    expect(r.stdout + r.stderr).not.toContain(EMAIL);
  });
  it('NO_COLOR, --quiet and --no-progress turn them off', async () => {
    const r = await cli(['scan', 'a.csv', '--workers', '0', '--no-progress'], true, { NO_COLOR: '1' });
    expect(r.stdout).not.toMatch(/\u001b/);
    expect(r.stderr).toBe('');
    const q = await cli(['scan', 'a.csv', '--workers', '0', '-q'], true);
    expect(q).toMatchObject({ code: 1, stdout: '', stderr: '' });
  });
});
