/** `pii-scan plan <inputs...> --shards N --out manifest.json`: freeze a sharded run's plan. */
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { PiiScanError } from '../../errors.js';
import { planShards, writeManifest } from '../../shard/manifest.js';
import { type CliIo, EXIT_CLEAN } from '../cli-io.js';
import { addPipelineOptions, pipelineOptionsFrom, type PipelineCliOptions } from '../common-options.js';
import { expandInputs } from '../paths.js';
import { parsePositive } from '../shard-options.js';
import { formatBytes } from '../summary.js';

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kib: 1024, kb: 1e3, m: 1024 ** 2, mib: 1024 ** 2, mb: 1e6, g: 1024 ** 3, gib: 1024 ** 3, gb: 1e9, t: 1024 ** 4, tib: 1024 ** 4, tb: 1e12 };

/** `512MiB`, `2GB`, `64M` (binary), `1000000` -> bytes. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Math.round(Number(m[1]) * unit) < 1) throw new InvalidArgumentError('expected a size such as 512MiB, 2GB or 1000000.');
  return Math.round(Number(m[1]) * unit);
}

interface PlanCliOptions extends PipelineCliOptions {
  readonly shards?: number;
  readonly targetShardBytes?: number;
  readonly out: string;
  readonly mode?: 'scan' | 'anonymize';
}

export function registerPlanCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const command = program
    .command('plan')
    .description('plan a sharded run: list the inputs once, cut them into shards balanced by size, write the manifest')
    .argument('<inputs...>', 'files, directories or globs')
    .addOption(new Option('--shards <n>', 'number of shards').argParser(parsePositive))
    .addOption(new Option('--target-shard-bytes <size>', 'input bytes per shard instead of a count, e.g. 2GiB').argParser(parseSize))
    .requiredOption('--out <file>', 'the manifest to write')
    .addOption(new Option('--mode <mode>', 'what each shard does (default: anonymize)').choices(['anonymize', 'scan']));
  addPipelineOptions(command, { operators: true });
  command
    .addHelpText('after', `
The options (config file, --operator, --fields...) are frozen into the manifest with their hash;
every shard runs with them. The key is not stored: give each shard the same key (PII_SCAN_KEY).

Examples:
  pii-scan plan data/ --shards 64 --out manifest.json --operator DEFAULT=pseudonymize
  pii-scan plan 'dump/**/*.jsonl' --target-shard-bytes 2GiB --out manifest.json`)
    .action(async (inputs: string[], opts: PlanCliOptions) => {
      if ((opts.shards === undefined) === (opts.targetShardBytes === undefined)) {
        throw new PiiScanError('PII_INVALID_OPTION', 'give exactly one of --shards and --target-shard-bytes', { option: 'shards' });
      }
      const mode = opts.mode ?? 'anonymize';
      const { options } = await pipelineOptionsFrom(opts, io, mode);
      const files = await expandInputs(inputs, io.cwd);
      if (files.includes('-')) throw new PiiScanError('PII_INVALID_OPTION', 'stdin (-) cannot be sharded', { option: 'inputs' });
      const manifest = await planShards(files, {
        ...(opts.shards === undefined ? {} : { shards: opts.shards }),
        ...(opts.targetShardBytes === undefined ? {} : { targetShardBytes: opts.targetShardBytes }),
        mode,
        options,
        cwd: io.cwd,
      });
      await writeManifest(resolve(io.cwd, opts.out), manifest);
      if (!opts.quiet) {
        const total = manifest.files.reduce((n, f) => n + f.size, 0);
        const split = manifest.files.filter((_f, i) => manifest.shards.some((s) => s.parts.some((p) => p.file === i && p.pieces > 1))).length;
        io.stdout.write(`planned ${manifest.shards.length} shard(s) over ${manifest.files.length} file(s), ${formatBytes(total)}${split > 0 ? ` (${split} file(s) split at record boundaries)` : ''}\n`);
        io.stdout.write(`manifest ${manifest.id.slice(0, 12)} written to ${opts.out}; run each shard with: pii-scan run --manifest ${opts.out} --output <dir> (array indexes 0-${manifest.shards.length - 1})\n`);
      }
      done(EXIT_CLEAN);
    });
}
