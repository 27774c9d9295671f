/**
 * Which shards a task runs: `--shard i/n` given explicitly, or the task index the batch
 * scheduler sets in the task's environment, mapped to shards `[t*K, t*K+K)` with
 * `--shards-per-task K` (Slurm caps array sizes; packing shards keeps the array small).
 */
import { PiiScanError } from '../errors.js';

/** The index variables of the schedulers, in the order they are looked up (all 0-based). */
export const SCHEDULER_INDEX_VARIABLES = [
  /** Kubernetes Indexed Job. */
  'JOB_COMPLETION_INDEX',
  /** AWS Batch array job. */
  'AWS_BATCH_JOB_ARRAY_INDEX',
  /** Slurm job array (`sbatch --array=0-N`). */
  'SLURM_ARRAY_TASK_ID',
  /** Google Cloud Batch. */
  'BATCH_TASK_INDEX',
  /** Google Cloud Run Jobs. */
  'CLOUD_RUN_TASK_INDEX',
] as const;

/** Where a task's shards came from. */
export interface ShardSelection {
  /** Shard indexes to run, ascending (fewer than K for the last task of --shards-per-task K). */
  readonly shards: readonly number[];
  /** `--shard` or the environment variable that gave the index. */
  readonly source: string;
  /** The task index (equal to the shard index without `--shards-per-task`). */
  readonly task: number;
}

function invalid(message: string, option: string): PiiScanError {
  return new PiiScanError('PII_SHARD_INVALID', message, { option });
}

function index(text: string, what: string, option: string): number {
  if (!/^\d+$/.test(text.trim())) throw invalid(`${what}: expected a whole number, got ${JSON.stringify(text.slice(0, 20))}`, option);
  return Number(text.trim());
}

/** Parses `i/n` (0-based shard `i` of `n`). Throws `PII_SHARD_INVALID`. */
export function parseShardSpec(spec: string): { readonly index: number; readonly count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) throw invalid(`--shard: expected i/n such as 3/8, got ${JSON.stringify(spec.slice(0, 20))}`, 'shard');
  const i = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || i >= n) throw invalid(`--shard: the index must be from 0 to n-1, got ${i}/${n}`, 'shard');
  return { index: i, count: n };
}

/** The scheduler's task index from an environment, with the variable it came from; undefined when none is set. */
export function schedulerTaskIndex(env: Readonly<Record<string, string | undefined>>): { readonly task: number; readonly variable: string } | undefined {
  for (const variable of SCHEDULER_INDEX_VARIABLES) {
    const value = env[variable];
    if (value !== undefined && value !== '') return { task: index(value, variable, variable), variable };
  }
  return undefined;
}

/**
 * The shards a task runs, of `shardCount` shards.
 *
 * - `shard` (`i/n`): exactly shard `i`; `n` must be the manifest's shard count, and
 *   `shardsPerTask` must be 1 (an explicit shard is not a task index).
 * - otherwise the first index variable set in `env` ({@link SCHEDULER_INDEX_VARIABLES}) is the
 *   task index `t`, and the task runs shards `[t*K, t*K+K)` that exist (K = `shardsPerTask`).
 *
 * Throws `PII_SHARD_INVALID` when no index is given, or it does not fit the manifest.
 *
 * @example
 * selectShards({ shardCount: 8, env: { SLURM_ARRAY_TASK_ID: '3' }, shardsPerTask: 2 }).shards // [6, 7]
 */
export function selectShards(input: { readonly shardCount: number; readonly shard?: string | undefined; readonly shardsPerTask?: number | undefined; readonly env: Readonly<Record<string, string | undefined>> }): ShardSelection {
  const { shardCount } = input;
  const perTask = input.shardsPerTask ?? 1;
  if (!Number.isInteger(perTask) || perTask < 1) throw invalid(`--shards-per-task: expected a positive integer, got ${String(perTask)}`, 'shards-per-task');
  if (input.shard !== undefined) {
    const { index: i, count } = parseShardSpec(input.shard);
    if (perTask !== 1) throw invalid('--shard names one shard; it cannot be combined with --shards-per-task', 'shard');
    if (count !== shardCount) throw invalid(`--shard ${i}/${count}: the manifest has ${shardCount} shard(s)`, 'shard');
    return { shards: [i], source: '--shard', task: i };
  }
  const found = schedulerTaskIndex(input.env);
  if (found === undefined) {
    throw invalid(`No shard index: give --shard i/n, or run as a scheduler array task (${SCHEDULER_INDEX_VARIABLES.join(', ')})`, 'shard');
  }
  const tasks = Math.ceil(shardCount / perTask);
  if (found.task >= tasks) {
    throw invalid(`${found.variable}=${found.task}: the manifest has ${shardCount} shard(s)${perTask > 1 ? ` in ${tasks} task(s) of ${perTask}` : ''}; valid task indexes are 0-${tasks - 1}`, found.variable);
  }
  const shards: number[] = [];
  for (let s = found.task * perTask; s < Math.min(shardCount, found.task * perTask + perTask); s++) shards.push(s);
  return { shards, source: found.variable, task: found.task };
}

/** Compresses ascending indexes into Slurm's `--array` syntax: `[0,1,2,3,7]` -> `0-3,7`. */
export function compressRanges(indexes: readonly number[]): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j === i ? String(sorted[i]) : j === i + 1 ? `${sorted[i]},${sorted[j]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out.join(',');
}
