/** `pii-scan run --manifest M --output DIR [--shard i/n]`: process the shard(s) of one scheduler task. */
import type { Command } from 'commander';
import { readManifest } from '../../shard/manifest.js';
import { runShard, type RunShardResult } from '../../shard/run-shard.js';
import { selectShards } from '../../shard/scheduler-index.js';
import { type CliIo, EXIT_CLEAN, type TextSink } from '../cli-io.js';
import { addRunShardOptions, parsePositive, runShardOptionsFrom, shardPaths, type RunShardCliOptions } from '../shard-options.js';

/** One line per shard run: what happened, counts only (never a value). */
export function formatShardResult(result: RunShardResult, shards: number, out: TextSink): void {
  const t = result.shardReport.report.totals;
  const what = result.status === 'skipped' ? 'already committed, nothing to do' : `done: ${t.records} record(s), ${t.findings} finding(s)${t.errors > 0 ? `, ${t.errors} malformed record(s)` : ''}`;
  out.write(`shard ${result.shard}/${shards}: ${what}\n`);
}

export function registerRunShardCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const command = program
    .command('run')
    .description("process one shard of a manifest (exactly once in effect: a committed shard is skipped); the index comes from --shard or the scheduler's variable")
    .option('--shard <i/n>', 'the shard to run, e.g. 3/8 (default: the scheduler array index)')
    .option('--shards-per-task <k>', 'run shards t*k .. t*k+k-1 for task index t (Slurm array size limits)', parsePositive);
  addRunShardOptions(command);
  command
    .addHelpText('after', `
The task index is read from JOB_COMPLETION_INDEX (Kubernetes Indexed Job), AWS_BATCH_JOB_ARRAY_INDEX
(AWS Batch), SLURM_ARRAY_TASK_ID (Slurm), BATCH_TASK_INDEX (GCP Batch) or CLOUD_RUN_TASK_INDEX
(Cloud Run Jobs), 0-based. Outputs are renamed into place; the shard report
(<dir>/_shards/NNNNN.json) is written last and marks the shard done.

Examples:
  pii-scan run --manifest manifest.json --output out/ --shard 3/8
  sbatch --array=0-63 --wrap 'pii-scan run --manifest manifest.json --output out/'`)
    .action(async (opts: RunShardCliOptions & { shard?: string; shardsPerTask?: number }) => {
      const paths = shardPaths(opts, io);
      const manifest = await readManifest(paths.manifest);
      const selection = selectShards({ shardCount: manifest.shards.length, shard: opts.shard, shardsPerTask: opts.shardsPerTask, env: io.env });
      const options = runShardOptionsFrom(opts, io);
      for (const shard of selection.shards) {
        const result = await runShard(manifest, paths.output, shard, options);
        if (!opts.quiet) formatShardResult(result, manifest.shards.length, io.stdout);
      }
      done(EXIT_CLEAN);
    });
}
