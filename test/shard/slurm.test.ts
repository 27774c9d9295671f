/**
 * Slurm for real: a single-node cluster on 127.0.0.1 (test/shard/slurm/cluster.sh), an 8-shard
 * array job, one task killed mid-shard, `status` reporting it, a resubmission, and the merge as an
 * `afterok` dependency. The result must equal one plain run: every record exactly once, no
 * planted value left, the same counts.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile, chmod, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymizeDirectory } from '../../src/pipeline/api.js';
import { partOutputName, readManifest } from '../../src/shard/manifest.js';
import { shardReportPath } from '../../src/shard/run-shard.js';
import { BIN, runBin } from '../helpers/run-cli.js';
import { tempDir } from '../pipeline/helpers.js';
import { assembledOutputs, filesOf, writeDataset } from './fixtures.js';
import { skipReason, SYSTEM_PATH } from './system-tools.js';

const run = promisify(execFile);
const CLUSTER = fileURLToPath(new URL('./slurm/cluster.sh', import.meta.url));
const skip = skipReason(['sbatch', 'squeue', 'scancel', 'sinfo', 'slurmctld', 'slurmd', 'munged'], true);
const VICTIM = 5;

describe.skipIf(skip !== undefined)(`Slurm array job over 8 shards${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let root = '';
  let env: NodeJS.ProcessEnv = {};
  const slurm = async (cmd: string, args: string[]) => (await run(cmd, args, { env, cwd: root })).stdout.trim();
  const jobsRunning = async (job: string) => (await slurm('squeue', ['-h', '-j', job, '-o', '%i'])).length > 0;
  const until = async (what: string, check: () => Promise<boolean>, ms = 90_000) => {
    for (const t0 = Date.now(); !(await check()); ) {
      if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    root = await tempDir();
    env = { ...process.env, PATH: SYSTEM_PATH, SLURM_CONF: join(root, 'slurm', 'slurm.conf') };
    await run('bash', [CLUSTER, 'start', join(root, 'slurm')], { env: { ...process.env, PATH: SYSTEM_PATH } });
  }, 60_000);

  afterAll(async () => {
    if (root === '') return;
    await run('scancel', ['-u', 'root'], { env }).catch(() => undefined);
    await run('bash', [CLUSTER, 'stop', join(root, 'slurm')], { env }).catch(() => undefined);
  }, 30_000);

  it('kill a task mid-shard, status names it, resubmit it, merge afterok: exactly once, equal to one plain run', async () => {
    const t0 = Date.now();
    const planted = await writeDataset(join(root, 'data'), { jsonl: 400, csv: 300 });
    const detect = ['--recognizers', 'email', '--operator', 'DEFAULT=replace', '--on-error', 'skip'];
    expect((await runBin(['plan', 'data', '--shards', '8', '--out', 'manifest.json', ...detect, '-q'], { cwd: root })).exitCode).toBe(0);
    const manifest = await readManifest(join(root, 'manifest.json'));
    expect(manifest.shards[VICTIM]!.parts.length).toBeGreaterThan(0);
    // The job script: one shard per array task. The first submission makes task VICTIM wait before
    // its commit (test-only hook) so it can be killed with its outputs written and no report.
    const script = join(root, 'job.sh');
    await writeFile(script, `#!/bin/bash
if [ -n "$SLOW_TASK" ] && [ "$SLURM_ARRAY_TASK_ID" = "$SLOW_TASK" ]; then export PII_SCAN_TEST_DELAY_BEFORE_COMMIT_MS=600000; fi
exec "${process.execPath}" "${BIN}" run --manifest manifest.json --output out --workers 0
`);
    await chmod(script, 0o755);
    const sbatch = (args: string[]) => slurm('sbatch', ['--parsable', '-D', root, '-o', join(root, 'logs-%A_%a.out'), ...args]);
    const first = await sbatch(['--array=0-7', `--export=ALL,SLOW_TASK=${VICTIM}`, script]);

    const victimOutputs = manifest.shards[VICTIM]!.parts.map((p) => join(root, 'out', partOutputName(manifest, p)));
    await until('the victim task to write its outputs', async () => (await Promise.all(victimOutputs.map((o) => stat(o).then(() => true, () => false)))).every(Boolean));
    expect(await stat(shardReportPath(join(root, 'out'), VICTIM)).then(() => true, () => false)).toBe(false);
    await slurm('scancel', [`${first}_${VICTIM}`]);
    await until('the first array job to end', async () => !(await jobsRunning(first)));

    const status = await runBin(['status', '--manifest', 'manifest.json', '--output', 'out'], { cwd: root });
    expect(status).toMatchObject({ exitCode: 1, stdout: `done 7/8; missing: ${VICTIM}\n--array=${VICTIM}\n` });

    const again = await sbatch([`--array=${/--array=(\S+)/.exec(status.stdout)![1]}`, script]);
    const merge = await sbatch([`--dependency=afterok:${again}`, '--wrap', `"${process.execPath}" "${BIN}" merge-reports --manifest manifest.json --output out`]);
    await until('the merge job to end', async () => !(await jobsRunning(merge)) && !(await jobsRunning(again)));
    const merged = JSON.parse(await readFile(join(root, 'out', 'report.json'), 'utf8'));
    expect((await runBin(['status', '--manifest', 'manifest.json', '--output', 'out'], { cwd: root })).exitCode).toBe(0);

    // One plain run over the same inputs.
    const plain = await anonymizeDirectory(join(root, 'data'), join(root, 'plain'), { recognizers: ['email'], operators: { DEFAULT: { type: 'replace' } }, onError: 'skip', workers: 0 });
    for (const k of ['totals', 'byEntity', 'byField', 'findings', 'errors'] as const) expect(merged[k]).toEqual(JSON.parse(JSON.stringify(plain[k])));
    // Every record exactly once: the parts of each file, in order, are the plain run's output.
    const plainFiles = await filesOf(join(root, 'plain'));
    expect(await assembledOutputs(manifest, join(root, 'out'))).toEqual(new Map([...plainFiles]));
    // No planted value in any output, report or task log; no temp file left behind.
    const out = await filesOf(join(root, 'out'));
    expect([...out.keys()].filter((k) => k.includes('.tmp'))).toEqual([]);
    const logs = (await readdir(root)).filter((f) => f.startsWith('logs-'));
    expect(logs.length).toBe(10);
    const text = [...out.values(), ...(await Promise.all(logs.map((l) => readFile(join(root, l)))))].map((b) => b.toString()).join('\n');
    for (const v of planted.filter((p) => p.includes('@') && !p.startsWith('user2'))) expect(text).not.toContain(v);
    console.log(`slurm scenario: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, 180_000);
});
