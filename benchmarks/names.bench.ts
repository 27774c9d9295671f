/**
 * Names benchmark (`npm run bench:names`): anonymize throughput per worker with PERSON / LOCATION /
 * ORGANIZATION detection on, on the realistic generated datasets of the throughput benchmark,
 * reported as a ratio to compromise alone on the same input in the same run (issue #7: >= 2 MB/s
 * per worker and >= 60x compromise). compromise alone parses every string value of the input and
 * extracts people, places and organizations - what a "run NLP on every value" pipeline does; it is
 * so slow that it is timed on the first `--compromise-size` bytes of the same file.
 *
 *   npm run bench:names                                   # 20 MB per format, 1 and 2 workers
 *   npm run bench:names -- --size 50MB --formats csv --workers 1
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
const { forEachJsonLeaf } = await import(job.json);
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
  for (const line of text.split('\\n')) if (line) forEachJsonLeaf(line, (l) => { if (l.kind === 'string') values.push(l.value); });
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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '20MB' },
      formats: { type: 'string', default: 'csv,jsonl' },
      workers: { type: 'string', default: '1,2' },
      'compromise-size': { type: 'string', default: '1MB' },
    },
  });
  const size = parseSize(values.size);
  const limit = parseSize(values['compromise-size']);
  const workerCounts = values.workers.split(',').map(Number);
  const rows: string[][] = [];
  const verdicts: string[] = [];
  const mbs = (r: Run) => r.bytes / 1e6 / r.seconds;
  for (const format of values.formats.split(',') as ('csv' | 'jsonl')[]) {
    const data = await generateDataset(format, size);
    console.error(`${format}: ${(data.bytes / 1e6).toFixed(0)} MB at ${data.path}`);
    const nlp = child(COMPROMISE_CHILD, {
      compromise: compromiseLib, csv: new URL('../dist/src/io/csv.js', import.meta.url).href, json: new URL('../dist/src/io/json-leaves.js', import.meta.url).href,
      path: data.path, format, limit: Math.min(limit, data.bytes),
    });
    const base = mbs(nlp);
    rows.push([format, `compromise alone (first ${(nlp.bytes / 1e6).toFixed(1)} MB)`, '1', base.toFixed(3), base.toFixed(3), '1', nlp.maxRssMB.toFixed(0), '']);
    console.error(`  ${rows.at(-1)!.join('  ')}`);
    for (const names of [false, true]) {
      for (const workers of workerCounts) {
        const output = join(tmpdir(), `pii-scan-names-bench-${process.pid}.${format}`);
        const recognizers = names ? ['recommended'] : ['recommended', { id: 'nlp-entities', disabled: true }];
        const r = child(ANONYMIZE_CHILD, { lib, path: data.path, output, workers, recognizers });
        const left = await survivors(output);
        await rm(output, { force: true });
        const perWorker = mbs(r) / workers;
        rows.push([format, `anonymize, names ${names ? 'on' : 'off'}`, String(workers), mbs(r).toFixed(2), perWorker.toFixed(2), `${(perWorker / base).toFixed(0)}`, r.maxRssMB.toFixed(0), String(left)]);
        console.error(`  ${rows.at(-1)!.join('  ')}`);
        if (left > 0) verdicts.push(`FAIL ${format}: ${left} planted values survived (names ${names ? 'on' : 'off'}, ${workers} workers)`);
        if (names) {
          verdicts.push(`${perWorker >= 2 ? 'ok  ' : 'MISS'} ${format}: names on, ${workers} worker(s): ${perWorker.toFixed(2)} MB/s per worker (target >= 2)`);
          verdicts.push(`${perWorker / base >= 60 ? 'ok  ' : 'MISS'} ${format}: names on, ${workers} worker(s): ${(perWorker / base).toFixed(0)} x compromise alone per core (target >= 60)`);
          if (workers === workerCounts[0]) console.error(`  inferred columns: ${JSON.stringify(r.columns)}`);
        }
      }
    }
  }
  const head = ['format', 'run', 'workers', 'MB/s', 'MB/s per worker', 'x compromise', 'peak RSS MB', 'planted left'];
  printResults(head, rows, verdicts);
}

// The dist must be built first (the npm script does it).
await main();
