/**
 * Throughput benchmark (`npm run bench`): generates realistic CSV and JSONL datasets with planted
 * PII into os.tmpdir(), then measures scan and anonymize with 0 / 1 / 2 workers against the floor
 * (the same file through the same parser and serializer with no detection), each run in its own
 * child process so peak RSS is the run's own. Also proves no planted value survives anonymization.
 *
 *   npm run bench                       # ~100 MB per format
 *   npm run bench -- --size 2GB --formats jsonl --workers 2 --modes anonymize   # the RSS check
 *   npm run bench -- --size 1GB --recognizers email                              # quick RSS flatness check
 *   npm run bench -- --size 100MB --workers 1,2 --modes floor,anonymize --runs 3  # best of 3 interleaved rounds
 *   npm run bench -- --base-size 0                                                 # whole runs only
 *
 * With 1 and 2 workers measured, each round also runs two 1-worker anonymize processes at once: their
 * combined MB/s over one alone is what this machine gives two independent copies of the work, the
 * ceiling against which the 2-worker ratio can be read (memory bandwidth, caches and V8's own
 * threads are shared by both). Each round also times a pure-compute loop alone and two copies at
 * once: below 2.00 the host itself was short of cores in that round, whatever the work.
 *
 * Marginal rates: every configuration also runs on a `--base-size` dataset (default 20 MB, the
 * first records of the same generated data), and the extra bytes over the extra seconds are its
 * rate once running - without process and pool startup, each worker's JIT and regex warm-up, and
 * the tail, which a whole 100 MB run still contains (about 0.5 s of a 3-6 s run here) and which
 * weigh on a 2-worker run more than on a 1-worker one. Both sets of verdicts are printed.
 *
 * Besides MB/s (wall clock, noisy on a shared machine) each run reports CPU seconds: the whole
 * process, the main thread per MB, and how busy the workers were, so a slow run can be told apart
 * from a starved one.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Analyzer } from '../src/analyzer/analyzer.js';
import { chunkRecords } from '../src/io/chunker.js';
import { parseCsvHeader } from '../src/io/csv.js';
import { delimiterOf } from '../src/io/format.js';
import { fileSink, readInput } from '../src/io/source.js';
import { DEFAULT_CHUNK_SIZE, DEFAULT_MAX_RECORD_BYTES } from '../src/options.js';
import { processChunk } from '../src/pipeline/chunk.js';
import type { RecordEngine } from '../src/pipeline/record.js';
import { parseSize, printResults } from './bench-format.js';
import { generateDataset, plantedPatterns } from './generate-dataset.js';

type Mode = 'floor' | 'scan' | 'anonymize';
interface ChildJob { mode: Mode; workers: number; path: string; format: 'csv' | 'jsonl'; output: string; recognizers: unknown[] }
interface ChildResult {
  seconds: number;
  records: number;
  bytes: number;
  maxRssMB: number;
  /** CPU seconds of the whole process over the run (all threads). */
  cpuS: number;
  /** CPU seconds of the main thread over the run (Linux; the process's when unknown). */
  mainCpuS: number;
  /** CPU seconds of each worker thread (Linux; empty when unknown). */
  workerCpuS: number[];
}

/** Default selection: the recommended pattern recognizers, names (NLP) off. */
const RECOGNIZERS = ['recommended', { id: 'nlp-entities', disabled: true }];

const unreachable = (): never => { throw new Error('unreachable: the floor finds nothing'); };

/** The floor: chunking, parsing and serializing exactly as the pipeline does, with an engine that finds nothing. */
async function runFloor(job: ChildJob): Promise<number> {
  const analyzer = { analyze: () => [], forField: () => () => [] } as unknown as Analyzer;
  const engine: RecordEngine = {
    analyzer, fieldStyle: job.format === 'jsonl' ? 'json' : 'csv', scanNumbers: true,
    isSelected: () => true,
    anonymizerFor: () => ({ anonymize: unreachable, anonymizedText: unreachable }),
  };
  const delimiter = delimiterOf(job.format, undefined);
  const sink = fileSink(job.output);
  let columns: string[] | undefined;
  let records = 0;
  for await (const item of chunkRecords(readInput(job.path), { format: job.format, delimiter, chunkSize: DEFAULT_CHUNK_SIZE, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES })) {
    if (item.kind === 'head') {
      if (item.header) {
        const h = parseCsvHeader(Buffer.from(item.header).toString('utf8'), delimiter);
        columns = 'columns' in h ? h.columns : [];
        await sink.write(item.header);
      }
      continue;
    }
    const r = processChunk(engine, { mode: 'anonymize', format: job.format, delimiter, ...(columns ? { columns } : {}), bytes: item.bytes, onError: 'fail', blankLines: 'keep', findingLimit: 0 });
    records += r.records;
    await sink.write(r.output!);
  }
  await sink.commit();
  return records;
}

/**
 * CPU accounting per thread (JavaScript source, run in both children): samples
 * /proc/self/task/<tid>/stat every 20 ms while the run goes on, keeping each thread's last value
 * (worker threads are gone once the pool closes). The wall clock is noisy on a shared machine;
 * CPU seconds show where the time goes: the main thread, the workers (busy or starved), and the
 * rest (V8's compiler and GC helper threads, libuv). Without /proc (not Linux) only the process
 * total is known.
 */
const THREAD_CPU = `
const { readdirSync, readFileSync } = await import('node:fs');
const threadCpu = () => {
  const out = new Map();
  let tids = [];
  try { tids = readdirSync('/proc/self/task'); } catch { return out; }
  for (const tid of tids) {
    try {
      const stat = readFileSync('/proc/self/task/' + tid + '/stat', 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) / 100);
    } catch {}
  }
  return out;
};
const startCpu = (workers) => {
  const before = threadCpu();
  const last = new Map(before);
  const cpu0 = process.cpuUsage();
  const timer = setInterval(() => { for (const [t, v] of threadCpu()) last.set(t, v); }, 20);
  return () => {
    clearInterval(timer);
    for (const [t, v] of threadCpu()) last.set(t, v);
    const c = process.cpuUsage(cpu0);
    const cpuS = (c.user + c.system) / 1e6;
    const used = [...last].map(([t, v]) => [t, v - (before.get(t) ?? 0)]);
    const main = used.find(([t]) => t === String(process.pid));
    // The worker threads are the busiest threads that did not exist before the run.
    const workerCpuS = used.filter(([t]) => !before.has(t)).map(([, v]) => v).sort((a, b) => b - a).slice(0, workers);
    return { cpuS, mainCpuS: main ? main[1] : cpuS, workerCpuS };
  };
};
`;

/**
 * Scan and anonymize runs: the built package under plain Node, as users run pii-scan - no
 * TypeScript loader in any thread, so throughput and peak RSS are the product's own.
 */
const PRODUCT_CHILD = `
const job = JSON.parse(process.argv[1]);
const lib = await import(job.lib);
const { statSync } = await import('node:fs');
${THREAD_CPU}
const stop = startCpu(job.workers);
const t0 = performance.now();
const options = { workers: job.workers, recognizers: job.recognizers, maxFindings: 100 };
const report = job.mode === 'scan' ? await lib.scanFile(job.path, options) : await lib.anonymizeFile(job.path, job.output, options);
const seconds = (performance.now() - t0) / 1000;
const result = { seconds, records: report.totals.records, bytes: statSync(job.path).size, maxRssMB: process.resourceUsage().maxRSS / 1024, ...stop() };
process.stdout.write(JSON.stringify(result) + '\\n');
`;

/** The floor run (parser and serializer only), in this TypeScript file's own child process. */
async function floorChild(job: ChildJob): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const records = await runFloor(job);
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  const cpuS = (c.user + c.system) / 1e6;
  const bytes = (await import('node:fs')).statSync(job.path).size;
  // Inline on this thread: the process's CPU is (all but V8 helper threads') the main thread's.
  const result: ChildResult = { seconds, records, bytes, maxRssMB: process.resourceUsage().maxRSS / 1024, cpuS, mainCpuS: cpuS, workerCpuS: [] };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * Runs benchmark children at the same time (one, for a plain run) and resolves with their results
 * in order. Several at once measure what the machine gives two independent processes: the
 * ceiling a 2-worker run can be judged against (see `pair` in main).
 */
async function runChildren(jobs: readonly ChildJob[]): Promise<ChildResult[]> {
  const lib = new URL('../dist/src/index.js', import.meta.url).href;
  return Promise.all(jobs.map((job) => new Promise<ChildResult>((resolve, reject) => {
    const args = job.mode === 'floor'
      ? ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', JSON.stringify(job)]
      : ['--input-type=module', '-e', PRODUCT_CHILD, JSON.stringify({ ...job, lib })];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult);
      else reject(new Error(`benchmark child failed (${job.mode}, ${job.workers} workers): exit ${code}`));
    });
  })));
}

/**
 * A fixed integer loop (about a second), which touches no memory: two copies at once run as fast
 * as one alone when the host gives this machine two whole cores. Run beside the pair, it tells a
 * host that is short of cores at that moment (both ratios low) from work that shares something
 * else - memory bandwidth, caches, V8's helper threads (only the pair's low). The loop is a
 * function called again and again, timed after warm-up calls: one long top-level loop relies on
 * on-stack replacement, and about one child in ten here stayed in baseline code for the whole
 * loop, 4.7x slower, which read as a host short of cores.
 */
const SPIN_CHILD = `
function spin(x, n) { for (let i = 0; i < n; i++) x = (Math.imul(x, 1103515245) + i) | 0; return x; }
let x = 1;
for (let k = 0; k < 100; k++) x = spin(x, 1e6);
const t0 = performance.now();
for (let k = 0; k < 1000; k++) x = spin(x, 1e6);
process.stdout.write(JSON.stringify({ seconds: (performance.now() - t0) / 1000, x }) + '\\n');
`;

/** Seconds of each spin child, started at the same time. */
function spin(copies: number): Promise<number[]> {
  return Promise.all(Array.from({ length: copies }, () => new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', SPIN_CHILD], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve((JSON.parse(out) as { seconds: number }).seconds) : reject(new Error(`spin child failed: exit ${code}`))));
  })));
}

/** What two copies of the spin loop at once do over one alone (2.00: two whole cores). */
async function hostScaling(): Promise<number> {
  const [alone] = await spin(1);
  return (2 * alone!) / Math.max(...(await spin(2)));
}

/** Children run at the same time, as one run: their bytes and records added, over the slower one's time. */
function together(runs: readonly ChildResult[]): ChildResult {
  const sum = (f: (r: ChildResult) => number) => runs.reduce((a, r) => a + f(r), 0);
  return {
    seconds: Math.max(...runs.map((r) => r.seconds)),
    records: sum((r) => r.records),
    bytes: sum((r) => r.bytes),
    maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)),
    cpuS: sum((r) => r.cpuS),
    mainCpuS: sum((r) => r.mainCpuS),
    workerCpuS: runs.flatMap((r) => r.workerCpuS),
  };
}

/** The middle value (the mean of the middle two for an even count). */
function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Adds two sets of planted counts. */
function sumCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  return Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]));
}

/** Counts planted-shape values in a file (streamed; lines never span reads we do not carry over). */
async function countPlanted(path: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(Object.keys(plantedPatterns).map((k) => [k, 0]));
  let carry = '';
  for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: 4 << 20 })) {
    const text = carry + (piece as string);
    const cut = text.lastIndexOf('\n') + 1;
    const body = text.slice(0, cut);
    carry = text.slice(cut);
    for (const [k, re] of Object.entries(plantedPatterns)) counts[k]! += body.match(re)?.length ?? 0;
  }
  for (const [k, re] of Object.entries(plantedPatterns)) counts[k]! += carry.match(re)?.length ?? 0;
  return counts;
}

/**
 * The targets read on marginal rates: 1 worker against the floor, and 2 workers against 1 (with
 * the two-process pair beside it) from the ratios within each round, whose median is the verdict.
 */
function marginalVerdicts(format: string, marginals: ReadonlyMap<string, readonly number[]>, keyOf: (mode: Mode, workers: number, pair: boolean) => string, pairs: boolean): string[] {
  const of = (mode: Mode, workers: number, pair = false) => marginals.get(keyOf(mode, workers, pair));
  /** Per round, a / b, the rounds where either has no rate left out. */
  const ratios = (a: readonly number[] | undefined, b: readonly number[] | undefined): number[] =>
    a === undefined || b === undefined ? [] : a.map((x, i) => x / b[i]!).filter((x) => !Number.isNaN(x));
  const show = (xs: readonly number[]) => `${xs.map((x) => x.toFixed(2)).join(', ')} (median ${median(xs).toFixed(2)})`;
  const out: string[] = [];
  const vsFloor = ratios(of('anonymize', 1), of('floor', 0));
  if (vsFloor.length > 0) out.push(`${median(vsFloor) >= 0.5 ? 'ok  ' : 'MISS'} ${format}, marginal: anonymize on 1 worker / floor, per round: ${show(vsFloor)} (target >= 0.50)`);
  const scaling = ratios(of('anonymize', 2), of('anonymize', 1));
  if (scaling.length > 0) {
    const machine = ratios(of('anonymize', 1, true), of('anonymize', 1));
    const pair = pairs && machine.length > 0 ? `; 2 processes / 1 worker: ${show(machine)}` : '';
    out.push(`${median(scaling) >= 1.7 ? 'ok  ' : 'MISS'} ${format}, marginal: 2 workers / 1 worker, per round: ${show(scaling)} (target >= 1.70)${pair}`);
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      size: { type: 'string', default: '100MB' },
      formats: { type: 'string', default: 'csv,jsonl' },
      workers: { type: 'string', default: '0,1,2' },
      modes: { type: 'string', default: 'floor,scan,anonymize' },
      // e.g. --recognizers email for a quick memory-flatness check on a large input
      recognizers: { type: 'string' },
      // best of N interleaved rounds per configuration (shared machines)
      runs: { type: 'string', default: '1' },
      // marginal rates over the extra bytes of --size against this smaller dataset (0: off)
      'base-size': { type: 'string', default: '20MB' },
    },
  });
  if (values.child) return floorChild(JSON.parse(values.child) as ChildJob);
  const size = parseSize(values.size);
  const formats = values.formats.split(',') as ('csv' | 'jsonl')[];
  const workerCounts = values.workers.split(',').map(Number);
  const modes = values.modes.split(',') as Mode[];
  const runs = Math.max(1, Number(values.runs));
  const recognizers: unknown[] = values.recognizers ? values.recognizers.split(',') : RECOGNIZERS;
  const baseSize = parseSize(values['base-size']);
  if (baseSize > 0 && baseSize * 2 > size) throw new Error(`--base-size (${values['base-size']}) must be at most half of --size (${values.size}), or 0`);
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const format of formats) {
    const t0 = performance.now();
    const data = await generateDataset(format, size);
    const base = baseSize > 0 ? await generateDataset(format, baseSize) : undefined;
    const planted = await countPlanted(data.path);
    console.error(`${format}: ${(data.bytes / 1e6).toFixed(0)} MB at ${data.path} (${((performance.now() - t0) / 1000).toFixed(1)} s); planted ${JSON.stringify(planted)}`);
    // Rounds of every configuration, interleaved so that a burst of load on a shared machine hits
    // all of them alike; each configuration's fastest run is kept, and every run's output checked.
    // `pair`: two 1-worker anonymize runs at once, in separate processes - what this machine gives
    // two independent copies of the same work, against which the 2-worker ratio can be read.
    const pairs = modes.includes('anonymize') && workerCounts.includes(1) && workerCounts.includes(2);
    const configs = [
      ...modes.flatMap((mode) => (mode === 'floor' ? [0] : workerCounts).map((workers) => ({ mode, workers, pair: false }))),
      ...(pairs ? [{ mode: 'anonymize' as Mode, workers: 1, pair: true }] : []),
    ];
    const best = new Map<string, { run: ChildResult; slowest: number; left: Record<string, number> }>();
    const rate = (r: ChildResult) => r.bytes / 1e6 / r.seconds;
    // Every run's MB/s by configuration, in round order: ratios within a round are measured minutes
    // apart, not across the machine's slow and fast spells.
    const rounds = new Map<string, number[]>();
    // Every round's marginal MB/s by configuration: (big bytes - base bytes) / (big seconds - base seconds).
    const marginals = new Map<string, number[]>();
    const keyOf = (mode: Mode, workers: number, pair: boolean) => `${mode}/${workers}${pair ? '/pair' : ''}`;
    // With the pair, each round also measures the host's own scaling of pure computation.
    const host: number[] = [];
    for (let round = 1; round <= runs; round++) {
      if (pairs) host.push(await hostScaling());
      for (const { mode, workers, pair } of configs) {
        const outputs = (pair ? ['a', 'b'] : ['a']).map((n) => join(tmpdir(), `pii-scan-bench-out-${process.pid}-${n}.${format}`));
        const key = keyOf(mode, workers, pair);
        // The base run first, right before the big one: the two are seconds apart.
        const small = base ? together(await runChildren(outputs.map((output) => ({ mode, workers, path: base.path, format, output, recognizers })))) : undefined;
        const r = together(await runChildren(outputs.map((output) => ({ mode, workers, path: data.path, format, output, recognizers }))));
        // A big run no slower than its base run (a burst of load) gives no rate: NaN, which the medians skip.
        if (small) marginals.set(key, [...(marginals.get(key) ?? []), r.seconds > small.seconds ? (r.bytes - small.bytes) / 1e6 / (r.seconds - small.seconds) : NaN]);
        let left: Record<string, number> = {};
        for (const output of outputs) {
          if (mode === 'anonymize') left = sumCounts(left, await countPlanted(output));
          await rm(output, { force: true });
        }
        const had = best.get(key);
        rounds.set(key, [...(rounds.get(key) ?? []), rate(r)]);
        best.set(key, had === undefined ? { run: r, slowest: rate(r), left } : { run: rate(r) > rate(had.run) ? r : had.run, slowest: Math.min(had.slowest, rate(r)), left: sumCounts(had.left, left) });
        if (runs > 1) console.error(`  round ${round}: ${format} ${mode} ${pair ? '2 processes of 1' : workers} workers: ${rate(r).toFixed(1)} MB/s`);
      }
    }
    const floor = best.get('floor/0')?.run;
    /** The median of a configuration's marginal rates over the rounds (NaN without one). */
    const marginalOf = (key: string): number => {
      const xs = (marginals.get(key) ?? []).filter((x) => !Number.isNaN(x));
      return xs.length === 0 ? NaN : median(xs);
    };
    const anonymizeRate = new Map<number, number>();
    let pairRate: number | undefined;
    for (const { mode, workers, pair } of configs) {
      const { run: r, slowest, left } = best.get(keyOf(mode, workers, pair))!;
      const mbs = rate(r);
      if (pair) pairRate = mbs;
      else if (mode === 'anonymize') anonymizeRate.set(workers, mbs);
      let survivors = '';
      if (mode === 'anonymize') {
        const total = Object.values(left).reduce((a, b) => a + b, 0);
        survivors = total === 0 ? '0' : JSON.stringify(left);
        if (total > 0) verdicts.push(`FAIL ${format} anonymize (${workers} workers): planted values survived ${survivors}`);
      }
      const ratio = floor ? (mbs / rate(floor)).toFixed(2) : '';
      const marginal = marginalOf(keyOf(mode, workers, pair));
      const floorMarginal = marginalOf(keyOf('floor', 0, false));
      const mb = r.bytes / 1e6;
      // Workers' CPU over their capacity: below 100% they waited for chunks or for a core.
      const busy = r.workerCpuS.length > 0 && workers > 0 ? `${Math.round((100 * r.workerCpuS.reduce((a, b) => a + b, 0)) / ((pair ? 2 : workers) * r.seconds))}` : '';
      rows.push([
        format, mode, pair ? '2 x 1 (processes)' : String(workers), mbs.toFixed(1), ...(runs > 1 ? [`${slowest.toFixed(1)}-${mbs.toFixed(1)}`] : []), Math.round(r.records / r.seconds).toLocaleString('en-US'), r.maxRssMB.toFixed(0), ratio, survivors,
        r.cpuS.toFixed(1), ((1000 * r.mainCpuS) / mb).toFixed(1), busy,
        ...(base ? [Number.isNaN(marginal) ? '-' : marginal.toFixed(1), Number.isNaN(marginal) || Number.isNaN(floorMarginal) ? '' : (marginal / floorMarginal).toFixed(2)] : []),
      ]);
      console.error(`  ${rows.at(-1)!.join('  ')}`);
    }
    const one = anonymizeRate.get(1);
    const two = anonymizeRate.get(2);
    if (floor && one !== undefined) {
      const f = floor.bytes / 1e6 / floor.seconds;
      verdicts.push(`${one >= 0.5 * f ? 'ok  ' : 'MISS'} ${format}: anonymize on 1 worker = ${(one / f).toFixed(2)} x floor (target >= 0.50)`);
    }
    if (one !== undefined && two !== undefined) {
      const machine = pairRate === undefined ? '' : `; two 1-worker processes at once: ${(pairRate / one).toFixed(2)} x (this machine's own scaling of the same work)`;
      verdicts.push(`${two >= 1.7 * one ? 'ok  ' : 'MISS'} ${format}: 2 workers = ${(two / one).toFixed(2)} x 1 worker (target >= 1.70 on 2 cores)${machine}`);
      if (runs > 1) {
        const ones = rounds.get(keyOf('anonymize', 1, false))!;
        const within = (key: string) => {
          const ratios = rounds.get(key)!.map((mbs, i) => mbs / ones[i]!);
          return `${ratios.map((x) => x.toFixed(2)).join(', ')} (median ${median(ratios).toFixed(2)})`;
        };
        verdicts.push(`     ${format}: per round, 2 workers / 1 worker: ${within(keyOf('anonymize', 2, false))}${pairRate === undefined ? '' : `; 2 processes / 1 worker: ${within(keyOf('anonymize', 1, true))}`}`);
      }
    }
    if (base) verdicts.push(...marginalVerdicts(format, marginals, keyOf, pairs));
    if (host.length > 0) {
      verdicts.push(`     ${format}, host: two copies of a pure-compute loop at once / one alone, per round: ${host.map((x) => x.toFixed(2)).join(', ')} (median ${median(host).toFixed(2)}; 2.00 is two whole cores)`);
    }
  }
  const head = ['format', 'mode', 'workers', 'MB/s', ...(runs > 1 ? [`slowest-fastest of ${runs}`] : []), 'records/s', 'peak RSS MB', 'x floor', 'planted left', 'CPU s', 'main CPU ms/MB', 'worker CPU %', ...(baseSize > 0 ? ['marginal MB/s', 'marginal x floor'] : [])];
  const best = runs > 1 ? [`best of ${runs} interleaved rounds per configuration (its fastest run in every column); planted left: over all runs`] : [];
  const marginalNote = baseSize > 0 ? [`marginal MB/s: (${values.size} - ${values['base-size']}) / (seconds of the ${values.size} run - seconds of the ${values['base-size']} run), the median over the rounds: the rate once running, without startup, warm-up and tail`] : [];
  printResults(head, rows, verdicts, [...best, "CPU s: the process (all threads); main CPU ms/MB: the main thread; worker CPU %: worker threads' CPU / (workers x wall) - below 100 they waited for chunks or for a core", ...marginalNote]);
}

await main();
