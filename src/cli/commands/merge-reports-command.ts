/** `pii-scan merge-reports --manifest M --output DIR`: one report of the whole run, once every shard is done. */
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeReport } from '../../report/report.js';
import { MERGED_REPORT_NAME, mergeShardReports } from '../../shard/merge-reports.js';
import { type CliIo, EXIT_CLEAN, useColor } from '../cli-io.js';
import { addShardOptions, shardPaths, type ShardCliOptions } from '../shard-options.js';
import { formatSummary, makeStyle } from '../summary.js';

export function registerMergeReportsCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const command = program
    .command('merge-reports')
    .description('merge the shard reports of a finished run into one report (refused unless every shard is done with this manifest and config)')
    .option('-r, --report <file>', `where to write the merged report (default: <output>/${MERGED_REPORT_NAME})`)
    .option('-q, --quiet', 'print nothing but errors');
  addShardOptions(command);
  command.action(async (opts: ShardCliOptions & { report?: string; quiet?: boolean }) => {
    const paths = shardPaths(opts, io);
    const report = await mergeShardReports(paths.manifest, paths.output);
    const target = opts.report === undefined ? join(paths.output, MERGED_REPORT_NAME) : resolve(io.cwd, opts.report);
    await writeReport(target, report);
    if (!opts.quiet) {
      io.stdout.write(formatSummary(report, { failing: 0, verb: report.mode === 'anonymize' ? 'anonymized' : 'scanned' }, makeStyle(useColor(io, io.stdout))));
      io.stdout.write(`merged report written to ${opts.report ?? join(opts.output, MERGED_REPORT_NAME)}\n`);
    }
    done(EXIT_CLEAN);
  });
}
