/**
 * The optional queue front end, for a Redis and a pool of pods instead of a batch scheduler: a
 * BullMQ worker and an enqueue function over the same `runShard`. A job's id is the run (manifest
 * id + output directory) plus the shard, so enqueueing again is a no-op; a killed worker's
 * active job is redelivered as stalled, and its re-run is harmless (deterministic outputs, commit
 * marker last). `bullmq` is an optional dependency, loaded only here (`PII_QUEUE_UNAVAILABLE`
 * when it is not installed).
 */
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { PiiScanError } from '../errors.js';
import { readManifest, sha256 } from './manifest.js';
import { runShard, type RunShardOptions, type RunShardResult } from './run-shard.js';
import { shardStatus } from './status.js';

/** Default queue name. */
export const DEFAULT_QUEUE_NAME = 'pii-scan-shards';
/** Default environment variable holding the Redis URL (a URL may carry a password: never an argument). */
export const DEFAULT_REDIS_ENV = 'PII_SCAN_REDIS_URL';
/** Redis URL when the variable is unset. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The data of a shard job. */
export interface ShardJobData {
  /** Absolute path of the manifest (on storage every worker sees). */
  readonly manifest: string;
  /** Absolute path of the output directory. */
  readonly output: string;
  readonly shard: number;
  readonly manifestId: string;
}

/** Where the queue lives. */
export interface QueueOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://...`. @default 'redis://127.0.0.1:6379' */
  readonly redisUrl?: string;
  /** @default 'pii-scan-shards' */
  readonly queue?: string;
  /** Milliseconds `enqueueShards` waits for Redis before failing with `PII_IO_ERROR` (workers wait for it). @default 10000 */
  readonly connectTimeout?: number;
}

/**
 * The part of BullMQ's API used here, typed locally: bullmq is an optional dependency, so building
 * pii-scan (its postinstall build included) must not need its type declarations.
 */
interface ShardJob {
  readonly data: ShardJobData;
}
interface Bullmq {
  Queue: new (name: string, options: { connection: unknown }) => {
    getJob(id: string): Promise<unknown>;
    add(name: string, data: ShardJobData, options: Record<string, unknown>): Promise<unknown>;
    close(): Promise<void>;
  };
  Worker: new (name: string, processor: (job: ShardJob) => Promise<unknown>, options: Record<string, unknown>) => {
    on(event: 'failed', listener: (job: ShardJob | undefined, error: Error) => void): unknown;
    on(event: 'error', listener: (error: Error) => void): unknown;
    waitUntilReady(): Promise<unknown>;
    close(): Promise<void>;
  };
}

/** A variable specifier: the compiler does not look for the optional module's types. */
const BULLMQ = 'bullmq';

async function loadBullmq(): Promise<Bullmq> {
  try {
    return (await import(BULLMQ)) as Bullmq;
  } catch (cause) {
    throw new PiiScanError('PII_QUEUE_UNAVAILABLE', 'The queue front end needs the optional dependency bullmq (npm install bullmq); batch schedulers need nothing extra', { cause });
  }
}

/** ioredis connection options of a Redis URL (BullMQ's workers need `maxRetriesPerRequest: null`). */
export function redisConnection(url: string): Record<string, unknown> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new PiiScanError('PII_INVALID_OPTION', 'Invalid Redis URL: expected redis://host:port[/db]', { option: 'redis' });
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new PiiScanError('PII_INVALID_OPTION', 'Invalid Redis URL: expected the redis:// or rediss:// scheme', { option: 'redis' });
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port === '' ? 6379 : Number(u.port),
    ...(u.username === '' ? {} : { username: decodeURIComponent(u.username) }),
    ...(u.password === '' ? {} : { password: decodeURIComponent(u.password) }),
    ...(Number.isInteger(db) ? { db } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/** Resolves when a TCP connection to host:port opens within `timeout` ms, else throws `PII_IO_ERROR`. */
async function reachable(host: string, port: number, timeout: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port, timeout });
    const fail = (cause: unknown) => {
      socket.destroy();
      reject(new PiiScanError('PII_IO_ERROR', `Cannot enqueue: the queue's Redis (${host}:${port}) does not answer`, { option: 'redis', cause }));
    };
    socket.once('connect', () => { socket.end(); resolve(); });
    socket.once('timeout', () => fail(new Error(`no answer in ${timeout} ms`)));
    socket.once('error', fail);
  });
}

/** The job id of a shard of a run: the same manifest, output directory and shard always give the same id. */
export function shardJobId(manifestId: string, outputDir: string, shard: number): string {
  return `${sha256(`${manifestId}\0${resolve(outputDir)}`).slice(0, 16)}-${String(shard).padStart(5, '0')}`;
}

/**
 * Enqueues every shard of a run that is not committed yet. Jobs that already exist (waiting,
 * active, done or failed) are left alone: enqueueing twice is a no-op.
 *
 * @example
 * await enqueueShards('manifest.json', '/shared/out', { redisUrl: process.env.PII_SCAN_REDIS_URL });
 */
export async function enqueueShards(manifestPath: string, outputDir: string, options: QueueOptions = {}): Promise<{ readonly added: number[]; readonly existing: number[]; readonly done: number[] }> {
  const { Queue } = await loadBullmq();
  const manifest = await readManifest(manifestPath);
  const output = resolve(outputDir);
  const status = await shardStatus(manifest, output);
  if (status.foreign.length > 0) {
    throw new PiiScanError('PII_SHARD_MISMATCH', `The output directory holds shards of another manifest or config (${status.foreign.join(',')}); use a new output directory per plan`, { file: output });
  }
  // A producer fails fast when Redis is unreachable (a worker, by contrast, waits for it): a
  // BullMQ queue that never connected keeps reconnecting and cannot be closed.
  const connection = redisConnection(options.redisUrl ?? DEFAULT_REDIS_URL);
  await reachable(connection['host'] as string, connection['port'] as number, options.connectTimeout ?? 10_000);
  const queue = new Queue(options.queue ?? DEFAULT_QUEUE_NAME, { connection });
  const added: number[] = [];
  const existing: number[] = [];
  try {
    for (const shard of status.missing) {
      const jobId = shardJobId(manifest.id, output, shard);
      if (await queue.getJob(jobId)) {
        existing.push(shard);
        continue;
      }
      // Retries are safe: a committed shard is skipped, a partial one is redone with the same bytes.
      await queue.add('shard', { manifest: resolve(manifestPath), output, shard, manifestId: manifest.id }, { jobId, attempts: 3, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: false, removeOnFail: false });
      added.push(shard);
    }
  } finally {
    await queue.close();
  }
  return { added, existing, done: [...status.done] };
}

/** Options of `startShardWorker`. */
export interface ShardWorkerOptions extends QueueOptions {
  /** Shards one worker runs at a time. @default 1 */
  readonly concurrency?: number;
  /** Milliseconds a job's lock lasts without renewal: a killed worker's job is redelivered after it. @default 30000 */
  readonly lockDuration?: number;
  /** How many times a job may stall (its worker died) before it fails; re-runs are harmless. @default 10 */
  readonly maxStalledCount?: number;
  /** How each shard runs. */
  readonly run?: RunShardOptions;
  /** Called when a job starts (shard index) and when it ends. */
  readonly onStart?: (shard: number) => void;
  readonly onDone?: (result: RunShardResult) => void;
  readonly onFailed?: (shard: number, error: unknown) => void;
  /** Called on a connection error (ioredis reconnects by itself). @default ignored */
  readonly onError?: (error: Error) => void;
}

/** A running worker. */
export interface ShardWorker {
  /** Stops taking jobs, waits for the running ones, closes the connection. */
  close(): Promise<void>;
}

/**
 * Starts a BullMQ worker that runs shard jobs with `runShard`.
 *
 * @example
 * const worker = await startShardWorker({ redisUrl: process.env.PII_SCAN_REDIS_URL, run: { key: process.env.PII_SCAN_KEY } });
 * process.once('SIGTERM', () => worker.close());
 */
export async function startShardWorker(options: ShardWorkerOptions = {}): Promise<ShardWorker> {
  const { Worker } = await loadBullmq();
  const lockDuration = options.lockDuration ?? 30_000;
  const worker = new Worker(
    options.queue ?? DEFAULT_QUEUE_NAME,
    async (job) => {
      options.onStart?.(job.data.shard);
      const result = await runShard(job.data.manifest, job.data.output, job.data.shard, options.run ?? {});
      options.onDone?.(result);
      return { status: result.status, shard: result.shard };
    },
    {
      connection: redisConnection(options.redisUrl ?? DEFAULT_REDIS_URL),
      concurrency: options.concurrency ?? 1,
      lockDuration,
      stalledInterval: Math.max(500, Math.floor(lockDuration / 2)),
      maxStalledCount: options.maxStalledCount ?? 10,
    },
  );
  worker.on('failed', (job, error) => {
    if (job) options.onFailed?.(job.data.shard, error);
  });
  // Connection errors are retried by ioredis; without a listener they would crash the process.
  worker.on('error', (error) => options.onError?.(error));
  await worker.waitUntilReady();
  return { close: () => worker.close() };
}
