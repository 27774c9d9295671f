/**
 * Many-files benchmark (`npm run bench:files`): a dataset cut into thousands of small files (a
 * sharded dump, a repository of small JSONL files, a pre-commit hook's staged files) against the
 * same bytes as one file, anonymized by the built package with the same recognizers and workers in
 * the same run. The ratio is the cost of having many files: opening, reading, column sampling,
 * writing and renaming each one.
 *
 *   npm run bench:files                                  # 2,000 files of ~2 KB per format, 0 and 2 workers
 *   npm run bench:files -- --files 10000 --file-size 1KB --formats jsonl --workers 0
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chunkRecords } from '../src/io/chunker.js';
import { delimiterOf } from '../src/io/format.js';
import { readInput } from '../src/io/source.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../src/options.js';
import { parseSize, printResults } from './bench-format.js';
import { generateDataset } from './generate-dataset.js';

interface Run { seconds: number; records: number; files: number; maxRssMB: number }

/** One anonymize run (a file or a directory) by the built package under plain Node, in its own process. */
const CHILD = `
const job = JSON.parse(process.argv[1]);
const lib = await import(job.lib);
const t0 = performance.now();
const options = { workers: job.workers, recognizers: ['recommended', { id: 'nlp-entities', disabled: true }], maxFindings: 100 };
const report = job.directory ? await lib.anonymizeDirectory(job.input, job.output, options) : await lib.anonymizeFile(job.input, job.output, options);
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ seconds, records: report.totals.records, files: report.totals.files, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\\n');
`;

function run(job: { input: string; output: string; directory: boolean; workers: number }): Run {
  const lib = new URL('../dist/src/index.js', import.meta.url).href;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, JSON.stringify({ ...job, lib })], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  if (res.status !== 0) throw new Error(`benchmark child failed (${job.directory ? 'directory' : 'file'}, ${job.workers} workers): exit ${res.status}`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1)!) as Run;
}

/** Cuts a dataset file at record boundaries into files of about `fileSize` bytes (each CSV part with the header). */
async function split(path: string, format: 'csv' | 'jsonl', fileSize: number, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  let header: Uint8Array | undefined;
  let count = 0;
  for await (const item of chunkRecords(readInput(path), { format, delimiter: delimiterOf(format, undefined), chunkSize: fileSize, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES })) {
    if (item.kind === 'head') {
      header = item.header;
      continue;
    }
    await writeFile(join(dir, `part-${String(count++).padStart(6, '0')}.${format}`), header ? Buffer.concat([header, item.bytes]) : item.bytes);
  }
  return count;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '2000' },
      'file-size': { type: 'string', default: '2KB' },
      formats: { type: 'string', default: 'csv,jsonl' },
      workers: { type: 'string', default: '0,2' },
    },
  });
  const files = Number(values.files);
  const fileSize = parseSize(values['file-size']);
  const rows: string[][] = [];
  const root = join(tmpdir(), `pii-scan-bench-files-${process.pid}`);
  try {
    for (const format of values.formats.split(',') as ('csv' | 'jsonl')[]) {
      const data = await generateDataset(format, files * fileSize);
      const dir = join(root, format, 'in');
      const made = await split(data.path, format, fileSize, dir);
      console.error(`${format}: ${(data.bytes / 1e6).toFixed(1)} MB as one file and as ${made} files in ${dir}`);
      for (const workers of values.workers.split(',').map(Number)) {
        const one = run({ input: data.path, output: join(root, format, `one.${format}`), directory: false, workers });
        const many = run({ input: dir, output: join(root, format, `out-${workers}`), directory: true, workers });
        if (many.records !== one.records || (await readdir(join(root, format, `out-${workers}`))).length !== made) {
          throw new Error(`${format}: ${many.records} records in ${made} files against ${one.records} in one file`);
        }
        const mb = data.bytes / 1e6;
        rows.push([format, String(workers), String(made), (mb / one.seconds).toFixed(1), (mb / many.seconds).toFixed(1), Math.round(made / many.seconds).toLocaleString('en-US'), (one.seconds / many.seconds).toFixed(2), many.maxRssMB.toFixed(0)]);
        console.error(`  ${rows.at(-1)!.join('  ')}`);
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  printResults(['format', 'workers', 'files', 'one file MB/s', 'many files MB/s', 'files/s', 'x one file', 'peak RSS MB'], rows, []);
}

await main();
