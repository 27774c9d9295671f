/**
 * Where the worker's time goes, counted in instructions (`npm run bench:instructions`): the
 * built package's chunk path (`processChunk`: decode, parse, detect, anonymize, serialize) on the
 * generated dataset, under valgrind's callgrind, by function. Instructions do not depend on what
 * else the machine runs, so two builds compare within a percent or two where wall-clock runs on
 * a shared machine differ by tens of percent.
 *
 *   npm run bench:instructions                              # CSV, 16 warm + 4 measured chunks
 *   npm run bench:instructions -- --format jsonl --top 40
 *   npm run bench:instructions -- --warm 24 --chunks 8      # a longer, steadier window
 *
 * Two runs of one child: warm-up chunks only, and warm-up plus the measured chunks; their
 * difference per measured record is the figure, so startup, engine creation and the warm-up's
 * JIT compilation drop out. JIT code is named through V8's --perf-basic-prof map (TurboFan `*`,
 * Sparkplug `^`, interpreter `~`). V8 runs with --predictable and fixed hash and random seeds:
 * without them, the compiler's and GC's timing made runs of one build differ by 10% or more.
 * Needs valgrind (`apt-get install valgrind`) on Linux.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSize } from '../bench-format.js';
import { generateDataset } from '../generate-dataset.js';

/** The child: `processChunk` over the first `warm + chunks` chunks of the file, as a worker runs it. */
const CHILD = `
const [dist, path, format, warm, chunks, names] = JSON.parse(process.argv[1]);
const at = (p) => new URL(p, dist).href;
const { createEngine, engineSpecOf } = await import(at('src/pipeline/engine.js'));
const { normalizeScanOptions, DEFAULT_CHUNK_SIZE, DEFAULT_MAX_RECORD_BYTES } = await import(at('src/options.js'));
const { inferSampleColumns } = await import(at('src/pipeline/column-inference.js'));
const { processChunk } = await import(at('src/pipeline/chunk.js'));
const { parseCsvHeader } = await import(at('src/io/csv.js'));
const { chunkRecords } = await import(at('src/io/chunker.js'));
const { readInput } = await import(at('src/io/source.js'));
const options = normalizeScanOptions({ recognizers: names ? ['recommended'] : ['recommended', { id: 'nlp-entities', disabled: true }] });
const engine = await createEngine(engineSpecOf(options, process.cwd()), format === 'csv' ? 'csv' : 'json');
// Chunks cut as the pipeline cuts them: CSV records may hold line feeds inside quotes.
let columns;
const pieces = [];
for await (const item of chunkRecords(readInput(path), { format, delimiter: ',', chunkSize: DEFAULT_CHUNK_SIZE, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES })) {
  if (item.kind === 'head') {
    if (item.header) columns = parseCsvHeader(Buffer.from(item.header).toString('utf8'), ',').columns;
    continue;
  }
  pieces.push(item.bytes);
  if (pieces.length === warm + chunks) break;
}
if (pieces.length < warm + chunks) throw new Error('the file holds only ' + pieces.length + ' chunks');
const columnTypes = inferSampleColumns(engine, { format, delimiter: ',', columns, bytes: pieces[0] });
let measured = 0;
pieces.forEach((piece, i) => {
  const r = processChunk(engine, { mode: 'anonymize', format, delimiter: ',', columns, bytes: new Uint8Array(piece), onError: 'fail', blankLines: 'keep', findingLimit: 100, columnTypes });
  if (r.fatal) throw new Error('chunk ' + i + ': ' + r.fatal.problem);
  if (i >= warm) measured += r.records;
});
process.stdout.write(JSON.stringify({ measured }) + '\\n');
`;

interface Counted {
  /** Instructions by function name (JIT code named through the perf map). */
  readonly byFunction: Map<string, number>;
  readonly measured: number;
}

/** One child under callgrind; resolves with its counts by function. */
function counted(dir: string, args: readonly unknown[], tag: string): Promise<Counted> {
  const out = join(dir, `callgrind.${tag}`);
  // --perf-basic-prof also turns on V8's log, which would land in the working directory: it goes to the temp dir.
  const node = ['--predictable', '--hash-seed=1', '--random-seed=1', '--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join(dir, `v8.${tag}.log`)}`, '--input-type=module', '-e', CHILD, JSON.stringify(args)];
  const child = spawn('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...node], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', (err) => reject(new Error(`cannot start valgrind (apt-get install valgrind): ${err.message}`)));
    child.on('close', async (code) => {
      // valgrind runs node in its own process: the perf map is named by that pid.
      const map = `/tmp/perf-${child.pid}.map`;
      try {
        if (code !== 0) throw new Error(`the callgrind child (${tag}) failed with exit ${code}:\n${stderr.slice(-2000)}`);
        resolve({ byFunction: byFunction(out, map), measured: (JSON.parse(stdout.trim().split('\n').at(-1)!) as { measured: number }).measured });
      } catch (err) {
        reject(err);
      } finally {
        await rm(map, { force: true });
      }
    });
  });
}

/** Self instructions by function: callgrind_annotate's table, JIT addresses named from V8's perf map. */
function byFunction(callgrindOut: string, perfMap: string): Map<string, number> {
  const code = readFileSync(perfMap, 'utf8').trim().split('\n').map((line) => {
    const [start, size, ...name] = line.split(' ');
    return { start: parseInt(start!, 16), end: parseInt(start!, 16) + parseInt(size!, 16), name: name.join(' ').replace(/^JS:/, '').replace(/file:\/\/\S*?\/dist\//, '') };
  }).sort((a, b) => a.start - b.start);
  const nameAt = (address: number): string => {
    let lo = 0;
    let hi = code.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (code[mid]!.start <= address) lo = mid + 1;
      else hi = mid - 1;
    }
    const entry = code[hi];
    return entry !== undefined && address < entry.end ? entry.name : '(JIT code not in the map)';
  };
  const table = spawnSync('callgrind_annotate', ['--threshold=100', callgrindOut], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (table.status !== 0) throw new Error(`callgrind_annotate failed: ${table.stderr}`);
  const counts = new Map<string, number>();
  for (const line of table.stdout.split('\n')) {
    const m = /^\s*([\d,]+)\s+\([^)]*\)\s+(.*)$/.exec(line);
    if (!m || m[2]!.startsWith('PROGRAM TOTALS')) continue;
    const jit = /^\?\?\?:0x([0-9a-f]+)/.exec(m[2]!);
    const name = jit ? nameAt(parseInt(jit[1]!, 16)) : m[2]!.replace(/\s*\[[^\]]*\]$/, '').replace(/^\?\?\?:/, '');
    counts.set(name, (counts.get(name) ?? 0) + Number(m[1]!.replaceAll(',', '')));
  }
  return counts;
}

/** Coarse kinds of code, to tell the JavaScript from the regexes, V8's builtins, its compiler and GC. */
function kindOf(name: string): string {
  if (name.startsWith('RegExp:')) return 'regex code';
  if (/compiler::|maglev|Maglev/.test(name)) return 'V8 compiler';
  if (/Scaveng|Mark|Sweep|heap::|Heap::|Evacuat|Worklist|RecordWrite/.test(name)) return 'GC and write barriers';
  if (name.startsWith('Builtins_')) return 'V8 builtins';
  if (/\.js:\d+/.test(name)) return 'JavaScript';
  return 'C and C++ (V8 runtime, Node, libc)';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'csv' },
      size: { type: 'string', default: '20MB' },
      warm: { type: 'string', default: '16' },
      chunks: { type: 'string', default: '4' },
      top: { type: 'string', default: '30' },
      names: { type: 'boolean', default: false },
    },
  });
  const format = values.format === 'jsonl' ? 'jsonl' : 'csv';
  const warm = Number(values.warm);
  const chunks = Number(values.chunks);
  const data = await generateDataset(format, parseSize(values.size));
  const dist = new URL('../../dist/', import.meta.url).href;
  const dir = await mkdtemp(join(tmpdir(), 'pii-scan-instructions-'));
  try {
    console.error(`callgrind: ${format}, ${warm} warm-up chunks, then ${chunks} measured (two runs at once; minutes)`);
    const [base, full] = await Promise.all([
      counted(dir, [dist, data.path, format, warm, 0, values.names], 'warm'),
      counted(dir, [dist, data.path, format, warm, chunks, values.names], 'measured'),
    ]);
    const records = full.measured;
    const diff = [...new Set([...base.byFunction.keys(), ...full.byFunction.keys()])]
      .map((name) => ({ name, per: ((full.byFunction.get(name) ?? 0) - (base.byFunction.get(name) ?? 0)) / records }))
      .sort((a, b) => b.per - a.per);
    const total = diff.reduce((a, d) => a + d.per, 0);
    console.log(`${format}: ${Math.round(total).toLocaleString('en-US')} instructions per record (${records.toLocaleString('en-US')} records measured after ${warm} warm-up chunks)`);
    const kinds = new Map<string, number>();
    for (const d of diff) kinds.set(kindOf(d.name), (kinds.get(kindOf(d.name)) ?? 0) + d.per);
    for (const [kind, per] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${Math.round(per).toLocaleString('en-US').padStart(8)}  ${kind}`);
    console.log(`top ${values.top} functions (instructions per record, self):`);
    for (const d of diff.slice(0, Number(values.top))) console.log(`  ${Math.round(d.per).toLocaleString('en-US').padStart(8)}  ${d.name.slice(0, 140)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
