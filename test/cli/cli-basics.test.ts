import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate-config.js';
import { runBin, runCli } from '../helpers/run-cli.js';

describe('pii-scan (in-process)', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/recognizers/);
    expect(r.stdout).toMatch(/init/);
  });

  it.each([
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['recognizers', '--frob']],
    ['a bad threshold', ['recognizers', '--threshold', '2']],
  ])('%s: one clear error line on stderr, exit 2', async (_name, argv) => {
    const r = await runCli(argv);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^error: /);
    expect(r.stdout).toBe('');
  });

  it('recognizers: lists built-ins with on/off from the options', async () => {
    const r = await runCli(['recognizers', '--json', '--recognizers', 'recommended', '--exclude-entities', 'EMAIL_ADDRESS']);
    expect(r.exitCode).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; on: boolean }[];
    expect(rows.find((x) => x.id === 'email')).toMatchObject({ on: false });
  });

  it('init writes a valid starter config once, and refuses to overwrite without --force', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pii-scan-init-'));
    expect((await runCli(['init'], { cwd: dir })).exitCode).toBe(0);
    const written = JSON.parse(await readFile(join(dir, 'pii-scan.config.json'), 'utf8'));
    expect(validateConfig(written)).toMatchObject({ ok: true });
    const again = await runCli(['init'], { cwd: dir });
    expect(again).toMatchObject({ exitCode: 2 });
    expect(again.stderr).toMatch(/already exists.*PII_IO_ERROR/);
    expect((await runCli(['init', '--force'], { cwd: dir })).exitCode).toBe(0);
  });

  it('an invalid config file is exit 2 with every problem named', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pii-scan-badcfg-'));
    await writeFile(join(dir, 'pii-scan.config.json'), JSON.stringify({ scoreThreshold: 3, recognizers: ['nope'] }));
    const r = await runCli(['recognizers'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/scoreThreshold: must be <= 1/);
  });
});

describe('pii-scan (real bin, child process)', () => {
  it('--version prints the package version on stdout', async () => {
    const r = await runBin(['--version']);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('a usage error exits 2 with the message on stderr only', async () => {
    const r = await runBin(['recognizers', '--threshold', 'x']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/threshold/);
  });
});
