/**
 * Streaming forms for ingestion scripts: records in / anonymized records out (object mode, on the
 * calling thread), and raw CSV / JSONL bytes in / out (same chunk pipeline as files, optionally on
 * worker threads). Both emit `'finding'` events as findings happen.
 */
import { Duplex, Transform, type TransformCallback } from 'node:stream';
import { normalizeScanOptions, type ScanOptions } from '../options.js';
import { ReportBuilder, type Report, type ReportFinding } from '../report/report.js';
import { PiiScanError } from '../errors.js';
import { detectFormat } from '../io/format.js';
import { createEngine, engineSpecOf } from './engine.js';
import { columnKey, inferColumnTypes, SAMPLE_RECORDS } from './column-inference.js';
import { anonymizeRecord, analyzeRecord, forEachStringField, type FieldFinding, type RecordEngine } from './record.js';
import { columnTyping, type ColumnTyping } from './typed-columns.js';
import { createRunContext, processInput } from './run.js';

/** Options of `createAnonymizeStream`. */
export interface RecordStreamOptions extends ScanOptions {
  /** How record keys name fields: JSON paths (default) or flat CSV column names. @default 'json' */
  readonly fieldStyle?: 'csv' | 'json';
  /** Only report findings; records pass through unchanged. @default false */
  readonly scanOnly?: boolean;
}

/** A finding of the record stream: the field finding plus the 1-based record number. */
export interface RecordFinding extends FieldFinding {
  readonly record: number;
}

/**
 * The string values of the first records, by (collapsed) field: the record stream's column sample,
 * as `sampleChunk` is a file's.
 */
function sampleRecords(engine: RecordEngine, records: readonly unknown[]): Map<string, string[]> {
  const samples = new Map<string, string[]>();
  for (const record of records) {
    forEachStringField(engine, record, (field, value) => {
      const key = columnKey(field);
      let list = samples.get(key);
      if (list === undefined) samples.set(key, (list = []));
      list.push(value);
    });
  }
  return samples;
}

/**
 * An object-mode Transform: each record (a JSON-like object) comes out anonymized; `'finding'`
 * events carry each finding (with field, span, entity - never the value). Runs on the calling
 * thread, so recognizer objects are allowed.
 *
 * Column inference (`inferColumns`, default on) works as for files: the first 100 records are held
 * back until their column types are decided (a `'columns'` event carries them, as the report's
 * `inputs[].columns`), then they and all later records are anonymized with those types. A stream
 * that ends sooner is decided on what it had.
 *
 * @example
 * await pipeline(readRecords(), createAnonymizeStream({ operators: { DEFAULT: { type: 'redact' } } }), writeRecords());
 */
export function createAnonymizeStream(options: RecordStreamOptions = {}): Transform {
  const { fieldStyle = 'json', scanOnly = false, ...json } = options;
  const opts = normalizeScanOptions({ ...json, workers: 0 });
  let engine: Promise<RecordEngine> | undefined;
  let record = 0;
  // Records held for the column sample, until it is full or the stream ends; then the typing found.
  let held: unknown[] | undefined = opts.inferColumns ? [] : undefined;
  let typing: ColumnTyping | undefined;
  const emitRecord = (stream: Transform, e: RecordEngine, input: unknown): unknown => {
    record++;
    const { record: out, findings } = scanOnly ? { record: input, findings: analyzeRecord(e, input, typing) } : anonymizeRecord(e, input, typing);
    for (const f of findings) stream.emit('finding', { ...f, record } satisfies RecordFinding);
    return out;
  };
  const release = (stream: Transform, e: RecordEngine): void => {
    const records = held!;
    held = undefined;
    const types = inferColumnTypes(e, sampleRecords(e, records));
    typing = columnTyping(e, types);
    stream.emit('columns', types);
    for (const r of records) stream.push(emitRecord(stream, e, r));
  };
  // Runs `step` once the engine exists, turning a throw into the stream's error.
  const withEngine = (callback: TransformCallback, step: (e: RecordEngine) => unknown): void => {
    engine ??= createEngine(engineSpecOf(opts, opts.cwd ?? process.cwd()), fieldStyle);
    engine.then(
      (e) => {
        let out: unknown;
        try {
          out = step(e);
        } catch (err) {
          callback(err as Error);
          return;
        }
        callback(null, out);
      },
      (err: unknown) => callback(err as Error),
    );
  };
  return new Transform({
    objectMode: true,
    transform(chunk: unknown, _encoding, callback) {
      withEngine(callback, (e) => {
        if (held === undefined) return emitRecord(this, e, chunk);
        held.push(chunk);
        if (held.length >= SAMPLE_RECORDS) release(this, e);
        return undefined;
      });
    },
    flush(callback) {
      if (held === undefined || held.length === 0) return callback();
      withEngine(callback, (e) => {
        release(this, e);
        return undefined;
      });
    },
  });
}

/** Options of `createAnonymizeTextStream`: `format` is required. */
export interface TextStreamOptions extends ScanOptions {
  readonly format: NonNullable<ScanOptions['format']>;
  /** Only report findings; nothing is written to the readable side. @default false */
  readonly scanOnly?: boolean;
  readonly signal?: AbortSignal;
}

/**
 * A Duplex: raw CSV / TSV / JSONL bytes in, anonymized bytes out, in the same format and order.
 * Emits `'finding'` (ReportFinding) as chunks complete and `'report'` (Report) before it ends.
 * Malformed input follows `onError`; under `fail` the stream errors with `PII_PARSE_ERROR`.
 *
 * @example
 * await pipeline(process.stdin, createAnonymizeTextStream({ format: 'jsonl', workers: 2 }), process.stdout);
 */
export function createAnonymizeTextStream(options: TextStreamOptions): Duplex {
  const { scanOnly = false, signal, ...json } = options;
  if (json.format === undefined) detectFormat(undefined);
  const opts = normalizeScanOptions(json);
  const mode = scanOnly ? 'scan' : 'anonymize';
  const format = opts.format!;
  let duplex: Duplex | undefined;
  const emitFinding = (f: ReportFinding) => duplex?.emit('finding', f);
  duplex = Duplex.from(async function* (source: AsyncIterable<Uint8Array | string>) {
    const report = new ReportBuilder(mode, opts);
    const ctx = await createRunContext(mode, opts, report, { signal, onFinding: emitFinding, cwd: opts.cwd ?? process.cwd(), fieldStyle: format === 'jsonl' ? 'json' : 'csv' });
    let ok = false;
    try {
      const stats = report.startFile('-', format, false, scanOnly ? undefined : '-');
      yield* processInput(ctx, source, { name: '-', format, stats });
      ok = true;
    } catch (err) {
      throw err instanceof PiiScanError ? err : new PiiScanError('PII_IO_ERROR', 'The stream failed', { cause: err });
    } finally {
      await (ok ? ctx.executor.close() : ctx.executor.destroy());
    }
    const built: Report = report.build();
    duplex?.emit('report', built);
  });
  return duplex;
}
