/**
 * The main-thread side of a run: read, cut into chunks, dispatch to the executor (inline or a
 * worker pool) with at most 2 x workers chunks in flight, restore input order, hand output bytes
 * on, and feed the report. Knows nothing of detection.
 */
import { chunkRecords } from '../io/chunker.js';
import { parseCsvHeader } from '../io/csv.js';
import { delimiterOf } from '../io/format.js';
import { countLineFeeds } from '../io/line-feeds.js';
import { readInput } from '../io/source.js';
import { decodeUtf8 } from '../io/utf8.js';
import { PiiScanError } from '../errors.js';
import type { DataFormat, NormalizedScanOptions } from '../options.js';
import type { FileStats, ReportBuilder, ReportFinding } from '../report/report.js';
import { createChunkPool, type ChunkPool } from '../worker/pool.js';
import type { EngineRef, InferenceTask, Reply, WorkerTask, WorkerWarmUp } from '../worker/protocol.js';
import { processChunk, type ChunkResult, type ChunkTask } from './chunk.js';
import { createEngine, engineSpecId, engineSpecOf, type EngineSpec } from './engine.js';
import type { RecordEngine } from './record.js';
import { inferSampleColumns, type ColumnType } from './column-inference.js';

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Runs chunk tasks inline or on worker threads. */
export interface Executor {
  /** Worker threads (0 = inline). */
  readonly workers: number;
  run(task: WorkerTask, signal?: AbortSignal): Promise<ChunkResult>;
  /** Infers an input's column types from its first records. */
  inferColumns(task: InferenceTask, signal?: AbortSignal): Promise<ColumnType[]>;
  /** Creates the engine where chunks will run (or finds it created): bad options fail here, before any input is read. */
  checkEngine(ref: EngineRef, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

function unwrap<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.result;
  const e = reply.error;
  throw new PiiScanError(e.code as PiiScanError['code'], e.message, { ...(e.option === undefined ? {} : { option: e.option }), ...(e.field === undefined ? {} : { field: e.field }) });
}

/** An executor running chunks on the calling thread (`workers: 0`). */
export function inlineExecutor(): Executor {
  // One engine per spec and field style checks the options, infers the columns and runs the chunks.
  const engines = new Map<string, Promise<RecordEngine>>();
  const engineOf = (ref: EngineRef): Promise<RecordEngine> => {
    const key = `${ref.specId}/${ref.fieldStyle}`;
    let engine = engines.get(key);
    if (engine === undefined) engines.set(key, (engine = createEngine(ref.spec, ref.fieldStyle)));
    return engine;
  };
  return {
    workers: 0,
    run: async (task) => processChunk(await engineOf(task), task.chunk),
    inferColumns: async (task) => inferSampleColumns(await engineOf(task), task.sample),
    checkEngine: async (ref) => void (await engineOf(ref)),
    async close() {},
    async destroy() {},
  };
}

/** An executor over a piscina pool. */
export function poolExecutor(options: NormalizedScanOptions, warmUp?: WorkerWarmUp): Executor {
  const pool: ChunkPool = createChunkPool({
    workers: options.workers,
    taskTimeout: options.taskTimeout,
    execArgv: options.execArgv,
    maxChunkBytes: options.chunkSize + options.maxRecordBytes,
    warmUp,
  });
  return {
    workers: options.workers,
    run: async (task, signal) => unwrap(await pool.run(task, signal)),
    inferColumns: async (task, signal) => unwrap(await pool.inferColumns(task, signal)),
    checkEngine: async (ref, signal) => void unwrap(await pool.checkEngine(ref, signal)),
    close: () => pool.close(),
    destroy: () => pool.destroy(),
  };
}

/** Everything shared by the inputs of one run. */
export interface RunContext {
  readonly mode: 'scan' | 'anonymize';
  readonly options: NormalizedScanOptions;
  readonly spec: EngineSpec;
  readonly specId: string;
  readonly executor: Executor;
  readonly report: ReportBuilder;
  readonly signal?: AbortSignal | undefined;
  readonly onFinding?: ((finding: ReportFinding) => void) | undefined;
  readonly onProgress?: ((progress: { readonly file: string; readonly bytes: number }) => void) | undefined;
}

/** Builds the run context; validates the engine options on this thread first so bad options fail fast. */
export async function createRunContext(
  mode: 'scan' | 'anonymize',
  options: NormalizedScanOptions,
  report: ReportBuilder,
  extra: {
    signal?: AbortSignal | undefined;
    onFinding?: ((f: ReportFinding) => void) | undefined;
    onProgress?: RunContext['onProgress'];
    inline?: boolean;
    cwd: string;
    /** The field style of the first input, which the workers' engines are built for as they start. @default 'json' */
    fieldStyle?: 'csv' | 'json';
  },
): Promise<RunContext> {
  const spec = engineSpecOf(options, extra.cwd);
  const specId = engineSpecId(spec);
  // Each worker creates the first input's engine while it boots; an input of the other style reuses what it loaded.
  const fieldStyle = extra.fieldStyle ?? 'json';
  const executor = extra.inline || options.workers === 0 ? inlineExecutor() : poolExecutor(options, { specId, spec, fieldStyle });
  // Recognizers, operators and key are checked where the chunks will run, before any input is read.
  // With workers this thread never creates an engine: with names on it would load ~55 MB of NLP
  // data and lexicons, and spend CPU the booting workers need, only to throw it all away.
  try {
    await executor.checkEngine({ specId, spec, fieldStyle }, extra.signal);
  } catch (err) {
    await executor.destroy();
    throw err;
  }
  report.setWorkers(executor.workers);
  return { mode, options, spec, specId, executor, report, signal: extra.signal, onFinding: extra.onFinding, onProgress: extra.onProgress };
}

const noop = () => undefined;

/**
 * Bytes of a file's beginning that column inference samples (its first records): fixed, so neither
 * the chunk size, nor the worker count that shrinks chunks of small files, nor sharding changes the
 * inferred types. A stream input is sampled from its first chunk instead.
 */
export const INFERENCE_SAMPLE_BYTES = 1 << 20;

/** The first chunk of records of a file (empty when it has none); reading stops there. */
async function firstChunkOf(path: string, options: Parameters<typeof chunkRecords>[1]): Promise<Uint8Array> {
  for await (const item of chunkRecords(readInput(path), options)) if (item.kind === 'chunk') return item.bytes;
  return new Uint8Array(0);
}

/** Chunks each worker should get from an input of known size, so that none sits idle at the end. */
export const CHUNKS_PER_WORKER = 8;
/** The smallest chunk `chunkSizeFor` picks: below it, per-chunk costs (messages, results) show. */
export const MIN_CHUNK_SIZE = 256 * 1024;

/**
 * The chunk size for one input: `chunkSize`, or less for an input too small to give every worker
 * `CHUNKS_PER_WORKER` chunks of it (a 4 MB file in 512 KiB chunks is 8 chunks; whichever worker
 * takes the last one works alone while the other waits). Never below `MIN_CHUNK_SIZE` unless
 * `chunkSize` is. Output does not depend on it.
 *
 * @example chunkSizeFor(512 << 10, 2, 5e6) // 312500
 */
export function chunkSizeFor(chunkSize: number, workers: number, inputBytes: number | undefined): number {
  if (workers < 2 || inputBytes === undefined || !Number.isFinite(inputBytes)) return chunkSize;
  return Math.min(chunkSize, Math.max(MIN_CHUNK_SIZE, Math.ceil(inputBytes / (workers * CHUNKS_PER_WORKER))));
}

/** Delimiters common enough to suggest when a header turns out to be a single column. */
const COMMON_DELIMITERS = [',', ';', '\t', '|'];

/** A hint for an error message when a one-column header holds another common delimiter (it names only the delimiter). */
function hintOfOtherDelimiter(header: string, delimiter: string): string {
  const other = COMMON_DELIMITERS.find((d) => d !== delimiter && header.includes(d));
  if (other === undefined) return '';
  const shown = other === '\t' ? '\\t' : other;
  return ` (the header reads as one column holding '${shown}': if that is the delimiter, set it with --delimiter '${shown}' or the delimiter option)`;
}

/**
 * Processes one input and yields its output bytes in input order (nothing in scan mode).
 * Throws `PII_PARSE_ERROR` (with file and line) for a malformed record under `onError: 'fail'`.
 */
export async function* processInput(
  ctx: RunContext,
  source: AsyncIterable<Uint8Array | string>,
  input: {
    readonly name: string;
    readonly format: DataFormat;
    readonly stats: FileStats;
    /** The input's size in bytes, when known (sizes chunks for small inputs). */
    readonly size?: number | undefined;
    /** A file whose beginning decides the column types (see `PipelineJob.columnsFrom`). */
    readonly columnsFrom?: string | undefined;
  },
): AsyncGenerator<Uint8Array> {
  const { options, executor, mode } = ctx;
  const { name: file, format, stats } = input;
  const delimiter = delimiterOf(format, options.delimiter);
  const fieldStyle = format === 'jsonl' ? 'json' : 'csv';
  const maxInFlight = Math.max(1, executor.workers * 2);
  const chunkSize = chunkSizeFor(options.chunkSize, executor.workers, input.size);
  const inFlight = new Map<number, Promise<ChunkResult>>();
  const controller = new AbortController();
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, controller.signal]) : controller.signal;
  let columns: string[] | undefined;
  // Column inference (issue #7): decided once per input, here, from its first chunk; every chunk gets the same types.
  let columnTypes: readonly ColumnType[] | undefined;
  // Set when the header reads as one column holding another common delimiter: the likely cause of a malformed record.
  let delimiterHint = '';
  let line = 1;
  let records = 0;
  let next = 0;

  const counted = async function* (): AsyncGenerator<Uint8Array | string> {
    for await (const piece of source) {
      stats.bytes += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length;
      ctx.onProgress?.({ file, bytes: stats.bytes });
      yield piece;
    }
  };

  const settle = (result: ChunkResult): Uint8Array | undefined => {
    if (result.fatal) {
      const f = result.fatal;
      throw new PiiScanError('PII_PARSE_ERROR', `Malformed record: ${f.problem}${delimiterHint}`, { file, line: line + f.line, record: records + f.record + 1 });
    }
    const found = ctx.report.addChunk(stats, result, line, records);
    if (ctx.onFinding) for (const f of found) ctx.onFinding(f);
    line += result.lines;
    records += result.records;
    return mode === 'anonymize' ? result.output : undefined;
  };

  try {
    for await (const item of chunkRecords(counted(), { format, delimiter, chunkSize, maxRecordBytes: options.maxRecordBytes, file })) {
      if (ctx.signal?.aborted) throw new PiiScanError('PII_ABORTED', 'The run was aborted', { file });
      if (item.kind === 'head') {
        if (item.bom && mode === 'anonymize') yield UTF8_BOM;
        if (item.header !== undefined) {
          const text = decodeUtf8(item.header);
          const parsed = text === undefined ? { problem: 'invalid UTF-8' } : parseCsvHeader(text, delimiter);
          if ('problem' in parsed) throw new PiiScanError('PII_PARSE_ERROR', `Malformed header row: ${parsed.problem}`, { file, line: 1 });
          columns = parsed.columns;
          delimiterHint = columns.length === 1 ? hintOfOtherDelimiter(columns[0]!, delimiter) : '';
          line += countLineFeeds(item.header);
          if (mode === 'anonymize') yield item.header;
        }
        continue;
      }
      if (options.inferColumns && columnTypes === undefined) {
        const first = input.columnsFrom === undefined ? item.bytes : await firstChunkOf(input.columnsFrom, { format, delimiter, chunkSize: INFERENCE_SAMPLE_BYTES, maxRecordBytes: options.maxRecordBytes, file });
        // A copy: the first chunk's own bytes are handed over to its worker below.
        const sample = { format, delimiter, columns, bytes: first === item.bytes ? first.slice() : first };
        columnTypes = await executor.inferColumns({ specId: ctx.specId, spec: ctx.spec, fieldStyle, sample }, signal);
        stats.columns = columnTypes;
      }
      const chunk: ChunkTask = {
        mode,
        format,
        delimiter,
        ...(columns === undefined ? {} : { columns }),
        bytes: item.bytes,
        onError: options.onError,
        blankLines: options.blankLines,
        // Findings the report can still list: chunks before this one can only take room, so no
        // chunk sends findings that would be dropped (every finding when a callback wants them).
        findingLimit: ctx.onFinding ? Number.MAX_SAFE_INTEGER : ctx.report.findingRoom,
        key: options.key,
        ...(columnTypes === undefined || columnTypes.length === 0 ? {} : { columnTypes }),
      };
      const promise = executor.run({ specId: ctx.specId, spec: ctx.spec, fieldStyle, chunk }, signal);
      promise.catch(noop); // awaited in order below; this only silences the early rejection
      inFlight.set(item.seq, promise);
      while (inFlight.size >= maxInFlight) {
        const p = inFlight.get(next)!;
        inFlight.delete(next++);
        const out = settle(await p);
        if (out !== undefined) yield out;
      }
    }
    while (inFlight.size > 0) {
      const p = inFlight.get(next)!;
      inFlight.delete(next++);
      const out = settle(await p);
      if (out !== undefined) yield out;
    }
  } finally {
    // On failure, stop the chunks still running for this input.
    if (inFlight.size > 0) controller.abort();
  }
}
