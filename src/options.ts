/**
 * Option normalization: every default lives here. Each option gets one block that maps "empty"
 * to its default, accepts the legal shapes, and otherwise throws `PII_INVALID_OPTION`.
 */
import { availableParallelism } from 'node:os';
import { invalidOption } from './errors.js';
import type { OperatorsConfig } from './operators/types.js';
import type { AllowListEntry, AnalyzerOptions, RecognizerSpec } from './types.js';

/** Analyzer options with every default filled in. */
export interface NormalizedAnalyzerOptions {
  readonly recognizers: readonly RecognizerSpec[];
  readonly entities: readonly string[] | undefined;
  readonly excludeEntities: readonly string[];
  readonly scoreThreshold: number;
  readonly language: string;
  readonly allowList: readonly AllowListEntry[];
  readonly context: readonly string[];
  readonly defaultRegions: readonly string[];
}

/** Default recognizer selection. */
export const DEFAULT_RECOGNIZERS: readonly RecognizerSpec[] = ['recommended'];
/** Default minimum score. */
export const DEFAULT_SCORE_THRESHOLD = 0.5;
/** Default phone regions, most common first: national formats are tried in this order. */
export const DEFAULT_REGIONS: readonly string[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'IN', 'CA', 'AU', 'BR'];

const isEmpty = (v: unknown): boolean => v === undefined || v === null;

function stringList(name: string, value: unknown, fallback: readonly string[]): readonly string[] {
  if (isEmpty(value)) return fallback;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0)) {
    invalidOption(name, 'an array of non-empty strings', value);
  }
  return value as string[];
}

/**
 * Fills in defaults and validates analyzer options.
 *
 * @example
 * normalizeAnalyzerOptions({ scoreThreshold: 0.7 }).language // 'en'
 */
export function normalizeAnalyzerOptions(options: AnalyzerOptions = {}): NormalizedAnalyzerOptions {
  if (typeof options !== 'object' || options === null) invalidOption('options', 'an object', options);

  // Normalize option `recognizers`
  const recognizers = isEmpty(options.recognizers) ? DEFAULT_RECOGNIZERS : options.recognizers!;
  if (!Array.isArray(recognizers)) invalidOption('recognizers', 'an array of recognizer ids, presets, configs or objects', recognizers);

  // Normalize option `entities` (undefined = all)
  const entities = isEmpty(options.entities) ? undefined : stringList('entities', options.entities, []);

  // Normalize option `excludeEntities`
  const excludeEntities = stringList('excludeEntities', options.excludeEntities, []);

  // Normalize option `scoreThreshold`
  const scoreThreshold = isEmpty(options.scoreThreshold) ? DEFAULT_SCORE_THRESHOLD : options.scoreThreshold!;
  if (typeof scoreThreshold !== 'number' || !(scoreThreshold >= 0 && scoreThreshold <= 1)) {
    invalidOption('scoreThreshold', 'a number from 0 to 1', scoreThreshold);
  }

  // Normalize option `language`
  const language = isEmpty(options.language) ? 'en' : options.language!;
  if (typeof language !== 'string' || !/^[a-z]{2,3}$/.test(language)) invalidOption('language', 'an ISO 639-1 code such as "en"', language);

  // Normalize option `allowList`
  const allowList = isEmpty(options.allowList) ? [] : options.allowList!;
  if (!Array.isArray(allowList) || allowList.some((e) => typeof e !== 'string' && !(e instanceof RegExp))) {
    invalidOption('allowList', 'an array of strings and regular expressions', allowList);
  }

  // Normalize option `context`
  const context = stringList('context', options.context, []);

  // Normalize option `defaultRegions`
  const regions = stringList('defaultRegions', options.defaultRegions, DEFAULT_REGIONS).map((r) => r.toUpperCase());
  if (regions.some((r) => !/^[A-Z]{2}$/.test(r))) invalidOption('defaultRegions', 'ISO 3166-1 alpha-2 codes such as "US"', options.defaultRegions);

  return { recognizers, entities, excludeEntities, scoreThreshold, language, allowList, context, defaultRegions: regions };
}

// ---------------------------------------------------------------------------------------------
// Scan / anonymize options of the file and stream pipeline (src/pipeline). Plain JSON only:
// these options cross into worker threads by structured clone.

/** Input and output formats of the pipeline. `tsv` is CSV with a tab delimiter. */
export type DataFormat = 'csv' | 'tsv' | 'jsonl';

/** What to do with a malformed record: stop the run, drop it, or copy it unchanged. */
export type ErrorPolicy = 'fail' | 'skip' | 'passthrough';

/**
 * A custom recognizer in a user module, imported inside every worker. The export is a recognizer
 * (`defineRecognizer` / `definePatternRecognizer`) or a JSON recognizer config.
 *
 * @example { module: './recognizers/employee-id.js', export: 'employeeId' }
 */
export interface ModuleRecognizerSpec {
  /** Path (relative to `cwd`) or file URL of an ES module. */
  readonly module: string;
  /** Named export holding the recognizer. @default 'default' */
  readonly export?: string;
  /** Options passed to the recognizer's `create`. */
  readonly options?: unknown;
}

/** A recognizer selection of the pipeline: everything the analyzer takes, plus module specs. */
export type ScanRecognizerSpec = RecognizerSpec | ModuleRecognizerSpec;

/** Options of `scanFile`, `anonymizeFile` and the streams. Every default lives in `normalizeScanOptions`. */
export interface ScanOptions extends Omit<AnalyzerOptions, 'recognizers'> {
  /**
   * Recognizers: ids, presets, references, JSON configs, `{ module }` specs, or recognizer objects
   * (objects only with `workers: 0`: functions cannot cross into threads).
   * @default ['recommended']
   */
  readonly recognizers?: readonly ScanRecognizerSpec[];
  /** Operator per entity (`DEFAULT` for the rest). @default { DEFAULT: { type: 'replace' } } (the anonymizer's default) */
  readonly operators?: OperatorsConfig;
  /** Key of the keyed operators and of report fingerprints. Never logged, never in the report. */
  readonly key?: Uint8Array | string;
  /** Input format. @default from the file extension (`.csv`, `.tsv`, `.jsonl`, `.ndjson`, each optionally `.gz`) */
  readonly format?: DataFormat;
  /** CSV delimiter, one ASCII character. @default ',' for csv, '\t' for tsv */
  readonly delimiter?: string;
  /**
   * Fields to scan: CSV column names or JSON paths. A path selects everything below it; `[*]` is
   * any array index, `*` any key. @default all fields
   * @example ['email', 'user.email', 'messages[*].content']
   */
  readonly fields?: readonly string[];
  /** Fields never scanned (same syntax as `fields`); wins over `fields`. @default [] */
  readonly skipFields?: readonly string[];
  /**
   * Operators for some fields, merged over `operators`; the first matching pattern wins.
   * @example { 'user.email': { EMAIL_ADDRESS: { type: 'mask', keepDomain: true } } }
   */
  readonly fieldOperators?: Readonly<Record<string, OperatorsConfig>>;
  /** Scan JSON numbers too (card numbers and phones are often stored as numbers). @default true */
  readonly scanNumbers?: boolean;
  /** Blank JSONL lines: copied to the output or dropped. @default 'keep' */
  readonly blankLines?: 'keep' | 'drop';
  /**
   * Column-level inference: sample the first 100 records of each input once and type the CSV
   * columns / JSON paths that clearly hold names, places or organizations (`name`, `city`...);
   * their values are then reported as that entity without NLP per cell. Free-text fields are
   * scanned value by value as before. The types are listed in the report (`inputs[].columns`).
   * @default true
   */
  readonly inferColumns?: boolean;
  /** Worker threads; 0 runs inline on the calling thread. @default os.availableParallelism() */
  readonly workers?: number;
  /** Bytes per chunk sent to a worker (cut at record boundaries; less for small inputs). @default 512 KiB */
  readonly chunkSize?: number;
  /** Largest record accepted; a longer one (e.g. an unclosed quote) is a parse error. @default 64 MiB */
  readonly maxRecordBytes?: number;
  /** Milliseconds one chunk may take before the run fails with `PII_TASK_TIMEOUT`. @default 120000 */
  readonly taskTimeout?: number;
  /** Policy for malformed records. @default 'fail' */
  readonly onError?: ErrorPolicy;
  /** Path of the JSON findings report to write. @default no report file */
  readonly report?: string;
  /** Findings listed in the report (counts are always complete). @default 1000 */
  readonly maxFindings?: number;
  /** Node flags of the worker threads. @default ['--import', 'tsx'] when running from TypeScript sources, else inherited */
  readonly execArgv?: readonly string[];
  /** Directory that relative `{ module }` paths are resolved against. @default process.cwd() */
  readonly cwd?: string;
}

/** Scan options with every default filled in. */
export interface NormalizedScanOptions extends Omit<NormalizedAnalyzerOptions, 'recognizers'> {
  readonly recognizers: readonly ScanRecognizerSpec[];
  readonly operators: OperatorsConfig | undefined;
  readonly key: Uint8Array | string | undefined;
  readonly format: DataFormat | undefined;
  readonly delimiter: string | undefined;
  readonly fields: readonly string[] | undefined;
  readonly skipFields: readonly string[];
  readonly fieldOperators: Readonly<Record<string, OperatorsConfig>>;
  readonly scanNumbers: boolean;
  readonly blankLines: 'keep' | 'drop';
  readonly inferColumns: boolean;
  readonly workers: number;
  /** False when `workers` was left to its default (the pipeline may then run tiny inputs inline). */
  readonly workersExplicit: boolean;
  readonly chunkSize: number;
  readonly maxRecordBytes: number;
  readonly taskTimeout: number;
  readonly onError: ErrorPolicy;
  readonly report: string | undefined;
  readonly maxFindings: number;
  readonly execArgv: readonly string[] | undefined;
  readonly cwd: string | undefined;
}

/**
 * Default bytes per chunk. Small enough that what a chunk keeps alive while a worker is on it
 * (its text, the output being built) mostly dies in V8's young generation: measured on a 20 MB
 * JSONL anonymize, 512 KiB chunks copy 48 MB in scavenges where 2 MiB chunks copy 85 MB
 * (and promote 31 MB, not 59 MB, to the old generation). Per-chunk costs stay well under 1%.
 */
export const DEFAULT_CHUNK_SIZE = 512 * 1024;
/** Default largest record. */
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;
/** Default per-chunk timeout in milliseconds. */
export const DEFAULT_TASK_TIMEOUT = 120_000;
/** Default number of findings listed in a report. */
export const DEFAULT_MAX_FINDINGS = 1000;
/** Default error policy. */
export const DEFAULT_ERROR_POLICY: ErrorPolicy = 'fail';

const FORMATS: readonly DataFormat[] = ['csv', 'tsv', 'jsonl'];

/** What a CSV delimiter may be, as error messages say it. */
export const DELIMITER_RULE = 'one ASCII character other than a quote or a line break';

/**
 * Whether `value` can be a CSV delimiter: one ASCII character other than a quote or a line break.
 *
 * @example isValidDelimiter(';') // true
 */
export function isValidDelimiter(value: unknown): value is string {
  return typeof value === 'string' && /^[\x01-\x7f]$/.test(value) && !/["\r\n]/.test(value);
}

const POLICIES: readonly ErrorPolicy[] = ['fail', 'skip', 'passthrough'];

function integerOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (isEmpty(value)) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalidOption(name, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/**
 * Fills in defaults and validates the pipeline options (and, through `normalizeAnalyzerOptions`,
 * the analyzer options). Operator configs are validated by the anonymizer when it is created.
 *
 * @example
 * normalizeScanOptions({ workers: 0 }).chunkSize // 524288
 */
export function normalizeScanOptions(options: ScanOptions = {}): NormalizedScanOptions {
  if (!isPlainObject(options as unknown)) invalidOption('options', 'an object', options);
  const { recognizers, ...analyzerRest } = normalizeAnalyzerOptions(options as AnalyzerOptions);

  // Normalize option `operators`
  const operators = isEmpty(options.operators) ? undefined : options.operators;
  if (operators !== undefined && !isPlainObject(operators as unknown)) invalidOption('operators', 'an object of entity -> operator config', operators);

  // Normalize option `key`
  const key = isEmpty(options.key) ? undefined : options.key;
  if (key !== undefined && !(key instanceof Uint8Array) && typeof key !== 'string') {
    // Never describe the value: it may be key material.
    invalidOption('key', 'a Uint8Array or a string', typeof key);
  }

  // Normalize option `format`
  const format = isEmpty(options.format) ? undefined : options.format;
  if (format !== undefined && !FORMATS.includes(format)) invalidOption('format', `one of ${FORMATS.join(', ')}`, format);

  // Normalize option `delimiter`
  const delimiter = isEmpty(options.delimiter) ? undefined : options.delimiter;
  if (delimiter !== undefined && !isValidDelimiter(delimiter)) invalidOption('delimiter', DELIMITER_RULE, delimiter);

  // Normalize options `fields` and `skipFields`
  const fields = isEmpty(options.fields) ? undefined : stringList('fields', options.fields, []);
  const skipFields = stringList('skipFields', options.skipFields, []);

  // Normalize option `fieldOperators`
  const fieldOperators = isEmpty(options.fieldOperators) ? {} : options.fieldOperators!;
  if (!isPlainObject(fieldOperators as unknown) || Object.values(fieldOperators).some((v) => !isPlainObject(v))) {
    invalidOption('fieldOperators', 'an object of field -> operators config', fieldOperators);
  }

  // Normalize option `scanNumbers`
  const scanNumbers = isEmpty(options.scanNumbers) ? true : options.scanNumbers;
  if (typeof scanNumbers !== 'boolean') invalidOption('scanNumbers', 'a boolean', scanNumbers);

  // Normalize option `blankLines`
  const blankLines = isEmpty(options.blankLines) ? 'keep' : options.blankLines;
  if (blankLines !== 'keep' && blankLines !== 'drop') invalidOption('blankLines', '"keep" or "drop"', blankLines);

  // Normalize option `inferColumns`
  const inferColumns = isEmpty(options.inferColumns) ? true : options.inferColumns;
  if (typeof inferColumns !== 'boolean') invalidOption('inferColumns', 'a boolean', inferColumns);

  // Normalize option `workers`
  const workersExplicit = !isEmpty(options.workers);
  const workers = integerOption('workers', options.workers, Math.max(1, availableParallelism()), 0, 256);

  // Normalize option `recognizers`: objects with functions cannot reach a worker
  if (workers > 0) {
    recognizers.forEach((spec, i) => {
      if (typeof spec === 'object' && spec !== null && 'create' in spec && typeof spec.create === 'function') {
        invalidOption(`recognizers[${i}]`, 'an id, a JSON config or a { module } spec when workers > 0 (recognizer objects cannot cross into threads; use workers: 0)', spec);
      }
    });
  }
  recognizers.forEach((spec, i) => {
    if (typeof spec === 'object' && spec !== null && 'module' in spec) {
      const m = spec as ModuleRecognizerSpec;
      if (typeof m.module !== 'string' || m.module.length === 0) invalidOption(`recognizers[${i}].module`, 'a non-empty path', m.module);
      if (m.export !== undefined && (typeof m.export !== 'string' || m.export.length === 0)) invalidOption(`recognizers[${i}].export`, 'an export name', m.export);
    }
  });

  // Normalize options `chunkSize`, `maxRecordBytes`, `taskTimeout`, `maxFindings`
  const chunkSize = integerOption('chunkSize', options.chunkSize, DEFAULT_CHUNK_SIZE, 1, 256 * 1024 * 1024);
  const maxRecordBytes = integerOption('maxRecordBytes', options.maxRecordBytes, DEFAULT_MAX_RECORD_BYTES, 1, 1024 * 1024 * 1024);
  const taskTimeout = integerOption('taskTimeout', options.taskTimeout, DEFAULT_TASK_TIMEOUT, 1, 24 * 3600 * 1000);
  const maxFindings = integerOption('maxFindings', options.maxFindings, DEFAULT_MAX_FINDINGS, 0, 10_000_000);

  // Normalize option `onError`
  const onError = isEmpty(options.onError) ? DEFAULT_ERROR_POLICY : options.onError!;
  if (!POLICIES.includes(onError)) invalidOption('onError', `one of ${POLICIES.join(', ')}`, onError);

  // Normalize option `report`
  const report = isEmpty(options.report) ? undefined : options.report;
  if (report !== undefined && (typeof report !== 'string' || report.length === 0)) invalidOption('report', 'a file path', report);

  // Normalize option `execArgv`
  const execArgv = isEmpty(options.execArgv) ? undefined : options.execArgv;
  if (execArgv !== undefined && (!Array.isArray(execArgv) || execArgv.some((a) => typeof a !== 'string'))) invalidOption('execArgv', 'an array of strings', execArgv);

  // Normalize option `cwd`
  const cwd = isEmpty(options.cwd) ? undefined : options.cwd;
  if (cwd !== undefined && (typeof cwd !== 'string' || cwd.length === 0)) invalidOption('cwd', 'a directory path', cwd);

  return {
    ...analyzerRest,
    recognizers,
    operators,
    key,
    format,
    delimiter,
    fields,
    skipFields,
    fieldOperators,
    scanNumbers,
    blankLines,
    inferColumns,
    workers,
    workersExplicit,
    chunkSize,
    maxRecordBytes,
    taskTimeout,
    onError,
    report,
    maxFindings,
    execArgv,
    cwd,
  };
}
