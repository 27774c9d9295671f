import { describe, expect, it } from 'vitest';
import { compressRanges, parseShardSpec, SCHEDULER_INDEX_VARIABLES, schedulerTaskIndex, selectShards } from '../../src/shard/scheduler-index.js';
import { formatShardStatus, tasksOf } from '../../src/shard/status.js';

describe('scheduler index variables', () => {
  it.each([
    ['JOB_COMPLETION_INDEX', 'Kubernetes Indexed Job'],
    ['AWS_BATCH_JOB_ARRAY_INDEX', 'AWS Batch array job'],
    ['SLURM_ARRAY_TASK_ID', 'Slurm job array'],
    ['BATCH_TASK_INDEX', 'GCP Batch'],
    ['CLOUD_RUN_TASK_INDEX', 'Cloud Run Jobs'],
  ])('%s (%s) selects the shard', (variable) => {
    expect(selectShards({ shardCount: 8, env: { [variable]: '5' } })).toEqual({ shards: [5], source: variable, task: 5 });
    expect(selectShards({ shardCount: 8, env: { [variable]: '0' } }).shards).toEqual([0]);
    expect(() => selectShards({ shardCount: 8, env: { [variable]: '8' } })).toThrow(expect.objectContaining({ code: 'PII_SHARD_INVALID' }));
    expect(() => selectShards({ shardCount: 8, env: { [variable]: '-1' } })).toThrow(expect.objectContaining({ code: 'PII_SHARD_INVALID' }));
    expect(() => selectShards({ shardCount: 8, env: { [variable]: 'abc' } })).toThrow(expect.objectContaining({ code: 'PII_SHARD_INVALID' }));
  });

  it('lists every scheduler of the issue, looked up in a fixed order; empty values are unset', () => {
    expect(SCHEDULER_INDEX_VARIABLES).toEqual(['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX', 'SLURM_ARRAY_TASK_ID', 'BATCH_TASK_INDEX', 'CLOUD_RUN_TASK_INDEX']);
    expect(schedulerTaskIndex({ SLURM_ARRAY_TASK_ID: '2', JOB_COMPLETION_INDEX: '' })).toEqual({ task: 2, variable: 'SLURM_ARRAY_TASK_ID' });
    expect(schedulerTaskIndex({})).toBeUndefined();
  });

  it('without --shard or a variable there is no index', () => {
    expect(() => selectShards({ shardCount: 8, env: {} })).toThrow(expect.objectContaining({ code: 'PII_SHARD_INVALID' }));
  });

  it.each([
    [8, 2, '0', [0, 1]],
    [8, 2, '3', [6, 7]],
    [7, 3, '2', [6]],
    [8, 8, '0', [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('%i shards, %i per task: task %s runs %j', (shardCount, shardsPerTask, task, shards) => {
    expect(selectShards({ shardCount, shardsPerTask, env: { SLURM_ARRAY_TASK_ID: task } }).shards).toEqual(shards);
  });

  it('refuses a task index past the last task of --shards-per-task', () => {
    expect(() => selectShards({ shardCount: 7, shardsPerTask: 3, env: { SLURM_ARRAY_TASK_ID: '3' } })).toThrow(expect.objectContaining({ code: 'PII_SHARD_INVALID' }));
  });
});

describe('--shard i/n', () => {
  it.each([['3/8', 3, 8], [' 0 / 1 ', 0, 1]])('parses %j', (spec, index, count) => {
    expect(parseShardSpec(spec)).toEqual({ index, count });
  });
  it.each(['8/8', '3', '3/0', 'a/b', '-1/8', '1/2/3'])('refuses %j', (spec) => {
    expect(() => parseShardSpec(spec)).toThrow(expect.objectContaining({ code: 'PII_SHARD_INVALID' }));
  });
  it('wins over the environment, must name the manifest shard count, and excludes --shards-per-task', () => {
    expect(selectShards({ shardCount: 8, shard: '3/8', env: { SLURM_ARRAY_TASK_ID: '5' } })).toEqual({ shards: [3], source: '--shard', task: 3 });
    expect(() => selectShards({ shardCount: 8, shard: '3/4', env: {} })).toThrow(expect.objectContaining({ code: 'PII_SHARD_INVALID' }));
    expect(() => selectShards({ shardCount: 8, shard: '3/8', shardsPerTask: 2, env: {} })).toThrow(expect.objectContaining({ code: 'PII_SHARD_INVALID' }));
  });
});

describe('status output', () => {
  it.each([
    [[], ''],
    [[4], '4'],
    [[0, 1, 2, 3, 7], '0-3,7'],
    [[5, 2, 3], '2,3,5'],
    [[1, 2, 3, 5, 6, 7, 9], '1-3,5-7,9'],
  ])('compresses %j to %j', (indexes, text) => {
    expect(compressRanges(indexes)).toBe(text);
  });

  it('prints done / missing and the --array line to resubmit', () => {
    expect(formatShardStatus({ shards: 8, done: [0, 1, 3, 4, 6, 7], missing: [2, 5], foreign: [] })).toBe('done 6/8; missing: 2,5\n--array=2,5\n');
    expect(formatShardStatus({ shards: 2, done: [0, 1], missing: [], foreign: [] })).toBe('done 2/2\n');
    // With 2 shards per task, shards 2 and 5 are tasks 1 and 2.
    expect(formatShardStatus({ shards: 8, done: [0, 1, 3, 4, 6, 7], missing: [2, 5], foreign: [] }, 2)).toBe('done 6/8; missing: 2,5\n--array=1,2\n');
    expect(tasksOf([0, 1, 6], 4)).toEqual([0, 1]);
  });
});
