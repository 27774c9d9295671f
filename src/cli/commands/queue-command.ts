/**
 * The optional queue front end: `pii-scan enqueue` puts a run's shards on a BullMQ queue,
 * `pii-scan queue-worker` runs them (start as many as you like, on any machine that sees the
 * manifest, inputs and output directory). Needs the optional dependency bullmq and a Redis.
 */
import type { Command } from 'commander';
import { DEFAULT_QUEUE_NAME, DEFAULT_REDIS_ENV, DEFAULT_REDIS_URL, enqueueShards, startShardWorker } from '../../shard/queue.js';
import { compressRanges } from '../../shard/scheduler-index.js';
import { type CliIo, EXIT_CLEAN } from '../cli-io.js';
import { addShardExecutionOptions, addShardOptions, parsePositive, runShardOptionsFrom, shardPaths, type ShardCliOptions, type ShardExecutionCliOptions } from '../shard-options.js';
import { formatShardResult } from './run-shard-command.js';

interface QueueCliOptions {
  readonly queue?: string;
  readonly redisEnv?: string;
}

function addQueueOptions(command: Command): Command {
  return command
    .option('--queue <name>', `queue name (default: ${DEFAULT_QUEUE_NAME})`)
    .option('--redis-env <name>', `environment variable holding the Redis URL (default: ${DEFAULT_REDIS_ENV}; unset: ${DEFAULT_REDIS_URL})`);
}

function queueOptionsFrom(opts: QueueCliOptions, io: CliIo): { redisUrl: string; queue: string } {
  return { redisUrl: io.env[opts.redisEnv ?? DEFAULT_REDIS_ENV] || DEFAULT_REDIS_URL, queue: opts.queue ?? DEFAULT_QUEUE_NAME };
}

export function registerQueueCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const enqueue = program
    .command('enqueue')
    .description('put the shards of a run that are not done on a BullMQ queue (again: a no-op for shards already queued)');
  addQueueOptions(addShardOptions(enqueue)).action(async (opts: ShardCliOptions & QueueCliOptions) => {
    const paths = shardPaths(opts, io);
    const { added, existing, done: committed } = await enqueueShards(paths.manifest, paths.output, queueOptionsFrom(opts, io));
    const list = (xs: readonly number[]) => (xs.length === 0 ? 'none' : compressRanges(xs));
    io.stdout.write(`enqueued: ${list(added)}; already queued: ${list(existing)}; done: ${list(committed)}\n`);
    done(EXIT_CLEAN);
  });

  const worker = program
    .command('queue-worker')
    .description('run shard jobs from a BullMQ queue until SIGTERM or SIGINT')
    .option('--concurrency <n>', 'shards run at the same time (default: 1)', parsePositive)
    .option('--lock-duration <ms>', "ms a job's lock lasts: a killed worker's job is redelivered after it (default: 30000)", parsePositive);
  addShardExecutionOptions(addQueueOptions(worker)).action(async (opts: ShardExecutionCliOptions & QueueCliOptions & { concurrency?: number; lockDuration?: number }) => {
    const run = runShardOptionsFrom(opts, io);
    const w = await startShardWorker({
      ...queueOptionsFrom(opts, io),
      ...(opts.concurrency === undefined ? {} : { concurrency: opts.concurrency }),
      ...(opts.lockDuration === undefined ? {} : { lockDuration: opts.lockDuration }),
      run,
      onStart: (shard) => { if (!opts.quiet) io.stdout.write(`shard ${shard}: started\n`); },
      onDone: (result) => { if (!opts.quiet) formatShardResult(result, result.shardReport.shards, io.stdout); },
      onFailed: (shard, error) => io.stderr.write(`pii-scan: shard ${shard} failed: ${error instanceof Error && 'code' in error ? `${error.message} [${String((error as { code: unknown }).code)}]` : 'unexpected error'}\n`),
      onError: (error) => io.stderr.write(`pii-scan: queue connection: ${error.message}\n`),
    });
    if (!opts.quiet) io.stdout.write('worker ready\n');
    // The one place the CLI waits for a signal: a worker runs until it is told to stop.
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    await w.close();
    done(EXIT_CLEAN);
  });
}
