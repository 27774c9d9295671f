import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anonymizeDirectory, anonymizeFile } from '../../src/pipeline/api.js';
import { BIN } from '../helpers/run-cli.js';
import { tempDir } from './helpers.js';

const TEMP = /^\.out\.csv\.[0-9a-f]{12}\.tmp$/;

/** Polls until `test` holds (at most 30 s). */
async function until(what: string, test: () => Promise<boolean>): Promise<void> {
  for (const t0 = Date.now(); !(await test()); await new Promise((r) => setTimeout(r, 5))) {
    if (Date.now() - t0 > 30_000) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('temp files of killed runs', () => {
  it('a run killed mid-write leaves only a hidden temp file, which the next commit of that output deletes', async () => {
    const dir = await tempDir();
    const input = join(dir, 'in.csv');
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i},user${i}@example.org,some words to carry the row along`);
    await writeFile(input, `id,email,note\n${rows.join('\n')}\n`);
    const output = join(dir, 'out.csv');

    // A real run, killed with SIGKILL (no handler runs) while its output is being written.
    const child = spawn(process.execPath, [BIN, 'anonymize', input, '-o', output, '--recognizers', 'email', '--workers', '0', '-q'], { stdio: 'ignore' });
    const temps = async () => (await readdir(dir)).filter((f) => TEMP.test(f));
    await until('the run to write its temp file', async () => (await temps()).length > 0 && (await stat(join(dir, (await temps())[0]!))).size > 0);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const [abandoned] = await temps();
    expect(abandoned).toBeDefined();
    await expect(stat(output)).rejects.toMatchObject({ code: 'ENOENT' });

    // It was killed a minute ago; a concurrent writer's temp (just written) and another output's temp are not its.
    const past = new Date(Date.now() - 60_000);
    await utimes(join(dir, abandoned!), past, past);
    const live = '.out.csv.0123456789ab.tmp';
    const other = '.other.csv.0123456789ab.tmp';
    await writeFile(join(dir, live), 'in progress');
    await writeFile(join(dir, other), 'another output');
    await utimes(join(dir, other), past, past);

    const report = await anonymizeFile(input, output, { recognizers: ['email'], workers: 0 });
    expect(report.totals.records).toBe(200_000);
    expect((await readFile(output, 'utf8')).split('\n').length).toBe(200_002);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp')).sort()).toEqual([live, other].sort());
  }, 60_000);

  it('a run writing many outputs into one directory removes each one\'s abandoned temps (one listing per directory)', async () => {
    const dir = await tempDir();
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    await mkdir(input);
    await mkdir(out);
    for (const name of ['a', 'b', 'c']) await writeFile(join(input, `${name}.csv`), `id,email\n1,${name}@example.org\n`);
    const past = new Date(Date.now() - 60_000);
    const abandoned = ['.a.csv.0123456789ab.tmp', '.c.csv.ba9876543210.tmp'];
    for (const name of abandoned) {
      await writeFile(join(out, name), 'partial');
      await utimes(join(out, name), past, past);
    }
    await writeFile(join(out, '.b.csv.00000000ffff.tmp'), 'being written');
    const report = await anonymizeDirectory(input, out, { recognizers: ['email'], workers: 0 });
    expect(report.totals.records).toBe(3);
    expect((await readdir(out)).sort()).toEqual(['.b.csv.00000000ffff.tmp', 'a.csv', 'b.csv', 'c.csv']);
  });
});
