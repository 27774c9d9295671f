/** Which shards of a manifest are committed in an output directory, and which to (re)submit. */
import { PiiScanError } from '../errors.js';
import { readManifest, type ShardManifest } from './manifest.js';
import { shardState } from './run-shard.js';
import { compressRanges } from './scheduler-index.js';

/** The state of a sharded run. */
export interface ShardStatus {
  readonly shards: number;
  /** Committed by this manifest. */
  readonly done: readonly number[];
  /** Not committed (never run, running, failed, or killed before its report). */
  readonly missing: readonly number[];
  /** Committed by another manifest or config: the output directory mixes runs. */
  readonly foreign: readonly number[];
}

/**
 * Reads the shard reports of `outputDir` against a manifest.
 *
 * @example
 * const { missing } = await shardStatus('manifest.json', 'out/');
 */
export async function shardStatus(manifestOrPath: ShardManifest | string, outputDir: string): Promise<ShardStatus> {
  const manifest = typeof manifestOrPath === 'string' ? await readManifest(manifestOrPath) : manifestOrPath;
  const done: number[] = [];
  const missing: number[] = [];
  const foreign: number[] = [];
  const states = await Promise.all(manifest.shards.map((s) => shardState(manifest, outputDir, s.index)));
  states.forEach(({ state }, i) => (state === 'done' ? done : state === 'missing' ? missing : foreign).push(i));
  return { shards: manifest.shards.length, done, missing, foreign };
}

/** The task indexes holding `shards` when each task runs `shardsPerTask` shards. */
export function tasksOf(shards: readonly number[], shardsPerTask = 1): number[] {
  if (!Number.isInteger(shardsPerTask) || shardsPerTask < 1) {
    throw new PiiScanError('PII_SHARD_INVALID', `--shards-per-task: expected a positive integer, got ${String(shardsPerTask)}`, { option: 'shards-per-task' });
  }
  return [...new Set(shards.map((s) => Math.floor(s / shardsPerTask)))].sort((a, b) => a - b);
}

/**
 * The status as printed: `done 6/8; missing: 2,5` and, when shards are missing, the task
 * indexes to resubmit in `sbatch --array=` form (`--array=2,5`; ranges compressed, `0-3,7`).
 */
export function formatShardStatus(status: ShardStatus, shardsPerTask = 1): string {
  const lines = [`done ${status.done.length}/${status.shards}${status.missing.length > 0 ? `; missing: ${compressRanges(status.missing)}` : ''}`];
  if (status.foreign.length > 0) lines.push(`committed by another manifest or config: ${compressRanges(status.foreign)} (use a new output directory per plan)`);
  // Foreign shards are not resubmitted: running them into this directory is refused.
  const resubmit = tasksOf(status.missing, shardsPerTask);
  if (resubmit.length > 0) lines.push(`--array=${compressRanges(resubmit)}`);
  return `${lines.join('\n')}\n`;
}
