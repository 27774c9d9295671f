/**
 * The one error class of pii-scan. Callers branch on `code`, never on message text.
 * Messages never contain a matched value.
 */

/** Every code a `PiiScanError` can carry. */
export type PiiScanErrorCode =
  /** An option has the wrong type or range. */
  | 'PII_INVALID_OPTION'
  /** A recognizer definition or JSON config is invalid (bad regex, score out of range...). */
  | 'PII_INVALID_RECOGNIZER'
  /** A recognizer id or preset name is not known. */
  | 'PII_UNKNOWN_RECOGNIZER'
  /** An operator config is unknown or has bad parameters. */
  | 'PII_INVALID_OPERATOR'
  /** A keyed operator (hash, encrypt, pseudonymize, replace ids) has no key. */
  | 'PII_MISSING_KEY'
  /** The key is present but unusable (too short, unreadable file). */
  | 'PII_INVALID_KEY'
  /** The key is not the one the run was planned with (a shard given another key than the manifest's). */
  | 'PII_KEY_MISMATCH'
  /** A token could not be decrypted (wrong key or tampered data). */
  | 'PII_DECRYPT_FAILED'
  /** Malformed input: bad CSV quoting, invalid JSON line, invalid UTF-8, oversized field. */
  | 'PII_PARSE_ERROR'
  /** The input format could not be determined or is not supported. */
  | 'PII_UNSUPPORTED_FORMAT'
  /** Reading or writing a file failed. */
  | 'PII_IO_ERROR'
  /** The output path is the input path, or otherwise unsafe. */
  | 'PII_UNSAFE_OUTPUT'
  /** A worker thread crashed or could not start. */
  | 'PII_WORKER_FAILED'
  /** A chunk took longer than the per-task timeout (a runaway regex or a hung worker). */
  | 'PII_TASK_TIMEOUT'
  /** The run was aborted by the caller's signal. */
  | 'PII_ABORTED'
  /** A config file is invalid. */
  | 'PII_INVALID_CONFIG'
  /** A shard manifest is unreadable, malformed, tampered with, or from another tool version. */
  | 'PII_MANIFEST_INVALID'
  /** A shard index is missing or out of range (`--shard i/n`, the scheduler's index variable). */
  | 'PII_SHARD_INVALID'
  /** An input's size or modification time differs from the manifest: the shard is not run. */
  | 'PII_SHARD_INPUT_CHANGED'
  /** A shard report belongs to another manifest or config. */
  | 'PII_SHARD_MISMATCH'
  /** Shards are not all done: reports cannot be merged yet. */
  | 'PII_SHARD_INCOMPLETE'
  /** An optional dependency of the queue front end (`bullmq`) is not installed. */
  | 'PII_QUEUE_UNAVAILABLE';

/** Where an error happened, when known. */
export interface PiiScanErrorContext {
  readonly file?: string;
  /** 1-based line of the record in the input. */
  readonly line?: number;
  /** 1-based record number (data rows, header excluded). */
  readonly record?: number;
  /** CSV column or JSON path. */
  readonly field?: string;
  /** Name of the offending option, operator parameter or recognizer. */
  readonly option?: string;
  readonly cause?: unknown;
}

/**
 * @example
 * try { analyzeText(text, { scoreThreshold: 2 }); }
 * catch (err) { if (err instanceof PiiScanError && err.code === 'PII_INVALID_OPTION') ... }
 */
export class PiiScanError extends Error {
  /**
   * `instanceof` holds for an error of any copy of this class: a worker and the CLI run a bundled
   * copy (bin/bundle.js), and a plugin recognizer that imports pii-scan throws the package's own.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PII_SCAN_ERROR] === true;
  }

  override readonly name = 'PiiScanError';
  readonly code: PiiScanErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly record?: number;
  readonly field?: string;
  readonly option?: string;

  constructor(code: PiiScanErrorCode, message: string, context: PiiScanErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.code = code;
    if (context.file !== undefined) this.file = context.file;
    if (context.line !== undefined) this.line = context.line;
    if (context.record !== undefined) this.record = context.record;
    if (context.field !== undefined) this.field = context.field;
    if (context.option !== undefined) this.option = context.option;
  }
}

// The brand `instanceof` checks: a global symbol, the same in every copy of the module.
const PII_SCAN_ERROR = Symbol.for('pii-scan.PiiScanError');
Object.defineProperty(PiiScanError.prototype, PII_SCAN_ERROR, { value: true });

/** Describes a received value for an error message by its type and shape, never its content. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : `a string of ${value.length} characters`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined) return String(value);
  return `a ${typeof value}`;
}

/** Throws `PII_INVALID_OPTION` in the csv-parse / p-queue shape: "Invalid option `x`: expected ..., got ...". */
export function invalidOption(option: string, expected: string, got: unknown): never {
  throw new PiiScanError('PII_INVALID_OPTION', `Invalid option \`${option}\`: expected ${expected}, got ${describeValue(got)}`, { option });
}
