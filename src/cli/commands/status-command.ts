/** `pii-scan status --manifest M --output DIR`: done and missing shards; exit 1 while any is missing. */
import type { Command } from 'commander';
import { formatShardStatus, shardStatus } from '../../shard/status.js';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS } from '../cli-io.js';
import { addShardOptions, parsePositive, shardPaths, type ShardCliOptions } from '../shard-options.js';

export function registerStatusCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const command = program
    .command('status')
    .description('show which shards of a run are done and which are missing (exit 0 when all are done, 1 otherwise)')
    .option('--shards-per-task <k>', 'print task indexes for tasks of k shards', parsePositive);
  addShardOptions(command);
  command
    .addHelpText('after', `
Output: "done 6/8; missing: 2,5" and, when shards are missing, "--array=2,5" to resubmit them:
  sbatch --array=2,5 job.sh

Exit codes: 0 every shard done, 1 some missing, 2 usage or runtime error.`)
    .action(async (opts: ShardCliOptions & { shardsPerTask?: number }) => {
      const paths = shardPaths(opts, io);
      const status = await shardStatus(paths.manifest, paths.output);
      io.stdout.write(formatShardStatus(status, opts.shardsPerTask));
      done(status.done.length === status.shards ? EXIT_CLEAN : EXIT_FINDINGS);
    });
}
