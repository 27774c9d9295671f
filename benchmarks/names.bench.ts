/**
 * Names benchmark (`npm run bench:names`): anonymize throughput per worker with PERSON / LOCATION /
 * ORGANIZATION detection on, on the realistic generated datasets of the throughput benchmark,
 * reported as a ratio to compromise alone on the same input in the same run (issue #7: >= 2 MB/s
 * per worker and >= 60x compromise). compromise alone parses every string value of the input and
 * extracts people, places and organizations - what a "run NLP on every value" pipeline does; it is
 * so slow that it is timed on the first `--compromise-size` bytes of the same file.
 *
 *   npm run bench:names                                   # 100 MB per format, 1 and 2 workers
 *   npm run bench:names -- --size 50MB --formats csv --workers 1
 *   npm run bench:names -- --workers 1 --runs 3           # best of 3 interleaved rounds (shared machines)
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSize, printResults } from './bench-format.js';
import { generateDataset, plantedPatterns } from './generate-dataset.js';

interface Run { seconds: number; bytes: number; maxRssMB: number; columns?: unknown }

const lib = new URL('../dist/src/index.js', import.meta.url).href;
const compromiseLib = new URL('../dist/src/recognizer/compromise.js', import.meta.url).href;

/** anonymizeFile from the built package, under plain Node (no TypeScript loader in any thread). */
const ANONYMIZE_CHILD = `
const job = JSON.parse(process.argv[1]);
const { anonymizeFile } = await import(job.lib);
const { statSync } = await import('node:fs');
const t0 = performance.now();
const report = await anonymizeFile(job.path, job.output, { workers: job.workers, recognizers: job.recognizers, maxFindings: 10 });
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ seconds, bytes: statSync(job.path).size, maxRssMB: process.resourceUsage().maxRSS / 1024, columns: report.inputs[0].columns }) + '\\n');
`;

/**
 * compromise alone over every string value of the first \`limit\` bytes (whole records), timed
 * after loading; CSV fields are split by the pipeline's own tokenizer, JSONL leaves by its walker.
 */
const COMPROMISE_CHILD = `
const job = JSON.parse(process.argv[1]);
const { loadCompromise } = await import(job.compromise);
const { CsvTokenizer } = await import(job.csv);
const { jsonLeaves } = await import(job.json);
const { openSync, readSync } = await import('node:fs');
const buf = Buffer.alloc(job.limit);
const n = readSync(openSync(job.path, 'r'), buf, 0, job.limit, 0);
let text = buf.subarray(0, n).toString('utf8');
text = text.slice(0, text.lastIndexOf('\\n') + 1);
const values = [];
if (job.format === 'csv') {
  const headerEnd = text.indexOf('\\n') + 1;
  const body = text.slice(headerEnd);
  const tok = new CsvTokenizer(body, ',');
  for (let t = tok.next(); t; t = tok.next()) if (t.kind === 'row') for (const f of t.fields) if (f.value) values.push(f.value);
} else {
  for (const line of text.split('\\n')) if (line) for (const l of jsonLeaves(line) ?? []) if (l.kind === 'string') values.push(l.value);
}
const nlp = loadCompromise();
const t0 = performance.now();
let found = 0;
for (const v of values) found += nlp.parse(v).matches.length;
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ seconds, bytes: Buffer.byteLength(text), maxRssMB: process.resourceUsage().maxRSS / 1024, found }) + '\\n');
`;

function child(script: string, job: unknown): Run {
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(job)], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  if (res.status !== 0) throw new Error(`benchmark child failed: exit ${res.status}`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1)!) as Run;
}

/** Planted pattern values still present in a file (none may survive). */
async function survivors(path: string): Promise<number> {
  let n = 0;
  let carry = '';
  for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: 4 << 20 })) {
    const t = carry + (piece as string);
    const cut = t.lastIndexOf('\n') + 1;
    for (const re of Object.values(plantedPatterns)) n += t.slice(0, cut).match(re)?.length ?? 0;
    carry = t.slice(cut);
  }
  for (const re of Object.values(plantedPatterns)) n += carry.match(re)?.length ?? 0;
  return n;
}

/** The fastest of several runs of one configuration (by MB/s), with the slowest rate for the spread. */
interface Best { run: Run; slowest: number }

function keepBest(best: Map<string, Best>, key: string, run: Run, mbs: (r: Run) => number): void {
  const had = best.get(key);
  if (had === undefined) best.set(key, { run, slowest: mbs(run) });
  else best.set(key, { run: mbs(run) > mbs(had.run) ? run : had.run, slowest: Math.min(had.slowest, mbs(run)) });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      // As `npm run bench`: on 20 MB, two workers spend a third of the run building their engines
      // (compromise, lexicons) on two shared cores, which says little about dataset speed.
      size: { type: 'string', default: '100MB' },
      formats: { type: 'string', default: 'csv,jsonl' },
      workers: { type: 'string', default: '1,2' },
      'compromise-size': { type: 'string', default: '1MB' },
      // Rounds of every configuration, interleaved so that a burst of load on a shared machine hits
      // all of them alike; each configuration's fastest run is reported, with the slowest beside it.
      runs: { type: 'string', default: '1' },
    },
  });
  const size = parseSize(values.size);
  const limit = parseSize(values['compromise-size']);
  const workerCounts = values.workers.split(',').map(Number);
  const runs = Math.max(1, Number(values.runs));
  const rows: string[][] = [];
  const verdicts: string[] = [];
  const mbs = (r: Run) => r.bytes / 1e6 / r.seconds;
  const spread = (b: Best, digits = 2) => (runs > 1 ? `${b.slowest.toFixed(digits)}-${mbs(b.run).toFixed(digits)}` : '');
  for (const format of values.formats.split(',') as ('csv' | 'jsonl')[]) {
    const data = await generateDataset(format, size);
    console.error(`${format}: ${(data.bytes / 1e6).toFixed(0)} MB at ${data.path}`);
    const best = new Map<string, Best>();
    const planted = new Map<string, number>(); // planted values left, over all runs of a configuration
    const configs = [false, true].flatMap((names) => workerCounts.map((workers) => ({ names, workers })));
    for (let round = 1; round <= runs; round++) {
      const nlp = child(COMPROMISE_CHILD, {
        compromise: compromiseLib, csv: new URL('../dist/src/io/csv.js', import.meta.url).href, json: new URL('../dist/src/io/json-leaves.js', import.meta.url).href,
        path: data.path, format, limit: Math.min(limit, data.bytes),
      });
      keepBest(best, 'compromise', nlp, mbs);
      console.error(`  round ${round}: compromise alone ${mbs(nlp).toFixed(3)} MB/s`);
      for (const { names, workers } of configs) {
        const output = join(tmpdir(), `pii-scan-names-bench-${process.pid}.${format}`);
        const recognizers = names ? ['recommended'] : ['recommended', { id: 'nlp-entities', disabled: true }];
        const r = child(ANONYMIZE_CHILD, { lib, path: data.path, output, workers, recognizers });
        // Every run's output is checked, not only the fastest one's.
        const left = await survivors(output);
        await rm(output, { force: true });
        if (left > 0) verdicts.push(`FAIL ${format}: ${left} planted values survived (names ${names ? 'on' : 'off'}, ${workers} workers, round ${round})`);
        keepBest(best, `${names}/${workers}`, r, mbs);
        planted.set(`${names}/${workers}`, (planted.get(`${names}/${workers}`) ?? 0) + left);
        console.error(`  round ${round}: names ${names ? 'on' : 'off'}, ${workers} worker(s): ${mbs(r).toFixed(2)} MB/s`);
      }
    }
    const nlp = best.get('compromise')!;
    const base = mbs(nlp.run);
    rows.push([format, `compromise alone (first ${(nlp.run.bytes / 1e6).toFixed(1)} MB)`, '1', base.toFixed(3), spread(nlp, 3), base.toFixed(3), '1', nlp.run.maxRssMB.toFixed(0), '']);
    for (const { names, workers } of configs) {
      const b = best.get(`${names}/${workers}`)!;
      const perWorker = mbs(b.run) / workers;
      rows.push([format, `anonymize, names ${names ? 'on' : 'off'}`, String(workers), mbs(b.run).toFixed(2), spread(b), perWorker.toFixed(2), `${(perWorker / base).toFixed(0)}`, b.run.maxRssMB.toFixed(0), String(planted.get(`${names}/${workers}`))]);
      if (names) {
        verdicts.push(`${perWorker >= 2 ? 'ok  ' : 'MISS'} ${format}: names on, ${workers} worker(s): ${perWorker.toFixed(2)} MB/s per worker (target >= 2)`);
        verdicts.push(`${perWorker / base >= 60 ? 'ok  ' : 'MISS'} ${format}: names on, ${workers} worker(s): ${(perWorker / base).toFixed(0)} x compromise alone per core (target >= 60)`);
        if (workers === workerCounts[0]) console.error(`  inferred columns: ${JSON.stringify(b.run.columns)}`);
      }
    }
  }
  const head = ['format', 'run', 'workers', 'MB/s', `slowest-fastest of ${runs}`, 'MB/s per worker', 'x compromise', 'peak RSS MB', 'planted left'];
  printResults(head, rows, verdicts, runs > 1 ? [`best of ${runs} interleaved rounds per configuration; every run's output was checked for planted values`] : []);
}

// The dist must be built first (the npm script does it).
await main();
