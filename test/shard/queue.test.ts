/**
 * The BullMQ front end for real: a redis-server on 127.0.0.1, 3 worker processes, one SIGKILLed
 * while its job is active. The killed worker's job is redelivered; the run is complete and every
 * record is written exactly once.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymizeDirectory } from '../../src/pipeline/api.js';
import { partOutputName, readManifest } from '../../src/shard/manifest.js';
import { enqueueShards, redisConnection, shardJobId } from '../../src/shard/queue.js';
import { shardStatus } from '../../src/shard/status.js';
import { BIN, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../pipeline/helpers.js';
import { assembledOutputs, filesOf, writeDataset } from './fixtures.js';
import { skipReason, SYSTEM_PATH } from './system-tools.js';

describe('queue helpers', () => {
  it.each([
    ['redis://127.0.0.1:6380', { host: '127.0.0.1', port: 6380, db: 0 }],
    ['redis://:s3cret@redis.internal/2', { host: 'redis.internal', port: 6379, password: 's3cret', db: 2 }],
    ['rediss://user:pw@h:7000', { host: 'h', port: 7000, username: 'user', password: 'pw', db: 0, tls: {} }],
  ])('%s -> connection options', (url, expected) => {
    expect(redisConnection(url)).toEqual({ ...expected, maxRetriesPerRequest: null });
  });
  it.each(['http://x', 'not a url'])('refuses %j', (url) => {
    expect(() => redisConnection(url)).toThrow(expect.objectContaining({ code: 'PII_INVALID_OPTION' }));
  });
  it('job ids name the run and the shard: stable, and distinct per output directory and shard', () => {
    expect(shardJobId('m', '/out', 3)).toBe(shardJobId('m', '/out/', 3));
    expect(shardJobId('m', '/out', 3)).toMatch(/^[0-9a-f]{16}-00003$/);
    expect(new Set([shardJobId('m', '/out', 3), shardJobId('m', '/other', 3), shardJobId('m', '/out', 4), shardJobId('n', '/out', 3)]).size).toBe(4);
  });

  it('without the optional bullmq installed, the queue commands fail with PII_QUEUE_UNAVAILABLE', async () => {
    const hook = fileURLToPath(new URL('./fixtures/without-bullmq.mjs', import.meta.url));
    for (const argv of [['enqueue', '--manifest', 'm.json', '--output', 'o'], ['queue-worker']]) {
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile(process.execPath, ['--import', hook, BIN, ...argv], { env: { PATH: process.env['PATH'] ?? '' } }, (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }));
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[PII_QUEUE_UNAVAILABLE]');
    }
  });

  it('enqueue fails with PII_IO_ERROR, instead of hanging, when Redis does not answer', async () => {
    const port = await freePort();
    const dir = await tempDir();
    await writeDataset(join(dir, 'data'), { jsonl: 5, csv: 5 });
    await runCli(['plan', 'data', '--shards', '2', '--out', 'm.json', '-q'], { cwd: dir });
    await expect(enqueueShards(join(dir, 'm.json'), join(dir, 'out'), { redisUrl: `redis://127.0.0.1:${port}`, connectTimeout: 500 })).rejects.toMatchObject({ code: 'PII_IO_ERROR' });
  });
});

const skip = skipReason(['redis-server']);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Resolves when the child's stdout has printed a line matching `re`. */
function waitFor(child: ChildProcess, output: { text: string }, re: RegExp, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}; got ${output.text}`)), ms);
    const check = () => {
      if (re.test(output.text)) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    check();
  });
}

describe.skipIf(skip !== undefined)(`BullMQ workers over redis${skip === undefined ? '' : ` (skipped: ${skip})`}`, () => {
  let redis: ChildProcess | undefined;
  const workers: ChildProcess[] = [];
  let root = '';
  let env: Record<string, string> = {};

  const spawnTracked = (args: string[], extraEnv: Record<string, string> = {}) => {
    const output = { text: '' };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => (output.text += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output.text += b.toString()));
    workers.push(child);
    return { child, output };
  };

  beforeAll(async () => {
    root = await tempDir();
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { env: { PATH: SYSTEM_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { text: '' };
    redis.stdout!.on('data', (b: Buffer) => (out.text += b.toString()));
    await waitFor(redis, out, /Ready to accept connections/);
    env = { PATH: process.env['PATH'] ?? '', PII_SCAN_REDIS_URL: `redis://127.0.0.1:${port}` };
  });

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    if (redis && redis.exitCode === null) {
      const exited = new Promise((r) => redis!.once('exit', r));
      redis.kill('SIGTERM');
      await exited;
    }
  });

  it('3 workers, one killed mid-job: complete, exactly once, re-enqueueing is a no-op', async () => {
    const planted = await writeDataset(join(root, 'data'), { jsonl: 300, csv: 200 });
    const detect = ['--recognizers', 'email', '--operator', 'DEFAULT=replace', '--on-error', 'skip'];
    expect((await runCli(['plan', 'data', '--shards', '8', '--out', 'manifest.json', ...detect, '-q'], { cwd: root })).exitCode).toBe(0);
    const manifest = await readManifest(join(root, 'manifest.json'));
    const common = ['queue-worker', '--lock-duration', '2000', '--workers', '0'];

    // The victim starts alone, so it surely takes a job; it then waits before the commit (test-only hook).
    const victim = spawnTracked(common, { PII_SCAN_TEST_DELAY_BEFORE_COMMIT_MS: '600000' });
    await waitFor(victim.child, victim.output, /worker ready/);
    const enqueue = (await runCli(['enqueue', '--manifest', 'manifest.json', '--output', 'out'], { cwd: root, env }));
    expect(enqueue).toMatchObject({ exitCode: 0, stdout: 'enqueued: 0-7; already queued: none; done: none\n' });
    await waitFor(victim.child, victim.output, /shard \d+: started/);
    const again = await runCli(['enqueue', '--manifest', 'manifest.json', '--output', 'out'], { cwd: root, env });
    expect(again.stdout).toBe('enqueued: none; already queued: 0-7; done: none\n');

    const others = [spawnTracked(common), spawnTracked(common)];
    await Promise.all(others.map((w) => waitFor(w.child, w.output, /worker ready/)));
    const victimShard = Number(/shard (\d+): started/.exec(victim.output.text)![1]);
    // Its outputs are in place and it is waiting to commit: kill it.
    const outputs = manifest.shards[victimShard]!.parts.map((p) => join(root, 'out', partOutputName(manifest, p)));
    for (const t0 = Date.now(); !(await Promise.all(outputs.map((o) => readFile(o).then(() => true, () => false)))).every(Boolean); ) {
      if (Date.now() - t0 > 30_000) throw new Error('victim outputs never appeared');
      await new Promise((r) => setTimeout(r, 100));
    }
    const killed = new Promise((r) => victim.child.once('exit', r));
    victim.child.kill('SIGKILL');
    await killed;

    for (const t0 = Date.now(); (await shardStatus(manifest, join(root, 'out'))).missing.length > 0; ) {
      if (Date.now() - t0 > 60_000) throw new Error(`not complete: ${others.map((o) => o.output.text).join('\n')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // The killed worker's shard was run again by another worker.
    expect(others.map((o) => o.output.text).join('\n')).toMatch(new RegExp(`shard ${victimShard}/8: done`));
    const final = await runCli(['enqueue', '--manifest', 'manifest.json', '--output', 'out'], { cwd: root, env });
    expect(final.stdout).toBe('enqueued: none; already queued: none; done: 0-7\n');

    expect((await runCli(['merge-reports', '--manifest', 'manifest.json', '--output', 'out', '-q'], { cwd: root })).exitCode).toBe(0);
    const merged = JSON.parse(await readFile(join(root, 'out', 'report.json'), 'utf8'));
    const plain = await anonymizeDirectory(join(root, 'data'), join(root, 'plain'), { recognizers: ['email'], operators: { DEFAULT: { type: 'replace' } }, onError: 'skip', workers: 0 });
    for (const k of ['totals', 'byEntity', 'byField', 'findings', 'errors'] as const) expect(merged[k]).toEqual(JSON.parse(JSON.stringify(plain[k])));
    const plainFiles = await filesOf(join(root, 'plain'));
    expect(await assembledOutputs(manifest, join(root, 'out'))).toEqual(new Map([...plainFiles]));
    const text = [...(await filesOf(join(root, 'out'))).values()].join('\n');
    for (const v of planted.filter((p) => p.includes('@') && !p.startsWith('user2'))) expect(text).not.toContain(v);
    for (const o of others) expect(o.output.text).not.toMatch(/user\d+\.x@/);
    // SIGTERM stops a worker cleanly.
    const codes = others.map((o) => new Promise((r) => o.child.once('exit', (code) => r(code))));
    for (const o of others) o.child.kill('SIGTERM');
    expect(await Promise.all(codes)).toEqual([0, 0]);
  }, 120_000);
});
