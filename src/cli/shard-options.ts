/** Options shared by the sharded-run commands (run, run-local, status, merge-reports, queue). */
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { resolveKey } from '../operators/index.js';
import type { RunShardOptions } from '../shard/run-shard.js';
import type { CliIo } from './cli-io.js';
import { parseCount } from './common-options.js';

/** Options of a command that reads a manifest and an output directory. */
export interface ShardCliOptions {
  readonly manifest: string;
  readonly output: string;
}

/** How shards run: threads and the key. */
export interface ShardExecutionCliOptions {
  readonly workers?: number;
  readonly keyEnv?: string;
  readonly keyFile?: string;
  readonly quiet?: boolean;
}

/** A whole number >= 1. */
export function parsePositive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return Number(value);
}

/** Options of a command that runs the shards of one manifest. */
export interface RunShardCliOptions extends ShardCliOptions, ShardExecutionCliOptions {}

/** `--manifest` and `--output`. */
export function addShardOptions(command: Command): Command {
  return command
    .requiredOption('-m, --manifest <file>', 'the manifest written by pii-scan plan')
    .requiredOption('-o, --output <dir>', 'output directory of the run (shard reports in <dir>/_shards/)');
}

/** The options of commands that run shards: execution and the key (never from an argument). */
export function addShardExecutionOptions(command: Command): Command {
  return command
    .addOption(new Option('--workers <n>', 'worker threads per shard; 0 runs inline (default: CPU cores, inline for a small shard)').argParser(parseCount))
    .option('--key-env <name>', 'environment variable holding the key for keyed operators (default: PII_SCAN_KEY)')
    .option('--key-file <file>', 'file holding the key (instead of the environment variable)')
    .option('-q, --quiet', 'print nothing but errors');
}

/** `--manifest`, `--output` and the execution options. */
export function addRunShardOptions(command: Command): Command {
  return addShardExecutionOptions(addShardOptions(command));
}

/** Test-only: milliseconds to wait between a shard's outputs and its commit (so a test can kill a task mid-shard). */
export const TEST_DELAY_ENV = 'PII_SCAN_TEST_DELAY_BEFORE_COMMIT_MS';

/** Library options of `runShard` from the command line and the environment. */
export function runShardOptionsFrom(opts: ShardExecutionCliOptions, io: CliIo): RunShardOptions {
  const key = resolveKey({ env: io.env, ...(opts.keyEnv === undefined ? {} : { keyEnv: opts.keyEnv }), ...(opts.keyFile === undefined ? {} : { keyFile: resolve(io.cwd, opts.keyFile) }) });
  const delay = Number(io.env[TEST_DELAY_ENV] ?? 0);
  return {
    ...(key === undefined ? {} : { key }),
    ...(opts.workers === undefined ? {} : { workers: opts.workers }),
    ...(delay > 0 ? { beforeCommit: () => new Promise<void>((r) => setTimeout(r, delay)) } : {}),
  };
}

/** The manifest and output paths, resolved against the CLI's cwd. */
export function shardPaths(opts: ShardCliOptions, io: CliIo): { readonly manifest: string; readonly output: string } {
  return { manifest: resolve(io.cwd, opts.manifest), output: resolve(io.cwd, opts.output) };
}
