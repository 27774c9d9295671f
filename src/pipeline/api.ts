/**
 * The library's file API: scan or anonymize one file, several files or a directory tree, from
 * paths or streams, writing output atomically and the JSON report when asked.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { PiiScanError } from '../errors.js';
import { DATA_FILE_PATTERN, detectFormat } from '../io/format.js';
import { assertSafeOutput, fileSink, readAhead, readInput, streamSink, type DirectoryListings, type Sink } from '../io/source.js';
import { normalizeScanOptions, type NormalizedScanOptions, type ScanOptions } from '../options.js';
import { ReportBuilder, writeReport, type Report, type ReportFinding } from '../report/report.js';
import { chunkSizeFor, createRunContext, INFERENCE_SAMPLE_BYTES, processInput, type RunContext } from './run.js';

/** Options of the file API: the JSON options plus main-thread-only hooks. */
export interface PipelineOptions extends ScanOptions {
  /** Aborts the run (`PII_ABORTED`); output is not left behind. */
  readonly signal?: AbortSignal;
  /**
   * Called for every finding as its chunk completes, in input order (main thread only). With
   * it, every finding is delivered, not only the first `maxFindings`.
   */
  readonly onFinding?: (finding: ReportFinding) => void;
  /**
   * Called as input is read (main thread only): the file and its bytes read so far (after gzip
   * decompression). Reading runs at most a few chunks ahead of detection.
   */
  readonly onProgress?: (progress: { readonly file: string; readonly bytes: number }) => void;
}

/** An input: a path, or a stream / async iterable of bytes (then `format` is required). */
export type PipelineInput = string | Readable | AsyncIterable<Uint8Array | string>;
/** An output: a path (`.gz` compresses) or a writable stream (written through, not ended). */
export type PipelineOutput = string | Writable;

const STREAM_NAME = '-';
/** Inputs up to this size in all run inline unless workers are asked for: starting threads costs more. */
const INLINE_MAX_BYTES = 2 * 1024 * 1024;

/** One input of a run and where its output goes. */
export interface PipelineJob {
  readonly input: PipelineInput;
  readonly output?: PipelineOutput;
  /** The input's name in the report and for format detection, when `input` is a stream (e.g. a byte range of a file). */
  readonly name?: string;
  /**
   * A file whose beginning decides the column types (`inferColumns`) instead of this input's own
   * first chunk: the whole file, when `input` is a later byte range of it, so every part of a file
   * types its columns as one plain run over the file would.
   */
  readonly columnsFrom?: string;
}
type Job = PipelineJob;

/** Runs several jobs with one report (the sharded runner's entry; the functions below are shortcuts of it). */
export function runPipelineJobs(mode: 'scan' | 'anonymize', jobs: readonly PipelineJob[], options: PipelineOptions): Promise<Report> {
  return runJobs(mode, jobs, options);
}

function nameOf(job: Job): string {
  return job.name ?? (typeof job.input === 'string' ? job.input : STREAM_NAME);
}

async function runJobs(mode: 'scan' | 'anonymize', jobs: readonly Job[], options: PipelineOptions): Promise<Report> {
  const { signal, onFinding, onProgress, ...json } = options;
  const opts: NormalizedScanOptions = normalizeScanOptions(json);
  const cwd = opts.cwd ?? process.cwd();
  // Formats and output safety are checked before any thread starts or file is created.
  const formats = jobs.map((j) => detectFormat(j.name ?? (typeof j.input === 'string' ? j.input : undefined), opts.format));
  // All at once (a directory of thousands of files waited on two stats per file, one after the
  // other); the first unsafe job in input order is the one reported.
  const checks = await Promise.allSettled(
    jobs.map(async (j) => {
      const inPath = typeof j.input === 'string' ? j.input : j.name;
      if (inPath === undefined) return;
      if (typeof j.output === 'string') await assertSafeOutput(inPath, j.output);
      if (opts.report !== undefined) await assertSafeOutput(inPath, opts.report, 'report');
    }),
  );
  for (const c of checks) if (c.status === 'rejected') throw c.reason;
  // Tiny inputs are not worth starting threads for, unless workers were asked for explicitly.
  // File sizes also size the chunks of small inputs (run.ts chunkSizeFor).
  const sizes = await Promise.all(jobs.map((j) => (typeof j.input === 'string' ? stat(j.input).then((s) => s.size, () => undefined) : undefined)));
  let inline = false;
  if (!opts.workersExplicit && jobs.every((j) => typeof j.input === 'string')) {
    inline = sizes.reduce((a: number, b) => a + (b ?? Infinity), 0) <= Math.max(opts.chunkSize, INLINE_MAX_BYTES);
  }
  const report = new ReportBuilder(mode, opts);
  const listings: DirectoryListings = new Map();
  const madeDirs = new Set<string>();
  // The next small file, read while this one is processed (see readAhead).
  const sourceOf = (i: number) => (typeof jobs[i]?.input === 'string' ? readAhead(jobs[i]!.input as string, sizes[i]) : undefined);
  let next: AsyncIterable<Uint8Array> | undefined;
  // The previous output's commit (close, rename into place, temp cleanup), finishing while the
  // next input is processed. Outputs are still committed in input order, and a failed commit
  // fails the run and is undone.
  let committing: { readonly sink: Sink; readonly done: Promise<void> } | undefined;
  const settleCommit = async (): Promise<void> => {
    const pending = committing;
    committing = undefined;
    if (pending === undefined) return;
    try {
      await pending.done;
    } catch (err) {
      await pending.sink.abort();
      throw err;
    }
  };
  let ctx: RunContext | undefined;
  let failed = false;
  try {
    const fieldStyle = formats[0]?.format === 'jsonl' ? 'json' : 'csv';
    ctx = await createRunContext(mode, opts, report, { signal, onFinding, onProgress, inline, cwd, fieldStyle });
    next = sourceOf(0);
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i]!;
      const { format, gzip } = formats[i]!;
      const name = nameOf(job);
      const outName = mode === 'anonymize' && job.output !== undefined ? (typeof job.output === 'string' ? job.output : STREAM_NAME) : undefined;
      const stats = report.startFile(name, format, gzip, outName);
      const ahead = next;
      next = sourceOf(i + 1);
      const source = ahead ?? (typeof job.input === 'string' ? readInput(job.input, undefined, sizes[i]) : (job.input as AsyncIterable<Uint8Array | string>));
      let sink: Sink | undefined;
      if (mode === 'anonymize' && job.output !== undefined) {
        const dir = typeof job.output === 'string' ? dirname(resolve(job.output)) : undefined;
        if (dir !== undefined && !madeDirs.has(dir)) {
          await mkdir(dir, { recursive: true });
          madeDirs.add(dir);
        }
        sink = typeof job.output === 'string' ? fileSink(job.output, listings) : streamSink(job.output);
      }
      try {
        // Column types come from the file's own beginning in chunks of the configured size, so neither
        // the worker count (which sizes the chunks of small files) nor sharding changes them. A file
        // that fits in its first chunk and in the sample is its own sample: it is not read twice.
        const size = gzip ? undefined : sizes[i];
        const oneChunk = size !== undefined && size <= Math.min(INFERENCE_SAMPLE_BYTES, chunkSizeFor(opts.chunkSize, ctx.executor.workers, size));
        const columnsFrom = job.columnsFrom ?? (typeof job.input === 'string' && !oneChunk ? job.input : undefined);
        for await (const bytes of processInput(ctx, source, { name, format, stats, size, columnsFrom })) await sink?.write(bytes);
        await settleCommit();
        if (sink !== undefined) {
          const done = sink.commit();
          done.catch(() => undefined); // awaited by settleCommit
          committing = { sink, done };
        }
      } catch (err) {
        await sink?.abort();
        throw err;
      }
    }
    await settleCommit();
  } catch (thrown) {
    failed = true;
    // A commit still running finishes (or is undone); its failure, about an earlier input, is the one reported.
    const err = await settleCommit().then(() => thrown, (earlier: unknown) => earlier);
    const e = err instanceof PiiScanError ? err : new PiiScanError('PII_IO_ERROR', 'The run failed', { cause: err });
    report.addFailure(e);
    if (opts.report !== undefined) await writeReport(opts.report, report.build()).catch(() => undefined);
    throw e;
  } finally {
    if (ctx) await (failed ? ctx.executor.destroy() : ctx.executor.close());
  }
  const result = report.build();
  if (opts.report !== undefined) await writeReport(opts.report, result);
  return result;
}

/**
 * Scans one input and returns the findings report (no output is written).
 *
 * @example
 * const report = await scanFile('train.jsonl', { fields: ['messages[*].content'] });
 * console.log(report.totals.findings, report.byEntity);
 */
export function scanFile(input: PipelineInput, options: PipelineOptions = {}): Promise<Report> {
  return runJobs('scan', [{ input }], options);
}

/**
 * Writes an anonymized copy of `input` to `output` (temp file renamed on success) and returns the report.
 * Refuses an output that is the input (`PII_UNSAFE_OUTPUT`).
 *
 * @example
 * await anonymizeFile('users.csv.gz', 'users.anon.csv.gz', { operators: { DEFAULT: { type: 'replace' } }, report: 'report.json' });
 */
export function anonymizeFile(input: PipelineInput, output: PipelineOutput, options: PipelineOptions = {}): Promise<Report> {
  return runJobs('anonymize', [{ input, output }], options);
}

/** Scans several files into one report. */
export function scanFiles(inputs: readonly string[], options: PipelineOptions = {}): Promise<Report> {
  return runJobs('scan', inputs.map((input) => ({ input })), options);
}

/**
 * Anonymizes several files into `outputDir` (each keeps its file name) with one report.
 * Two inputs with the same file name are refused.
 */
export async function anonymizeFiles(inputs: readonly string[], outputDir: string, options: PipelineOptions = {}): Promise<Report> {
  const seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(basename(input))) {
      throw new PiiScanError('PII_UNSAFE_OUTPUT', 'Two inputs have the same file name; their outputs would collide', { file: input });
    }
    seen.add(basename(input));
  }
  return runJobs('anonymize', inputs.map((input) => ({ input, output: join(outputDir, basename(input)) })), options);
}

/** Every file under a directory, recursively, as sorted paths. Throws `PII_IO_ERROR` when unreadable. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((cause: unknown) => {
    throw new PiiScanError('PII_IO_ERROR', 'Cannot read the directory', { file: dir, cause });
  });
  return entries
    .filter((e) => e.isFile())
    // Node 20.0-20.11 name the entry's folder `path`; later versions `parentPath`.
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/** Data files (csv, tsv, jsonl, ndjson, optionally .gz) under a directory, sorted, recursively. */
export async function listDataFiles(dir: string): Promise<string[]> {
  return (await filesUnder(dir)).filter((f) => DATA_FILE_PATTERN.test(f));
}

/** Scans every data file under a directory into one report. */
export async function scanDirectory(dir: string, options: PipelineOptions = {}): Promise<Report> {
  return scanFiles(await listDataFiles(dir), options);
}

/** Anonymizes every data file under `dir` into the same relative paths under `outputDir`. */
export async function anonymizeDirectory(dir: string, outputDir: string, options: PipelineOptions = {}): Promise<Report> {
  const files = await listDataFiles(dir);
  if (resolve(dir) === resolve(outputDir)) {
    throw new PiiScanError('PII_UNSAFE_OUTPUT', 'The output directory is the input directory', { file: outputDir });
  }
  return runJobs('anonymize', files.map((f) => ({ input: f, output: join(outputDir, relative(dir, f)) })), options);
}
