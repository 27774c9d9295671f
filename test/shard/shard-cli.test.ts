import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compressRanges } from '../../src/shard/scheduler-index.js';
import { runBin, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../pipeline/helpers.js';
import { filesOf, writeDataset } from './fixtures.js';

const schema = JSON.parse(await readFile(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/ } }).compile(schema);

const root = await tempDir();
const planted = await writeDataset(join(root, 'data'), { jsonl: 200, csv: 100 });
// The built-in email recognizer and a replace operator: no custom recognizer needed on the command line.
const detect = ['--recognizers', 'email', '--operator', 'DEFAULT=replace', '--on-error', 'skip'];

describe('pii-scan plan / run / status / merge-reports (real bin, child processes)', () => {
  it('runs 4 shards through scheduler variables, reports the missing ones, merges to the plain run', async () => {
    const plan = await runBin(['plan', 'data', '--shards', '4', '--out', 'manifest.json', ...detect], { cwd: root });
    expect(plan.stderr).toBe('');
    expect(plan.exitCode).toBe(0);
    expect(plan.stdout).toMatch(/planned 4 shard\(s\) over 4 file\(s\)/);
    const args = ['--manifest', 'manifest.json', '--output', 'out'];
    // One shard by --shard, two by scheduler variables, one left out.
    expect((await runBin(['run', ...args, '--shard', '0/4'], { cwd: root })).stdout).toMatch(/^shard 0\/4: done: \d+ record\(s\), \d+ finding\(s\)/);
    expect((await runBin(['run', ...args], { cwd: root, env: { SLURM_ARRAY_TASK_ID: '1' } })).exitCode).toBe(0);
    expect((await runBin(['run', ...args], { cwd: root, env: { JOB_COMPLETION_INDEX: '3' } })).exitCode).toBe(0);
    const status = await runBin(['status', ...args], { cwd: root });
    expect(status).toMatchObject({ exitCode: 1, stdout: 'done 3/4; missing: 2\n--array=2\n' });
    const early = await runBin(['merge-reports', ...args], { cwd: root });
    expect(early.exitCode).toBe(2);
    expect(early.stderr).toContain('[PII_SHARD_INCOMPLETE]');
    expect((await runBin(['run', ...args], { cwd: root, env: { AWS_BATCH_JOB_ARRAY_INDEX: '2' } })).exitCode).toBe(0);
    // Re-running a committed shard does nothing.
    expect((await runBin(['run', ...args, '--shard', '2/4'], { cwd: root })).stdout).toBe('shard 2/4: already committed, nothing to do\n');
    expect(await runBin(['status', ...args], { cwd: root })).toMatchObject({ exitCode: 0, stdout: 'done 4/4\n' });
    const merge = await runBin(['merge-reports', ...args], { cwd: root });
    expect(merge.exitCode).toBe(0);
    const merged = JSON.parse(await readFile(join(root, 'out', 'report.json'), 'utf8'));
    expect(validate(merged), JSON.stringify(validate.errors)).toBe(true);

    const plain = await runBin(['anonymize', 'data', '-o', 'plain', '-r', 'plain.json', ...detect], { cwd: root });
    expect(plain.exitCode).toBe(0);
    const single = JSON.parse(await readFile(join(root, 'plain.json'), 'utf8'));
    for (const k of ['totals', 'byEntity', 'byField', 'findings', 'errors']) expect(merged[k]).toEqual(single[k]);
    const everything = [...(await filesOf(join(root, 'out'))).values()].join('\n');
    for (const v of planted.filter((p) => p.includes('@') && !p.startsWith('user2'))) expect(everything).not.toContain(v);
    for (const output of [plan, merge, status]) expect(output.stdout).not.toMatch(/user\d+\.x@/);
  });

  it('run-local runs every missing shard on this machine', async () => {
    expect((await runCli(['plan', 'data', '--shards', '3', '--out', 'm3.json', ...detect, '-q'], { cwd: root })).exitCode).toBe(0);
    const local = await runCli(['run-local', '--manifest', 'm3.json', '--output', 'local', '--parallel', '2', '--workers', '0'], { cwd: root });
    expect(local.stderr).toBe('');
    expect(local.stdout).toMatch(/done 3\/3\n$/);
    expect((await runCli(['merge-reports', '--manifest', 'm3.json', '--output', 'local', '-q'], { cwd: root })).exitCode).toBe(0);
  });

  it('a malformed record past the first part names the part, not a part-relative line', async () => {
    await runCli(['plan', 'data', '--shards', '4', '--out', 'm-fail.json', '-q', '--recognizers', 'email'], { cwd: root });
    const runs = await Promise.all([0, 1, 2, 3].map((i) => runCli(['run', '--manifest', 'm-fail.json', '--output', 'o-fail', '--shard', `${i}/4`], { cwd: root })));
    const failed = runs.filter((r) => r.exitCode === 2);
    expect(failed).toHaveLength(1);
    // The broken line is near the end of chats.jsonl: in a part that does not start the file.
    expect(failed[0]!.stderr).toMatch(/chats\.jsonl: Malformed record: invalid JSON at line \d+ of part [1-9] \(bytes [1-9]\d*-\d+\) \[PII_PARSE_ERROR\]/);
  });

  it('--target-shard-bytes sets the shard count; --shards-per-task packs shards into tasks for run and status', async () => {
    const plan = await runCli(['plan', 'data', '--target-shard-bytes', '5KiB', '--out', 'mt.json', ...detect], { cwd: root });
    expect(plan.exitCode).toBe(0);
    const m = JSON.parse(await readFile(join(root, 'mt.json'), 'utf8'));
    const total = m.files.reduce((n: number, f: { size: number }) => n + f.size, 0);
    expect(m.shards).toHaveLength(Math.ceil(total / 5120));
    const n = m.shards.length as number;
    expect(n).toBeGreaterThan(3);
    const args = ['--manifest', 'mt.json', '--output', 'packed', '--shards-per-task', '3'];
    const task1 = await runCli(['run', ...args], { cwd: root, env: { CLOUD_RUN_TASK_INDEX: '1' } });
    expect(task1.stdout.match(/^shard (\d+)\//gm)).toEqual([`shard 3/`, `shard 4/`, `shard 5/`].slice(0, Math.min(3, n - 3)));
    const status = await runCli(['status', ...args], { cwd: root });
    expect(status.exitCode).toBe(1);
    const tasks = Math.ceil(n / 3);
    expect(status.stdout).toContain(`--array=${compressRanges(Array.from({ length: tasks }, (_, t) => t).filter((t) => t !== 1))}\n`);
  });

  it.each([
    [['plan', 'data', '--out', 'x.json'], 'PII_INVALID_OPTION'],
    [['plan', 'data', '--shards', '2', '--target-shard-bytes', '1MiB', '--out', 'x.json'], 'PII_INVALID_OPTION'],
    [['run', '--manifest', 'nope.json', '--output', 'o', '--shard', '0/1'], 'PII_IO_ERROR'],
    [['run', '--manifest', 'data/b/empty.jsonl', '--output', 'o', '--shard', '0/1'], 'PII_MANIFEST_INVALID'],
  ])('%j fails with %s', async (argv, code) => {
    const r = await runCli(argv, { cwd: root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
  });

  it('refuses a shard given another key than the plan, naming no key', async () => {
    const key = 'planning-key-0123456789abcdef';
    const other = 'another-key-0123456789abcdef';
    const config = join(root, 'keyed.json');
    await (await import('node:fs/promises')).writeFile(config, JSON.stringify({ operators: { DEFAULT: { type: 'pseudonymize' } } }));
    const plan = await runCli(['plan', 'data', '--shards', '2', '--config', 'keyed.json', '--out', 'mk.json', '-q'], { cwd: root, env: { PII_SCAN_KEY: key } });
    expect(plan.exitCode, plan.stderr).toBe(0);
    const wrong = await runCli(['run', '--manifest', 'mk.json', '--output', 'ok', '--shard', '0/2'], { cwd: root, env: { PII_SCAN_KEY: other } });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toContain('[PII_KEY_MISMATCH]');
    expect(wrong.stderr + wrong.stdout).not.toContain(other);
    const right = await runCli(['run', '--manifest', 'mk.json', '--output', 'ok', '--shard', '0/2', '-q'], { cwd: root, env: { PII_SCAN_KEY: key } });
    expect(right.exitCode, right.stderr).toBe(0);
  });

  it('refuses a run without a shard index, and an edited manifest', async () => {
    await runCli(['plan', 'data', '--shards', '2', '--out', 'm2.json', '-q'], { cwd: root });
    const none = await runCli(['run', '--manifest', 'm2.json', '--output', 'o2'], { cwd: root });
    expect(none.stderr).toContain('[PII_SHARD_INVALID]');
    const m = JSON.parse(await readFile(join(root, 'm2.json'), 'utf8'));
    m.shards[0].parts[0].end -= 1;
    await (await import('node:fs/promises')).writeFile(join(root, 'm2-edited.json'), JSON.stringify(m));
    const edited = await runCli(['run', '--manifest', 'm2-edited.json', '--output', 'o2', '--shard', '0/2'], { cwd: root });
    expect(edited.stderr).toContain('[PII_MANIFEST_INVALID]');
  });
});
