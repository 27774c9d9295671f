/**
 * Running one shard of a manifest, exactly once in effect: every scheduler retries (at least
 * once), so the work is deterministic (same bytes on any machine and attempt), every output is
 * written to a temp name and renamed, and the shard report - written last, atomically - is the
 * commit marker. A committed shard is not run again; a duplicate or zombie attempt writes the
 * same bytes under the same names and is harmless.
 */
import { mkdir, readFile, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PiiScanError } from '../errors.js';
import { writeFileAtomic } from '../io/source.js';
import { keyCheck, parseKey } from '../operators/keys.js';
import { DEFAULT_CHUNK_SIZE } from '../options.js';
import { runPipelineJobs, type PipelineJob, type PipelineOptions } from '../pipeline/api.js';
import type { Report } from '../report/report.js';
import { inputPath, optionsOfConfig, partOutputName, readManifest, type ShardManifest, type ShardPart } from './manifest.js';
import { partSource, type PartCounter } from './split.js';

/** Directory of the shard reports under the output directory. */
export const SHARD_REPORT_DIR = '_shards';
const SHARD_REPORT_KIND = 'pii-scan-shard-report';
/** Version of the shard report layout. */
export const SHARD_REPORT_VERSION = 1;

/** A part as run: the manifest's part plus what the merge needs to place its findings. */
export interface ShardReportPart extends ShardPart {
  /** Line feeds in the part's own data bytes (CSV header excluded): shifts the next part's lines. */
  readonly lines: number;
  /** Records in the part: shifts the next part's record numbers. */
  readonly records: number;
  /** Output file, relative to the output directory (anonymize). */
  readonly output?: string;
}

/** The commit marker of a shard: which run it belongs to and its findings report. */
export interface ShardReport {
  readonly kind: typeof SHARD_REPORT_KIND;
  readonly version: number;
  /** The manifest's `id`. */
  readonly manifestId: string;
  /** The manifest's `configHash`. */
  readonly configHash: string;
  readonly shard: number;
  readonly shards: number;
  readonly parts: readonly ShardReportPart[];
  /** The shard's report (schemas/report.schema.json); line and record numbers are relative to each part. */
  readonly report: Report;
}

/** Options of `runShard`: how to execute (never what to detect: that is frozen in the manifest). */
export interface RunShardOptions {
  /** Key of the keyed operators; required when the manifest was planned with one. Never stored. */
  readonly key?: Uint8Array | string;
  /** Worker threads. @default 0 (inline) for a shard of at most one chunk, else os.availableParallelism() */
  readonly workers?: number;
  /** Bytes per chunk. @default 512 KiB */
  readonly chunkSize?: number;
  /** Per-chunk timeout in ms. @default 120000 */
  readonly taskTimeout?: number;
  /** Node flags of the worker threads. */
  readonly execArgv?: readonly string[];
  readonly signal?: AbortSignal;
  /** Called after the outputs are in place and before the shard report commits them (tests use it to be killed mid-shard). */
  readonly beforeCommit?: () => Promise<void>;
}

/** What `runShard` did. */
export interface RunShardResult {
  /** `done`: ran and committed now; `skipped`: already committed by an earlier attempt. */
  readonly status: 'done' | 'skipped';
  readonly shard: number;
  /** Path of the shard report. */
  readonly reportPath: string;
  readonly shardReport: ShardReport;
}

/** Path of shard `index`'s report under the output directory. */
export function shardReportPath(outputDir: string, index: number): string {
  return join(outputDir, SHARD_REPORT_DIR, `${String(index).padStart(5, '0')}.json`);
}

/**
 * Reads shard `index`'s report: undefined when there is none (or it is unreadable: a report is
 * written atomically, so a damaged one is treated as missing and the shard runs again).
 */
export async function readShardReport(outputDir: string, index: number): Promise<ShardReport | undefined> {
  const text = await readFile(shardReportPath(outputDir, index), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as ShardReport;
    if (value?.kind !== SHARD_REPORT_KIND || value.version !== SHARD_REPORT_VERSION || typeof value.report !== 'object' || !Array.isArray(value.parts)) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

/** True when a shard report belongs to this manifest (same run, same config, same shard). */
export function shardReportMatches(report: ShardReport, manifest: ShardManifest, index: number): boolean {
  return report.manifestId === manifest.id && report.configHash === manifest.configHash && report.shard === index && report.shards === manifest.shards.length;
}

/** The shard's state in `outputDir`: committed by this manifest, missing, or committed by another run. */
export async function shardState(manifest: ShardManifest, outputDir: string, index: number): Promise<{ readonly state: 'done' | 'missing' | 'foreign'; readonly report?: ShardReport }> {
  const report = await readShardReport(outputDir, index);
  if (report === undefined) return { state: 'missing' };
  if (!shardReportMatches(report, manifest, index)) return { state: 'foreign', report };
  // A committed shard whose outputs were deleted since is not done.
  for (const p of report.parts) {
    if (p.output !== undefined && !(await stat(join(outputDir, p.output)).then(() => true, () => false))) return { state: 'missing' };
  }
  return { state: 'done', report };
}

async function checkInput(manifest: ShardManifest, part: ShardPart): Promise<void> {
  const file = manifest.files[part.file]!;
  const path = inputPath(manifest, part.file);
  const s = await stat(path).catch((cause: unknown) => {
    throw new PiiScanError('PII_SHARD_INPUT_CHANGED', 'An input of the manifest is gone', { file: path, cause });
  });
  if (s.size !== file.size || s.mtimeMs !== file.mtimeMs) {
    throw new PiiScanError('PII_SHARD_INPUT_CHANGED', `The input changed since it was planned (size ${file.size} -> ${s.size}${s.mtimeMs === file.mtimeMs ? '' : ', modification time differs'}); plan again`, { file: path });
  }
}

/**
 * A failure's line is counted from the start of its part; past the first part of a split file that
 * is not the file's line, so the error names the part's byte range instead of a misleading line.
 */
function inFileTerms(err: unknown, manifest: ShardManifest, parts: readonly ShardPart[]): unknown {
  if (!(err instanceof PiiScanError) || err.line === undefined || err.file === undefined) return err;
  const part = parts.find((p) => inputPath(manifest, p.file) === err.file);
  if (part === undefined || part.pieces === 1 || part.start === 0) return err;
  const header = manifest.files[part.file]!.format === 'jsonl' ? '' : ' (after the header)';
  return new PiiScanError(err.code, `${err.message} at line ${err.line} of part ${part.piece} (bytes ${part.start}-${part.end}${header})`, {
    file: err.file,
    ...(err.field === undefined ? {} : { field: err.field }),
    ...(err.option === undefined ? {} : { option: err.option }),
    cause: err,
  });
}

/** A keyed plan's shards must all use its key: another key would give other pseudonyms and ids in this shard's outputs. */
function checkKey(manifest: ShardManifest, key: Uint8Array | string | undefined): void {
  if (key === undefined) {
    throw new PiiScanError('PII_MISSING_KEY', 'The manifest was planned with a key; give the same key to every shard (PII_SCAN_KEY, --key-env or --key-file)', { option: 'key' });
  }
  if (keyCheck(parseKey(key)) !== manifest.keyCheck) {
    throw new PiiScanError('PII_KEY_MISMATCH', 'This key is not the one the manifest was planned with; give every shard the planning key', { option: 'key' });
  }
}

function foreignError(outputDir: string, index: number): PiiScanError {
  return new PiiScanError('PII_SHARD_MISMATCH', `Shard ${index} in this output directory was committed by another manifest or config; use a new output directory for a new plan`, { file: shardReportPath(outputDir, index) });
}

/**
 * Runs shard `index` of a manifest into `outputDir`, or does nothing when an earlier attempt
 * committed it. Outputs go to `outputDir/<input path>` (a split file's parts to
 * `name.part-00002.jsonl`), the shard report to `outputDir/_shards/00002.json`, last.
 *
 * Throws `PII_SHARD_INPUT_CHANGED` when an input's size or modification time differs from the
 * manifest (before or after the run: the shard is not committed), `PII_SHARD_INVALID` for an index
 * outside the manifest, `PII_SHARD_MISMATCH` when the directory holds another run's shard,
 * `PII_MISSING_KEY` when the plan was keyed and no key is given, `PII_KEY_MISMATCH` when the key
 * given is not the planning key (checked first, before anything is read or written).
 *
 * @example
 * const { status } = await runShard('manifest.json', 'out/', 3, { key: process.env.PII_SCAN_KEY });
 */
export async function runShard(manifestOrPath: ShardManifest | string, outputDir: string, index: number, options: RunShardOptions = {}): Promise<RunShardResult> {
  const manifest = typeof manifestOrPath === 'string' ? await readManifest(manifestOrPath) : manifestOrPath;
  const spec = manifest.shards[index];
  if (!Number.isInteger(index) || spec === undefined) {
    throw new PiiScanError('PII_SHARD_INVALID', `Shard ${String(index)} is not in the manifest (0-${manifest.shards.length - 1})`, { option: 'shard' });
  }
  if (manifest.keyed) checkKey(manifest, options.key);
  const reportPath = shardReportPath(outputDir, index);
  const before = await shardState(manifest, outputDir, index);
  if (before.state === 'done') return { status: 'skipped', shard: index, reportPath, shardReport: before.report! };
  if (before.state === 'foreign') throw foreignError(outputDir, index);
  for (const part of spec.parts) await checkInput(manifest, part);

  const counters: PartCounter[] = spec.parts.map(() => ({ lines: 0 }));
  const outputs = spec.parts.map((part) => (manifest.mode === 'anonymize' ? partOutputName(manifest, part) : undefined));
  const jobs: PipelineJob[] = spec.parts.map((part, i) => ({
    name: inputPath(manifest, part.file),
    input: partSource(inputPath(manifest, part.file), manifest.files[part.file]!, part, counters[i]!),
    // Every part types its columns from its file's beginning, as a plain run over the file does.
    columnsFrom: inputPath(manifest, part.file),
    ...(outputs[i] === undefined ? {} : { output: join(outputDir, outputs[i]!) }),
  }));
  const pipeline: PipelineOptions = {
    ...optionsOfConfig(manifest.config),
    ...(manifest.keyed && options.key !== undefined ? { key: options.key } : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : spec.bytes <= (options.chunkSize ?? DEFAULT_CHUNK_SIZE) ? { workers: 0 } : {}),
    ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }),
    ...(options.taskTimeout === undefined ? {} : { taskTimeout: options.taskTimeout }),
    ...(options.execArgv === undefined ? {} : { execArgv: options.execArgv }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  const raw = await runPipelineJobs(manifest.mode, jobs, pipeline).catch((err: unknown) => {
    throw inFileTerms(err, manifest, spec.parts);
  });
  try {
    for (const part of spec.parts) await checkInput(manifest, part);
  } catch (err) {
    // Outputs of an input that changed while it was read are not kept.
    await Promise.all(outputs.map((o) => (o === undefined ? undefined : unlink(join(outputDir, o)).catch(() => undefined))));
    throw err;
  }

  // A part's bytes are its own range (a CSV part also read the header, which belongs to part 0).
  const inputs = raw.inputs.map((input, i) => {
    const part = spec.parts[i]!;
    const { output: _absolute, ...rest } = input;
    return { ...rest, bytes: part.pieces === 1 ? input.bytes : part.end - part.start, ...(outputs[i] === undefined ? {} : { output: outputs[i]! }) };
  });
  const report: Report = { ...raw, inputs, totals: { ...raw.totals, bytes: inputs.reduce((n, x) => n + x.bytes, 0) } };
  const shardReport: ShardReport = {
    kind: SHARD_REPORT_KIND,
    version: SHARD_REPORT_VERSION,
    manifestId: manifest.id,
    configHash: manifest.configHash,
    shard: index,
    shards: manifest.shards.length,
    parts: spec.parts.map((part, i) => ({ ...part, lines: counters[i]!.lines, records: raw.inputs[i]!.records, ...(outputs[i] === undefined ? {} : { output: outputs[i]! }) })),
    report,
  };
  await options.beforeCommit?.();
  await mkdir(dirname(reportPath), { recursive: true });
  // A concurrent attempt may have committed meanwhile: same bytes, so overwriting is harmless.
  await writeFileAtomic(reportPath, `${JSON.stringify(shardReport, null, 2)}\n`);
  return { status: 'done', shard: index, reportPath, shardReport };
}
