/** Input / output format detection from file names. */
import { PiiScanError } from '../errors.js';
import type { DataFormat } from '../options.js';

/** A file's format and whether it is gzip-compressed. */
export interface FileFormat {
  readonly format: DataFormat;
  readonly gzip: boolean;
}

const BY_EXTENSION: Readonly<Record<string, DataFormat>> = { csv: 'csv', tsv: 'tsv', tab: 'tsv', jsonl: 'jsonl', ndjson: 'jsonl' };

/** Names of the data files that directory walks and the pre-commit hook pick up (`.csv`, `.jsonl.gz`...). */
export const DATA_FILE_PATTERN = new RegExp(`\\.(?:${Object.keys(BY_EXTENSION).join('|')})(?:\\.gz)?$`, 'i');

/** True when the path ends in `.gz`. */
export function isGzipPath(path: string): boolean {
  return /\.gz$/i.test(path);
}

/**
 * The format of a path from its extension (`data.csv`, `data.jsonl.gz`), or `explicit` when given.
 * Throws `PII_UNSUPPORTED_FORMAT` when neither decides.
 *
 * @example detectFormat('train.ndjson.gz') // { format: 'jsonl', gzip: true }
 */
export function detectFormat(path: string | undefined, explicit?: DataFormat): FileFormat {
  const gzip = path !== undefined && isGzipPath(path);
  if (explicit !== undefined) return { format: explicit, gzip };
  const base = path === undefined ? '' : path.replace(/\.gz$/i, '');
  const ext = /\.([A-Za-z0-9]+)$/.exec(base)?.[1]?.toLowerCase();
  const format = ext === undefined ? undefined : BY_EXTENSION[ext];
  if (format === undefined) {
    throw new PiiScanError(
      'PII_UNSUPPORTED_FORMAT',
      path === undefined
        ? 'The format of a stream must be given (`format`: csv, tsv or jsonl)'
        : 'Cannot tell the format from the file extension (expected .csv, .tsv, .jsonl or .ndjson, optionally .gz); set `format`',
      path === undefined ? {} : { file: path },
    );
  }
  return { format, gzip };
}

/** The delimiter of a CSV-family format. */
export function delimiterOf(format: DataFormat, explicit: string | undefined): string {
  return explicit ?? (format === 'tsv' ? '\t' : ',');
}
