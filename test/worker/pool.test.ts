import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anonymizeFile, scanFile } from '../../src/pipeline/api.js';
import { threadId } from 'node:worker_threads';
import { normalizeScanOptions } from '../../src/options.js';
import { engineSpecId, engineSpecOf } from '../../src/pipeline/engine.js';
import { createChunkPool, workerHeapLimitMb } from '../../src/worker/pool.js';
import { tempDir, ticket, account } from '../pipeline/helpers.js';

const dir = await tempDir();
const fixture = fileURLToPath(new URL('../fixtures/recognizers/hang.js', import.meta.url));
const markerFixture = fileURLToPath(new URL('../fixtures/recognizers/marker.js', import.meta.url));
const KEY = 'hex:00112233445566778899aabbccddeeff';

/** A deterministic dataset of `rows` records with planted values every few rows. */
function dataset(rows: number, format: 'csv' | 'jsonl'): string {
  const lines: string[] = format === 'csv' ? ['id,email,note,account'] : [];
  for (let i = 0; i < rows; i++) {
    const email = i % 3 === 0 ? `user${i}.name@mail-host${i % 7}.com` : `nobody${i}`;
    const note = i % 5 === 0 ? `ticket TCK-${String(100000 + i)} "quoted", multi\nline` : `plain text ${i}`;
    const acct = i % 4 === 0 ? String(4000000000000000 + i * 7919) : String(i);
    if (format === 'csv') lines.push(`${i},${email},"${note.replaceAll('"', '""')}",${acct}`);
    else lines.push(JSON.stringify({ id: i, user: { email }, messages: [{ content: note }], account: Number(acct) }));
  }
  return `${lines.join('\n')}\n`;
}

describe('worker pool', () => {
  for (const format of ['csv', 'jsonl'] as const) {
    it(`gives byte-identical output and report with 0, 1 and 2 workers (${format})`, async () => {
      const input = join(dir, `det.${format}`);
      await writeFile(input, dataset(3000, format));
      const outputs: Buffer[] = [];
      const reports: string[] = [];
      for (const workers of [0, 1, 2]) {
        const output = join(dir, `det-${workers}.${format}`);
        const report = await anonymizeFile(input, output, {
          workers,
          chunkSize: 16 * 1024, // many chunks, so ordering is exercised
          recognizers: ['email', ticket, account],
          operators: { DEFAULT: { type: 'replace', template: '<{entity}_{id}>' } },
          key: KEY,
        });
        expect(report.execution.workers).toBe(workers);
        outputs.push(await readFile(output));
        // Timing, execution and the output path differ by design; everything else must not.
        const { startedAt, finishedAt, durationMs, execution, inputs, ...stable } = report;
        reports.push(JSON.stringify({ ...stable, inputs: inputs.map(({ output: _, ...rest }) => rest) }));
      }
      expect(outputs[1]!.equals(outputs[0]!)).toBe(true);
      expect(outputs[2]!.equals(outputs[0]!)).toBe(true);
      expect(reports[1] === reports[0] && reports[2] === reports[0]).toBe(true);
      expect(outputs[0]!.toString()).not.toMatch(/user\d+\.name@|TCK-\d{6}/);
      expect(JSON.parse(reports[0]!).totals.records).toBe(3000);
    });
  }

  it('imports { module } recognizers inside the workers (named and default exports)', async () => {
    const input = join(dir, 'mod.jsonl');
    await writeFile(input, '{"a":"EMP-123456 and TCK-654321"}\n');
    const report = await scanFile(input, { workers: 1, recognizers: [{ module: fixture, export: 'hangRecognizer' }, { module: fixture }] });
    expect(report.findings.map((f) => f.entity)).toEqual(['EMPLOYEE_ID', 'TICKET_ID']);
    await expect(scanFile(input, { workers: 1, recognizers: [{ module: fixture, export: 'nope' }] })).rejects.toMatchObject({ code: 'PII_INVALID_RECOGNIZER' });
  });

  it('refuses recognizer objects when workers > 0, accepts them inline', async () => {
    const input = join(dir, 'obj.jsonl');
    await writeFile(input, '{"a":"EMP-123456"}\n');
    const { hangRecognizer } = (await import(fixture)) as { hangRecognizer: never };
    await expect(scanFile(input, { workers: 1, recognizers: [hangRecognizer] })).rejects.toMatchObject({ code: 'PII_INVALID_OPTION' });
    expect((await scanFile(input, { workers: 0, recognizers: [hangRecognizer] })).totals.findings).toBe(1);
  });

  it('fails a hung chunk with PII_TASK_TIMEOUT and leaves no output behind', async () => {
    const input = join(dir, 'hang.jsonl');
    await writeFile(input, `${'{"a":"fine"}\n'.repeat(50)}{"a":"HANG_MARKER"}\n`);
    const t0 = Date.now();
    await expect(
      anonymizeFile(input, join(dir, 'hang.out.jsonl'), { workers: 1, taskTimeout: 1500, recognizers: [{ module: fixture, export: 'hangRecognizer' }] }),
    ).rejects.toMatchObject({ code: 'PII_TASK_TIMEOUT' });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect((await readdir(dir)).filter((f) => f.includes('hang.out'))).toEqual([]);
  });

  it('fails with PII_WORKER_FAILED when a worker dies', async () => {
    const input = join(dir, 'crash.jsonl');
    await writeFile(input, '{"a":"CRASH_MARKER"}\n');
    await expect(
      anonymizeFile(input, join(dir, 'crash.out.jsonl'), { workers: 1, recognizers: [{ module: fixture, export: 'hangRecognizer' }] }),
    ).rejects.toMatchObject({ code: 'PII_WORKER_FAILED' });
    expect((await readdir(dir)).filter((f) => f.includes('crash.out'))).toEqual([]);
  });

  it('reports a malformed record found in a worker with its absolute line', async () => {
    const input = join(dir, 'late-bad.jsonl');
    await writeFile(input, `${'{"a":1}\n'.repeat(5000)}{oops}\n`);
    await expect(scanFile(input, { workers: 2, chunkSize: 4096, recognizers: ['email'] })).rejects.toMatchObject({ code: 'PII_PARSE_ERROR', line: 5001, record: 5001 });
  });

  it('stops on the caller signal with PII_ABORTED', async () => {
    const input = join(dir, 'abort.jsonl');
    await writeFile(input, '{"a":"HANG_MARKER"}\n');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    await expect(
      scanFile(input, { workers: 1, signal: controller.signal, recognizers: [{ module: fixture, export: 'hangRecognizer' }] }),
    ).rejects.toMatchObject({ code: 'PII_ABORTED' });
  });

  it('limits each worker heap to keep RSS down, with room for the largest chunk', () => {
    expect(workerHeapLimitMb()).toBe(784); // default chunkSize + maxRecordBytes
    expect(workerHeapLimitMb(1 << 20)).toBe(768);
    expect(workerHeapLimitMb(512 << 20)).toBe(256 + 8 * 512);
  });
});

describe('worker warm-up', () => {
  it('creates the engine in each worker as it starts, before any chunk is sent', async () => {
    const file = join(dir, 'created-by.txt');
    await writeFile(file, '');
    const options = normalizeScanOptions({ workers: 2, recognizers: [{ module: markerFixture, options: { file } }] });
    const spec = engineSpecOf(options, process.cwd());
    const pool = createChunkPool({ workers: 2, taskTimeout: 60_000, warmUp: { specId: engineSpecId(spec), spec, fieldStyle: 'json' } });
    try {
      const threads = async () => new Set((await readFile(file, 'utf8')).split('\n').filter(Boolean));
      for (let waited = 0; (await threads()).size < 2 && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      // Two worker threads, not this one, and no task was run.
      const created = await threads();
      expect(created.size).toBe(2);
      expect(created.has(String(threadId))).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it.each([
    ['csv', 'id,note\n1,hello\n2,world\n'],
    ['jsonl', '{"id":1,"note":"hello"}\n{"id":2,"note":"world"}\n'],
  ])('warms each worker with the engine a %s input needs: no worker creates a second one', async (format, text) => {
    const file = join(dir, `created-for-${format}.txt`);
    await writeFile(file, '');
    const input = join(dir, `warm.${format}`);
    await writeFile(input, text);
    const report = await anonymizeFile(input, join(dir, `warm-out.${format}`), { workers: 2, recognizers: [{ module: markerFixture, options: { file } }] });
    expect(report.totals.records).toBe(2);
    const perThread = new Map<string, number>();
    for (const id of (await readFile(file, 'utf8')).split('\n').filter((t) => t !== '' && t !== String(threadId))) perThread.set(id, (perThread.get(id) ?? 0) + 1);
    // A worker still booting when the run ends may be stopped before it creates any.
    expect(perThread.size).toBeGreaterThan(0);
    expect([...perThread.values()].every((n) => n === 1)).toBe(true);
  });

  it('checks the options on a worker: a bad option fails before the input is read, and this thread creates no engine', async () => {
    const file = join(dir, 'created-for-check.txt');
    await writeFile(file, '');
    let pulled = false;
    async function* input() {
      pulled = true;
      yield '{"a":"x"}\n';
    }
    const output = join(dir, 'check.out.jsonl');
    const options = { format: 'jsonl' as const, workers: 2, recognizers: [{ module: markerFixture, options: { file } }] };
    await expect(anonymizeFile(input(), output, { ...options, operators: { DEFAULT: { type: 'hash' as const } } })).rejects.toMatchObject({ code: 'PII_MISSING_KEY' });
    expect(pulled).toBe(false);
    expect((await readdir(dir)).filter((f) => f.includes('check.out'))).toEqual([]);
    const report = await anonymizeFile(input(), output, options);
    expect(report.totals.records).toBe(1);
    const created = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
    expect(created.length).toBeGreaterThan(0);
    expect(created).not.toContain(String(threadId));
  });

  it('infers column types on a worker: the main thread analyzes no value', async () => {
    const file = join(dir, 'created-for-inference.txt');
    const analyzed = join(dir, 'analyzed-for-inference.txt');
    await Promise.all([writeFile(file, ''), writeFile(analyzed, '')]);
    const input = join(dir, 'infer.csv');
    await writeFile(input, `id,email\n${Array.from({ length: 20 }, (_, i) => `${i},user${i}.name@mail-host.com\n`).join('')}`);
    const report = await scanFile(input, { workers: 1, recognizers: ['email', { module: markerFixture, options: { file, analyzed } }] });
    expect(report.inputs[0]!.columns).toEqual([expect.objectContaining({ field: 'email', entity: 'EMAIL_ADDRESS' })]);
    const threads = (await readFile(analyzed, 'utf8')).split('\n').filter(Boolean).map((line) => line.slice(0, line.indexOf(' ')));
    expect(threads.length).toBeGreaterThan(0);
    expect(threads).not.toContain(String(threadId));
  });
});
