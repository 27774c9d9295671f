import { describe, expect, it } from 'vitest';
import { DEFAULT_CHUNK_SIZE, normalizeScanOptions, type ScanOptions } from '../../src/options.js';
import { engineSpecId, engineSpecOf } from '../../src/pipeline/engine.js';
import { CHUNKS_PER_WORKER, MIN_CHUNK_SIZE, chunkSizeFor, inlineExecutor, processInput, type Executor, type RunContext } from '../../src/pipeline/run.js';
import { ReportBuilder } from '../../src/report/report.js';
import type { WorkerTask } from '../../src/worker/protocol.js';
import { RECOGNIZERS } from './helpers.js';

/** JSONL with one email per record, `rows` records. */
function jsonl(rows: number): string {
  let s = '';
  for (let i = 0; i < rows; i++) s += `${JSON.stringify({ i, email: `user${i}.x@mail${i % 5}.com`, note: 'plain words here' })}\n`;
  return s;
}

async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/**
 * An executor that looks like `workers` threads: it runs chunks inline but settles them after a
 * random delay (so out of order), and records what it was given and how many ran at once.
 */
function recordingExecutor(workers: number) {
  const inline = inlineExecutor();
  const tasks: WorkerTask[] = [];
  let running = 0;
  let maxRunning = 0;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const executor: Executor = {
    workers,
    async run(task) {
      tasks.push(task);
      running++;
      maxRunning = Math.max(maxRunning, running);
      try {
        const result = await inline.run(task);
        await new Promise((r) => setTimeout(r, random() * 4));
        return result;
      } finally {
        running--;
      }
    },
    inferColumns: (task) => inline.inferColumns(task),
    checkEngine: (ref) => inline.checkEngine(ref),
    close: () => inline.close(),
    destroy: () => inline.destroy(),
  };
  return { executor, tasks, maxRunning: () => maxRunning };
}

async function run(text: string, workers: number, options: ScanOptions, size?: number) {
  const opts = normalizeScanOptions({ recognizers: RECOGNIZERS, workers: 0, ...options });
  const spec = engineSpecOf(opts, process.cwd());
  const report = new ReportBuilder('anonymize', opts);
  const rec = recordingExecutor(workers);
  const ctx: RunContext = { mode: 'anonymize', options: opts, spec, specId: engineSpecId(spec), executor: rec.executor, report };
  const stats = report.startFile('in.jsonl', 'jsonl', false, 'out.jsonl');
  const out: Buffer[] = [];
  for await (const bytes of processInput(ctx, pieces(text, 4096), { name: 'in.jsonl', format: 'jsonl', stats, size })) out.push(Buffer.from(bytes));
  return { output: Buffer.concat(out).toString(), report: report.build(), ...rec };
}

describe('chunkSizeFor', () => {
  it('gives every worker several chunks of a small input, within [MIN_CHUNK_SIZE, chunkSize]', () => {
    const mib = 1 << 20;
    expect(chunkSizeFor(2 * mib, 2, 20e6)).toBe(Math.ceil(20e6 / (2 * CHUNKS_PER_WORKER)));
    expect(chunkSizeFor(2 * mib, 2, 20e6) * 2 * CHUNKS_PER_WORKER).toBeGreaterThanOrEqual(20e6);
    expect(chunkSizeFor(2 * mib, 2, 2e9)).toBe(2 * mib); // large inputs keep chunkSize
    expect(chunkSizeFor(2 * mib, 2, 1e6)).toBe(MIN_CHUNK_SIZE); // tiny ones stop at the floor
    expect(chunkSizeFor(16 * 1024, 2, 1e6)).toBe(16 * 1024); // a smaller chunkSize still wins
    // Inline, one worker or an unknown size (streams, gzip): chunkSize as given.
    for (const [w, size] of [[0, 20e6], [1, 20e6], [2, undefined], [2, Infinity]] as const) expect(chunkSizeFor(2 * mib, w, size)).toBe(2 * mib);
  });
});

describe('processInput', () => {
  const text = jsonl(3000);

  it('restores input order when chunks settle out of order, with at most 2 x workers in flight', async () => {
    const baseline = await run(text, 0, { chunkSize: 1 << 28 });
    expect(baseline.tasks).toHaveLength(1);
    for (const workers of [1, 2, 3]) {
      const r = await run(text, workers, { chunkSize: 8 * 1024 });
      expect(r.tasks.length).toBeGreaterThan(20);
      expect(r.maxRunning()).toBeLessThanOrEqual(2 * workers);
      expect(r.maxRunning()).toBeGreaterThan(1);
      expect(r.output).toBe(baseline.output);
      expect(r.report.findings).toEqual(baseline.report.findings);
      expect(r.report.totals).toEqual(baseline.report.totals);
    }
  });

  it('asks each chunk only for the findings the report can still list', async () => {
    const r = await run(text, 2, { chunkSize: 8 * 1024, maxFindings: 50 });
    const limits = r.tasks.map((t) => t.chunk.findingLimit);
    expect(limits[0]).toBe(50);
    // Chunks submitted once the first ones settled ask for nothing more; the report is unchanged.
    expect(limits.at(-1)).toBe(0);
    expect(limits.every((l, i) => i === 0 || l <= limits[i - 1]!)).toBe(true);
    expect(r.report.findings).toHaveLength(50);
    expect(r.report.findings.map((f) => f.record)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(r.report.totals.findings).toBe(3000);
    expect(r.report.truncated).toBe(true);
  });

  it('cuts a small input of known size into CHUNKS_PER_WORKER chunks per worker', async () => {
    const big = jsonl(60_000); // ~4.6 MB: 16 chunks of ~290 KB
    const size = Buffer.byteLength(big);
    const r = await run(big, 2, {}, size);
    const sizes = r.tasks.map((t) => t.chunk.bytes.length);
    expect(sizes.length).toBeGreaterThanOrEqual(2 * CHUNKS_PER_WORKER - 1);
    expect(sizes.length).toBeLessThanOrEqual(2 * CHUNKS_PER_WORKER);
    for (const s of sizes.slice(0, -1)) expect(s).toBeGreaterThanOrEqual(MIN_CHUNK_SIZE);
    // Without a size (a stream) the default chunk size applies.
    expect((await run(big, 2, {})).tasks.length).toBe(Math.ceil(size / DEFAULT_CHUNK_SIZE));
  });
});
