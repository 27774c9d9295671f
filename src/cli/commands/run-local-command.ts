/** `pii-scan run-local --manifest M --output DIR --parallel P`: every missing shard on this machine, P at a time. */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { readManifest } from '../../shard/manifest.js';
import { runShard } from '../../shard/run-shard.js';
import { formatShardStatus, shardStatus } from '../../shard/status.js';
import { type CliIo, EXIT_CLEAN } from '../cli-io.js';
import { addRunShardOptions, parsePositive, runShardOptionsFrom, shardPaths, type RunShardCliOptions } from '../shard-options.js';
import { formatShardResult } from './run-shard-command.js';

export function registerRunLocalCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const command = program
    .command('run-local')
    .description('run every shard of a manifest that is not done yet on this machine, P shards at a time')
    .option('--parallel <p>', 'shards run at the same time (default: 1)', parsePositive);
  addRunShardOptions(command);
  command.action(async (opts: RunShardCliOptions & { parallel?: number }) => {
    const paths = shardPaths(opts, io);
    const manifest = await readManifest(paths.manifest);
    const parallel = opts.parallel ?? 1;
    // Share the cores between the shards running at once, unless --workers says otherwise.
    const workers = opts.workers ?? Math.max(1, Math.floor(availableParallelism() / parallel));
    const options = { ...runShardOptionsFrom(opts, io), workers };
    const queue = (await shardStatus(manifest, paths.output)).missing.slice();
    const worker = async () => {
      for (let shard = queue.shift(); shard !== undefined; shard = queue.shift()) {
        const result = await runShard(manifest, paths.output, shard, options);
        if (!opts.quiet) formatShardResult(result, manifest.shards.length, io.stdout);
      }
    };
    // Every lane finishes its current shard before the first failure is reported.
    const lanes = await Promise.allSettled(Array.from({ length: Math.min(parallel, Math.max(queue.length, 1)) }, worker));
    const failed = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
    if (failed) throw failed.reason;
    if (!opts.quiet) io.stdout.write(formatShardStatus(await shardStatus(manifest, paths.output)));
    done(EXIT_CLEAN);
  });
}
