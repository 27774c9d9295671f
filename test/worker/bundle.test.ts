// The bundled entries (bin/bundle.js) as the built package runs them: the worker and the CLI.
import { spawnSync } from 'node:child_process';
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledEntry } from '../../src/bundled-entry.js';
import { PiiScanError } from '../../src/errors.js';
import { scanFile } from '../../src/pipeline/api.js';
import { tempDir } from '../pipeline/helpers.js';

const dir = await tempDir();
const dist = new URL('../../dist/', import.meta.url);
const codedError = fileURLToPath(new URL('../fixtures/recognizers/coded-error.js', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/pii-scan.js', import.meta.url));
type DistApi = typeof import('../../src/index.js');

describe('bundledEntry', () => {
  const module = join(dir, 'entry.js');
  const bundle = join(dir, 'entry.bundle.js');
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));
  const cases: { name: string; moduleAt?: number; bundleAt?: number; picks: 'module' | 'bundle' }[] = [
    { name: 'no bundle: the module', moduleAt: 10, picks: 'module' },
    { name: 'a bundle newer than the module: the bundle', moduleAt: 10, bundleAt: 20, picks: 'bundle' },
    { name: 'a bundle as new as the module (one build): the bundle', moduleAt: 10, bundleAt: 10, picks: 'bundle' },
    { name: 'a bundle older than the module (rebuilt with tsc alone): the module', moduleAt: 20, bundleAt: 10, picks: 'module' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { rm } = await import('node:fs/promises');
      await rm(bundle, { force: true });
      await writeFile(module, '');
      await utimes(module, at(c.moduleAt!), at(c.moduleAt!));
      if (c.bundleAt !== undefined) {
        await writeFile(bundle, '');
        await utimes(bundle, at(c.bundleAt), at(c.bundleAt));
      }
      const picked = bundledEntry(pathToFileURL(module), pathToFileURL(bundle));
      expect(fileURLToPath(picked)).toBe(c.picks === 'module' ? module : bundle);
    });
  }
});

describe('PiiScanError across copies of the module', () => {
  it('instanceof holds for an error of another copy (the built one), not for a look-alike', async () => {
    const { PiiScanError: Built } = (await import(new URL('src/errors.js', dist).href)) as typeof import('../../src/errors.js');
    expect(Built).not.toBe(PiiScanError);
    expect(new Built('PII_INVALID_OPTION', 'x')).toBeInstanceOf(PiiScanError);
    expect(new PiiScanError('PII_INVALID_OPTION', 'x')).toBeInstanceOf(Built);
    const lookAlike = Object.assign(new Error('x'), { name: 'PiiScanError', code: 'PII_INVALID_OPTION' });
    expect(lookAlike instanceof PiiScanError).toBe(false);
    expect(new Error('x') instanceof PiiScanError).toBe(false);
    expect((null as unknown) instanceof PiiScanError).toBe(false);
  });
});

describe('the built package runs its bundles', () => {
  it('starts workers from the worker bundle, with the same findings as the modules inline', async () => {
    const { WORKER_URL } = (await import(new URL('src/worker/pool.js', dist).href)) as typeof import('../../src/worker/pool.js');
    expect(WORKER_URL.pathname.endsWith('/dist/src/worker/worker.bundle.js')).toBe(true);
    const input = join(dir, 'people.jsonl');
    const rows = Array.from({ length: 40 }, (_, i) => JSON.stringify({ user: { email: `ana.lopez${i}@fjordmail.com`, phone: '+1 212 555 0199' }, note: `Call Maria Gonzalez about order ${i}` }));
    await writeFile(input, `${rows.join('\n')}\n`);
    const built = (await import(new URL('src/index.js', dist).href)) as DistApi;
    const workers = await built.scanFile(input, { workers: 1 });
    const inline = await scanFile(input, { workers: 0 });
    expect(workers.execution.workers).toBe(1);
    expect(Object.keys(workers.byEntity).sort()).toEqual(['EMAIL_ADDRESS', 'PERSON', 'PHONE_NUMBER']);
    expect(JSON.stringify(workers.findings)).toBe(JSON.stringify(inline.findings));
  });

  it("keeps the code of a plugin's PiiScanError thrown in a bundled worker", async () => {
    const input = join(dir, 'plugin.jsonl');
    await writeFile(input, '{"a":"EMP-123456"}\n');
    const built = (await import(new URL('src/index.js', dist).href)) as DistApi;
    await expect(built.scanFile(input, { workers: 1, recognizers: [{ module: codedError }] })).rejects.toMatchObject({
      code: 'PII_INVALID_OPTION',
      option: 'region',
      message: 'test-coded-error: option `region` is required',
    });
  });

  it('the command runs from its bundle: the same report as the library', async () => {
    const input = join(dir, 'cli.csv');
    await writeFile(input, 'name,email\nAna Lopez,ana.lopez@fjordmail.com\n');
    const report = join(dir, 'cli-report.json');
    const res = spawnSync(process.execPath, [bin, 'scan', input, '--workers', '1', '--report', report], { encoding: 'utf8' });
    expect(res.status).toBe(1); // findings
    const { readFile } = await import('node:fs/promises');
    const fromCli = JSON.parse(await readFile(report, 'utf8')) as { findings: unknown[] };
    expect(JSON.stringify(fromCli.findings)).toBe(JSON.stringify((await scanFile(input, { workers: 0 })).findings));
  });
});
