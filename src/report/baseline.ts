/**
 * The baseline (`.pii-scan-baseline.json`): findings accepted on purpose, so that only new ones
 * fail a commit. An entry is (file, field, entity, fingerprint) where the fingerprint is an HMAC
 * of the matched value under a random salt stored in the file: no value is stored, and entries
 * do not change when rows move. Array indices in JSON paths become `[*]` for the same reason.
 * Entries are sorted, one per line, so concurrent updates merge cleanly in git.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { PiiScanError } from '../errors.js';
import type { ReportFinding } from './report.js';

/** Default file name, in the repository root. */
export const BASELINE_FILE_NAME = '.pii-scan-baseline.json';
/** Layout version of the baseline file. */
export const BASELINE_VERSION = 1;

/** One accepted finding. */
export interface BaselineEntry {
  /** Path relative to the baseline file's directory, `/`-separated. */
  readonly file: string;
  /** Field with array indices as `[*]`. */
  readonly field: string;
  readonly entity: string;
  /** HMAC-SHA256(salt, entity, value), 16 hex digits (the report's fingerprint under the salt). */
  readonly fingerprint: string;
}

/** A baseline in memory. */
export interface Baseline {
  readonly version: number;
  /** `hex:` + 64 hex digits: the fingerprint key. A salt, not a secret (values are only as hidden as the data they came from). */
  readonly salt: string;
  readonly entries: readonly BaselineEntry[];
}

/** A fresh, empty baseline with a random salt. */
export function newBaseline(): Baseline {
  return { version: BASELINE_VERSION, salt: `hex:${randomBytes(32).toString('hex')}`, entries: [] };
}

const INDEX = /\[\d+\]/g;

/** The key of a finding in a baseline; `dir` is the baseline's directory, `cwd` what finding paths are relative to. */
export function entryOf(finding: Pick<ReportFinding, 'file' | 'field' | 'entity' | 'fingerprint'>, dir: string, cwd: string, rename?: (file: string) => string): BaselineEntry {
  if (finding.fingerprint === undefined) throw new PiiScanError('PII_MISSING_KEY', 'A finding has no fingerprint: the scan ran without the baseline salt', {});
  const file = rename ? rename(finding.file) : finding.file;
  const rel = relative(dir, resolve(cwd, file));
  return { file: sep === '/' ? rel : rel.split(sep).join('/'), field: finding.field.replace(INDEX, '[*]'), entity: finding.entity, fingerprint: finding.fingerprint };
}

/** The identity of an entry, for set membership. */
export function entryKey(e: BaselineEntry): string {
  return `${e.file}\0${e.field}\0${e.entity}\0${e.fingerprint}`;
}

function compare(a: BaselineEntry, b: BaselineEntry): number {
  const x = entryKey(a);
  const y = entryKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Entries deduplicated and sorted. */
export function sortEntries(entries: Iterable<BaselineEntry>): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const e of entries) byKey.set(entryKey(e), { file: e.file, field: e.field, entity: e.entity, fingerprint: e.fingerprint });
  return [...byKey.values()].sort(compare);
}

/** The file text: pretty, one entry per line, sorted, with a trailing newline. */
export function formatBaseline(baseline: Baseline): string {
  const lines = sortEntries(baseline.entries).map((e) => `    ${JSON.stringify(e)}`);
  return [
    '{',
    `  "$comment": "pii-scan baseline: accepted findings. Fingerprints are salted HMACs of the values; no value is stored. Update with \`pii-scan baseline\`.",`,
    `  "version": ${baseline.version},`,
    `  "salt": ${JSON.stringify(baseline.salt)},`,
    `  "findings": [${lines.length === 0 ? ']' : `\n${lines.join(',\n')}\n  ]`}`,
    '}',
    '',
  ].join('\n');
}

function invalid(path: string, why: string): never {
  throw new PiiScanError('PII_INVALID_CONFIG', `${path}: invalid baseline file: ${why}`, { file: path });
}

/** Parses and checks a baseline file's text. */
export function parseBaseline(text: string, path: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    invalid(path, 'not JSON');
  }
  const o = raw as Record<string, unknown>;
  if (typeof o !== 'object' || o === null) invalid(path, 'not an object');
  if (o['version'] !== BASELINE_VERSION) invalid(path, `version must be ${BASELINE_VERSION}`);
  if (typeof o['salt'] !== 'string' || !/^hex:[0-9a-f]{32,}$/.test(o['salt'])) invalid(path, 'salt must be "hex:" and at least 32 hex digits');
  if (!Array.isArray(o['findings'])) invalid(path, 'findings must be an array');
  const entries = (o['findings'] as unknown[]).map((e, i) => {
    const r = e as Record<string, unknown>;
    for (const k of ['file', 'field', 'entity', 'fingerprint']) {
      if (typeof r?.[k] !== 'string') invalid(path, `findings[${i}].${k} must be a string`);
    }
    return r as unknown as BaselineEntry;
  });
  return { version: BASELINE_VERSION, salt: o['salt'] as string, entries };
}

/** Reads a baseline; undefined when the file does not exist. */
export async function readBaseline(path: string): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PiiScanError('PII_IO_ERROR', `${path}: cannot read the baseline`, { file: path, cause: err });
  }
  return parseBaseline(text, path);
}

/** Writes a baseline atomically. */
export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, formatBaseline(baseline), { flag: 'wx' });
    await rename(temp, target);
  } catch (cause) {
    await unlink(temp).catch(() => undefined);
    throw new PiiScanError('PII_IO_ERROR', `${path}: cannot write the baseline`, { file: path, cause });
  }
}
