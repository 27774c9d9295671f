/**
 * Streaming forms for ingestion scripts: records in / anonymized records out (object mode, on the
 * calling thread), and raw CSV / JSONL bytes in / out (same chunk pipeline as files, optionally on
 * worker threads). Both emit `'finding'` events as findings happen.
 */
import { Duplex, Transform } from 'node:stream';
import { normalizeScanOptions, type ScanOptions } from '../options.js';
import { ReportBuilder, type Report, type ReportFinding } from '../report/report.js';
import { PiiScanError } from '../errors.js';
import { detectFormat } from '../io/format.js';
import { createEngine, engineSpecOf } from './engine.js';
import { anonymizeRecord, analyzeRecord, type FieldFinding, type RecordEngine } from './record.js';
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
 * An object-mode Transform: each record (a JSON-like object) comes out anonymized; `'finding'`
 * events carry each finding (with field, span, entity - never the value). Runs on the calling
 * thread, so recognizer objects are allowed.
 *
 * @example
 * await pipeline(readRecords(), createAnonymizeStream({ operators: { DEFAULT: { type: 'redact' } } }), writeRecords());
 */
export function createAnonymizeStream(options: RecordStreamOptions = {}): Transform {
  const { fieldStyle = 'json', scanOnly = false, ...json } = options;
  const opts = normalizeScanOptions({ ...json, workers: 0 });
  let engine: Promise<RecordEngine> | undefined;
  let record = 0;
  return new Transform({
    objectMode: true,
    transform(chunk: unknown, _encoding, callback) {
      engine ??= createEngine(engineSpecOf(opts, opts.cwd ?? process.cwd()), fieldStyle);
      engine.then(
        (e) => {
          record++;
          const { record: out, findings } = scanOnly ? { record: chunk, findings: analyzeRecord(e, chunk) } : anonymizeRecord(e, chunk);
          for (const f of findings) this.emit('finding', { ...f, record } satisfies RecordFinding);
          callback(null, out);
        },
        (err: unknown) => callback(err as Error),
      );
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
