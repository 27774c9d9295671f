/**
 * The JSON findings report (schema: schemas/report.schema.json). It holds counts, positions,
 * masked previews and keyed fingerprints - never a matched value - and no key material.
 */
import { PiiScanError } from '../errors.js';
import { writeFileAtomic } from '../io/source.js';
import { TOOL_NAME, TOOL_VERSION } from '../package-info.js';
import type { DataFormat, NormalizedScanOptions } from '../options.js';
import type { ChunkResult } from '../pipeline/chunk.js';
import type { ColumnType } from '../pipeline/column-inference.js';

/** Version of the report layout; bumped on incompatible changes. */
export const REPORT_SCHEMA_VERSION = 1;

/** One finding as reported. */
export interface ReportFinding {
  /** Input file (`-` for a stream). */
  readonly file: string;
  /** 1-based line where the record starts. */
  readonly line: number;
  /** 1-based record number (header excluded). */
  readonly record: number;
  /** CSV column or JSON path. */
  readonly field: string;
  readonly entity: string;
  /** Span in the field value (UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly recognizer: string;
  /** Masked preview such as `j***@***.com`. */
  readonly preview: string;
  /** Keyed HMAC fingerprint of the value, when a key is set. */
  readonly fingerprint?: string;
}

/** A malformed record or a failure. */
export interface ReportError {
  readonly file: string;
  readonly line?: number;
  readonly record?: number;
  readonly code: string;
  readonly message: string;
  /** What happened to the record: the policy's action, or `failed` for the error that stopped the run. */
  readonly action: 'skipped' | 'passed-through' | 'failed';
}

/** Per-input summary. */
export interface ReportInput {
  readonly path: string;
  readonly format: DataFormat;
  readonly compressed: boolean;
  /** Uncompressed bytes read. */
  readonly bytes: number;
  readonly records: number;
  readonly recordsWithFindings: number;
  readonly findings: number;
  readonly errors: number;
  /** Output written (anonymize). */
  readonly output?: string;
  /** Column types inferred from the first records (option `inferColumns`); no values. */
  readonly columns?: readonly ColumnType[];
}

/** Totals over all inputs. */
export interface ReportTotals {
  readonly files: number;
  readonly records: number;
  readonly bytes: number;
  readonly findings: number;
  readonly recordsWithFindings: number;
  readonly skippedRecords: number;
  readonly passedThroughRecords: number;
  readonly errors: number;
}

/** The report. */
export interface Report {
  readonly schemaVersion: number;
  readonly tool: { readonly name: string; readonly version: string };
  readonly mode: 'scan' | 'anonymize';
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly inputs: ReportInput[];
  /** Effective options that decide the result (no key material). */
  readonly options: Record<string, unknown>;
  /** How the run was executed (does not change output or findings). */
  readonly execution: { readonly workers: number; readonly chunkSize: number; readonly taskTimeout: number };
  readonly totals: ReportTotals;
  readonly byEntity: Record<string, number>;
  readonly byField: Record<string, number>;
  readonly byFile: Record<string, { readonly findings: number; readonly byEntity: Record<string, number> }>;
  readonly findings: ReportFinding[];
  /** True when more findings exist than `maxFindings` listed. */
  readonly truncated: boolean;
  readonly errors: ReportError[];
}

/** The tool's name and version as reported. */
export const TOOL = Object.freeze({ name: TOOL_NAME, version: TOOL_VERSION });

function describeRecognizer(spec: unknown): unknown {
  if (typeof spec === 'string') return spec;
  if (typeof spec === 'object' && spec !== null) {
    if ('meta' in spec && typeof (spec as { create?: unknown }).create === 'function') return { object: (spec as { meta: { id: string } }).meta.id };
    if ('module' in spec) {
      const m = spec as { module: string; export?: string };
      return { module: m.module, ...(m.export === undefined ? {} : { export: m.export }) };
    }
  }
  return spec;
}

/** The options as reported: JSON only, regexes as `/source/flags`, the key reduced to whether it is set. */
export function reportOptions(o: NormalizedScanOptions): Record<string, unknown> {
  return {
    recognizers: o.recognizers.map(describeRecognizer),
    entities: o.entities ?? null,
    excludeEntities: o.excludeEntities,
    scoreThreshold: o.scoreThreshold,
    language: o.language,
    allowList: o.allowList.map((e) => (typeof e === 'string' ? e : String(e))),
    context: o.context,
    defaultRegions: o.defaultRegions,
    operators: o.operators ?? null,
    fieldOperators: o.fieldOperators,
    keyed: o.key !== undefined,
    format: o.format ?? null,
    delimiter: o.delimiter ?? null,
    fields: o.fields ?? null,
    skipFields: o.skipFields,
    scanNumbers: o.scanNumbers,
    blankLines: o.blankLines,
    inferColumns: o.inferColumns,
    onError: o.onError,
    maxFindings: o.maxFindings,
    maxRecordBytes: o.maxRecordBytes,
  };
}

/** Running statistics of one input. */
export interface FileStats {
  path: string;
  format: DataFormat;
  compressed: boolean;
  bytes: number;
  records: number;
  recordsWithFindings: number;
  findings: number;
  errors: number;
  output?: string;
  byEntity: Record<string, number>;
  columns?: readonly ColumnType[];
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Accumulates chunk results in input order into a report. Findings beyond `maxFindings` are
 * counted but not listed.
 */
export class ReportBuilder {
  readonly #mode: 'scan' | 'anonymize';
  readonly #options: NormalizedScanOptions;
  readonly #started = new Date();
  readonly #files: FileStats[] = [];
  readonly #findings: ReportFinding[] = [];
  readonly #errors: ReportError[] = [];
  readonly #byEntity: Record<string, number> = {};
  readonly #byField: Record<string, number> = {};
  #findingCount = 0;
  #skipped = 0;
  #passed = 0;
  #workers = 0;

  constructor(mode: 'scan' | 'anonymize', options: NormalizedScanOptions) {
    this.#mode = mode;
    this.#options = options;
  }

  /** Records the number of worker threads used (0 = inline). */
  setWorkers(workers: number): void {
    this.#workers = workers;
  }

  /** Findings that can still be listed (`maxFindings` minus those listed so far). */
  get findingRoom(): number {
    return Math.max(0, this.#options.maxFindings - this.#findings.length);
  }

  /** Starts an input. */
  startFile(path: string, format: DataFormat, compressed: boolean, output?: string): FileStats {
    const stats: FileStats = { path, format, compressed, bytes: 0, records: 0, recordsWithFindings: 0, findings: 0, errors: 0, byEntity: {}, ...(output === undefined ? {} : { output }) };
    this.#files.push(stats);
    return stats;
  }

  /**
   * Adds a chunk's result; `line` is the 1-based line of the chunk's first byte, `record` the
   * number of records before it. Returns the chunk's findings with absolute positions.
   */
  addChunk(stats: FileStats, result: ChunkResult, line: number, record: number): ReportFinding[] {
    stats.records += result.records;
    stats.recordsWithFindings += result.recordsWithFindings;
    stats.findings += result.findingCount;
    add(stats.byEntity, result.byEntity);
    add(this.#byEntity, result.byEntity);
    add(this.#byField, result.byField);
    this.#findingCount += result.findingCount;
    const absolute = result.findings.map((f): ReportFinding => ({
      file: stats.path,
      line: line + f.line,
      record: record + f.record + 1,
      field: f.field,
      entity: f.entity,
      start: f.start,
      end: f.end,
      score: f.score,
      recognizer: f.recognizer,
      preview: f.preview,
      ...(f.fingerprint === undefined ? {} : { fingerprint: f.fingerprint }),
    }));
    for (const f of absolute) {
      if (this.#findings.length >= this.#options.maxFindings) break;
      this.#findings.push(f);
    }
    const action = this.#options.onError === 'skip' ? 'skipped' : 'passed-through';
    for (const e of result.errors) {
      stats.errors++;
      if (action === 'skipped') this.#skipped++;
      else this.#passed++;
      this.#errors.push({ file: stats.path, line: line + e.line, record: record + e.record + 1, code: 'PII_PARSE_ERROR', message: `Malformed record: ${e.problem}`, action });
    }
    return absolute;
  }

  /** Records the error that stopped the run. */
  addFailure(err: PiiScanError): void {
    this.#errors.push({
      file: err.file ?? this.#files[this.#files.length - 1]?.path ?? '-',
      ...(err.line === undefined ? {} : { line: err.line }),
      ...(err.record === undefined ? {} : { record: err.record }),
      code: err.code,
      message: err.message,
      action: 'failed',
    });
  }

  /** The finished report. */
  build(): Report {
    const finished = new Date();
    const files = this.#files;
    const sum = (k: 'records' | 'bytes' | 'recordsWithFindings') => files.reduce((n, f) => n + f[k], 0);
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: { ...TOOL },
      mode: this.#mode,
      startedAt: this.#started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - this.#started.getTime(),
      inputs: files.map((f) => ({
        path: f.path, format: f.format, compressed: f.compressed, bytes: f.bytes, records: f.records,
        recordsWithFindings: f.recordsWithFindings, findings: f.findings, errors: f.errors,
        ...(f.output === undefined ? {} : { output: f.output }),
        ...(f.columns === undefined ? {} : { columns: f.columns }),
      })),
      options: reportOptions(this.#options),
      execution: { workers: this.#workers, chunkSize: this.#options.chunkSize, taskTimeout: this.#options.taskTimeout },
      totals: {
        files: files.length,
        records: sum('records'),
        bytes: sum('bytes'),
        findings: this.#findingCount,
        recordsWithFindings: sum('recordsWithFindings'),
        skippedRecords: this.#skipped,
        passedThroughRecords: this.#passed,
        errors: this.#errors.length,
      },
      byEntity: sorted(this.#byEntity),
      byField: sorted(this.#byField),
      byFile: Object.fromEntries(files.map((f) => [f.path, { findings: f.findings, byEntity: sorted(f.byEntity) }])),
      findings: this.#findings,
      truncated: this.#findingCount > this.#findings.length,
      errors: this.#errors,
    };
  }
}

/** Writes a report as pretty JSON, atomically (temp file + rename). */
export async function writeReport(path: string, report: Report): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`).catch((cause: unknown) => {
    throw new PiiScanError('PII_IO_ERROR', 'Cannot write the report', { file: path, cause });
  });
}
