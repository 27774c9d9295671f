/**
 * The shard manifest: the frozen plan of a sharded run. `planShards` lists the inputs once, cuts
 * them into shards balanced by size (large uncompressed files at record boundaries) and records
 * each input's size and modification time, the tool version and the effective config with its
 * hash (never key material). Every task of the run reads the same manifest, so every task sees
 * the same inputs, cuts and options; the manifest's `id` names the run.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PiiScanError, describeValue } from '../errors.js';
import { delimiterOf, detectFormat } from '../io/format.js';
import { writeFileAtomic } from '../io/source.js';
import { normalizeScanOptions, type DataFormat, type NormalizedScanOptions, type ScanOptions } from '../options.js';
import { keyCheck, parseKey } from '../operators/keys.js';
import { listDataFiles } from '../pipeline/api.js';
import { TOOL_NAME, TOOL_VERSION } from '../package-info.js';
import { reportOptions } from '../report/report.js';
import { csvHeaderEnd, recordBoundaryAtOrAfter } from './split.js';

/** Version of the manifest layout. */
export const MANIFEST_VERSION = 2;
const MANIFEST_KIND = 'pii-scan-shard-manifest';

/** One input of the run. */
export interface ManifestFile {
  /** Path relative to the manifest's `root` (POSIX separators). */
  readonly name: string;
  readonly format: DataFormat;
  readonly compressed: boolean;
  /** Size in bytes when planned; a different size at run time fails the shard. */
  readonly size: number;
  /** Modification time (ms since the epoch) when planned; a different one fails the shard. */
  readonly mtimeMs: number;
  /** CSV split into several parts: where the first data record starts (after the header). */
  readonly headerEnd?: number;
}

/** A byte range of one input processed by one shard. */
export interface ShardPart {
  /** Index into `files`. */
  readonly file: number;
  /** Byte range, `end` exclusive; the whole file for a compressed input. */
  readonly start: number;
  readonly end: number;
  /** This part's number among the file's parts, and how many parts the file has. */
  readonly piece: number;
  readonly pieces: number;
}

/** One shard: the unit a scheduler task runs. */
export interface ShardSpec {
  readonly index: number;
  /** Input bytes of the shard (compressed bytes for `.gz` inputs). */
  readonly bytes: number;
  readonly parts: readonly ShardPart[];
}

/** The frozen plan of a sharded run. */
export interface ShardManifest {
  readonly kind: typeof MANIFEST_KIND;
  readonly version: number;
  /** SHA-256 of everything else in the manifest: names the run. */
  readonly id: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly mode: 'scan' | 'anonymize';
  /** Absolute directory the input names are relative to. */
  readonly root: string;
  readonly files: readonly ManifestFile[];
  readonly shards: readonly ShardSpec[];
  /** The effective options that decide output and findings (JSON; no key material). */
  readonly config: Record<string, unknown>;
  /** SHA-256 of `config`. */
  readonly configHash: string;
  /** True when the plan was made with a key: every shard then needs one (the same one). */
  readonly keyed: boolean;
  /** With a key: its verifier (`keyCheck`), so a shard given another key is refused before it writes anything. */
  readonly keyCheck?: string;
}

/** Options of `planShards`. */
export interface PlanOptions {
  /** Number of shards. Exactly one of `shards` and `targetShardBytes` is required. */
  readonly shards?: number;
  /** Target input bytes per shard; the number of shards follows from the total size. */
  readonly targetShardBytes?: number;
  /** What each shard does. @default 'anonymize' */
  readonly mode?: 'scan' | 'anonymize';
  /** The scan / anonymize options every shard runs with (frozen into the manifest; the key is not stored). */
  readonly options?: ScanOptions;
  /** Directory relative inputs are resolved against. @default process.cwd() */
  readonly cwd?: string;
}

// ---------------------------------------------------------------------------------------------
// Config: the result-deciding options as canonical JSON.

/** JSON with object keys sorted at every level: one text per value, whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
  });
}

/** SHA-256 hex of text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The options of a run that decide its output and findings, as plain JSON: no key, no execution
 * settings (workers, chunk size, timeouts do not change results). Regexes become
 * `{ regexp, flags }`; relative `{ module }` recognizers become file URLs. Recognizer objects
 * cannot be frozen into a manifest and are refused (`PII_INVALID_OPTION`).
 */
export function configOf(o: NormalizedScanOptions, cwd: string): Record<string, unknown> {
  const recognizers = o.recognizers.map((spec, i) => {
    if (typeof spec === 'object' && spec !== null && 'create' in spec) {
      throw new PiiScanError('PII_INVALID_OPTION', `Invalid option \`recognizers[${i}]\`: a sharded run needs recognizer ids, JSON configs or { module } specs, got a recognizer object`, { option: `recognizers[${i}]` });
    }
    if (typeof spec === 'object' && spec !== null && 'module' in spec && typeof spec.module === 'string' && !/^file:/.test(spec.module)) {
      return { ...spec, module: pathToFileURL(isAbsolute(spec.module) ? spec.module : resolve(cwd, spec.module)).href };
    }
    return spec;
  });
  // The report's list of result-deciding options, with what it abbreviates kept whole (module
  // recognizers with their options, regexes revivable) and without `keyed` (kept beside the config).
  const { keyed: _keyed, ...reported } = reportOptions(o);
  const config = { ...reported, recognizers, allowList: o.allowList };
  return JSON.parse(JSON.stringify(config, (_k, v: unknown) => (v instanceof RegExp ? { regexp: v.source, flags: v.flags } : v))) as Record<string, unknown>;
}

/** The scan options of a manifest's config (regexes revived, nulls dropped), ready for the pipeline. */
export function optionsOfConfig(config: Record<string, unknown>): ScanOptions {
  const revive = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(revive);
    if (typeof v === 'object' && v !== null) {
      const r = v as { regexp?: unknown; flags?: unknown };
      if (typeof r.regexp === 'string' && typeof r.flags === 'string' && Object.keys(v).length === 2) return new RegExp(r.regexp, r.flags);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
    }
    return v;
  };
  const options = Object.fromEntries(Object.entries(config).filter(([, v]) => v !== null).map(([k, v]) => [k, k === 'allowList' ? revive(v) : v]));
  return options as ScanOptions;
}

/** The hash of a config: SHA-256 of its canonical JSON. */
export function configHashOf(config: Record<string, unknown>): string {
  return sha256(canonicalJson(config));
}

// ---------------------------------------------------------------------------------------------
// Planning.

function manifestError(message: string, file?: string): PiiScanError {
  return new PiiScanError('PII_MANIFEST_INVALID', message, file === undefined ? {} : { file });
}

/** The deepest directory holding every path. */
function commonDir(paths: readonly string[]): string {
  let dir = dirname(paths[0]!);
  for (const p of paths) {
    while (dir !== dirname(dir) && !(p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep))) dir = dirname(dir);
  }
  return dir;
}

async function inputFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const s = await stat(path).catch((cause: unknown) => {
      throw new PiiScanError('PII_IO_ERROR', 'Cannot read the input', { file: input, cause });
    });
    if (s.isDirectory()) files.push(...(await listDataFiles(path)));
    else files.push(path);
  }
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f) && (seen.add(f), true));
}

function positiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new PiiScanError('PII_INVALID_OPTION', `Invalid option \`${name}\`: expected a positive integer, got ${describeValue(value)}`, { option: name });
  }
  return value;
}

/**
 * Plans a sharded run over files and directories (their data files, sorted). The inputs are
 * laid end to end and cut into `shards` ranges of about equal size; a cut inside an uncompressed
 * file moves to the next record boundary (JSONL: after a line feed; CSV: after a line feed outside
 * quotes, found by the quote-aware scan from the file's start), a cut inside a `.gz` file to the
 * nearer end of the file. A shard therefore holds at most one part of each file, and may be empty.
 *
 * The plan is deterministic: the same inputs and options give the same manifest and `id`.
 *
 * @example
 * const manifest = await planShards(['data/'], { shards: 8, options: { operators: { DEFAULT: { type: 'replace' } } } });
 * await writeManifest('manifest.json', manifest);
 */
export async function planShards(inputs: readonly string[], plan: PlanOptions): Promise<ShardManifest> {
  if ((plan.shards === undefined) === (plan.targetShardBytes === undefined)) {
    throw new PiiScanError('PII_INVALID_OPTION', 'Invalid option `shards`: give exactly one of `shards` and `targetShardBytes`', { option: 'shards' });
  }
  if (plan.shards !== undefined) positiveInteger('shards', plan.shards);
  if (plan.targetShardBytes !== undefined) positiveInteger('targetShardBytes', plan.targetShardBytes);
  const mode = plan.mode ?? 'anonymize';
  if (mode !== 'scan' && mode !== 'anonymize') throw new PiiScanError('PII_INVALID_OPTION', `Invalid option \`mode\`: expected "scan" or "anonymize", got ${describeValue(mode)}`, { option: 'mode' });
  const cwd = plan.cwd ?? process.cwd();
  const normalized = normalizeScanOptions(plan.options ?? {});
  const config = configOf(normalized, cwd);
  const paths = await inputFiles(inputs, cwd);
  if (paths.length === 0) throw new PiiScanError('PII_INVALID_OPTION', 'No data files to plan (.csv, .tsv, .jsonl, .ndjson, optionally .gz)', { option: 'inputs' });
  const root = commonDir(paths);

  const files: Array<ManifestFile & { path: string; offset: number }> = [];
  let total = 0;
  for (const path of paths) {
    const s = await stat(path);
    const { format, gzip } = detectFormat(path, normalized.format);
    files.push({ path, name: relative(root, path).split(sep).join('/'), format, compressed: gzip, size: s.size, mtimeMs: s.mtimeMs, offset: total });
    total += s.size;
  }
  const count = plan.shards ?? Math.max(1, Math.ceil(total / plan.targetShardBytes!));

  // Cut points in the concatenated input, each moved to a record boundary (or a file end).
  const cuts: number[] = [0];
  const headerEnds = new Map<number, number>();
  for (let i = 1; i < count; i++) {
    const target = Math.max(Math.round((i * total) / count), cuts[cuts.length - 1]!);
    const fi = files.findIndex((f) => target >= f.offset && target < f.offset + f.size);
    if (fi < 0) { cuts.push(total); continue; }
    const f = files[fi]!;
    const local = target - f.offset;
    let at: number;
    if (local === 0) at = 0;
    else if (f.compressed) at = local * 2 < f.size ? 0 : f.size;
    else {
      const delimiter = delimiterOf(f.format, normalized.delimiter);
      let from = local;
      if (f.format !== 'jsonl') {
        let headerEnd = headerEnds.get(fi);
        if (headerEnd === undefined) {
          headerEnd = await csvHeaderEnd(f.path, delimiter);
          headerEnds.set(fi, headerEnd);
        }
        from = Math.max(from, headerEnd);
      }
      // CSV: scan the quote state from this file's previous cut (a boundary), else its header end.
      const previous = cuts[cuts.length - 1]! - f.offset;
      const scanFrom = Math.max(previous, headerEnds.get(fi) ?? 0);
      at = from >= f.size ? f.size : await recordBoundaryAtOrAfter(f.path, f.format, delimiter, from, scanFrom);
    }
    cuts.push(Math.max(f.offset + at, cuts[cuts.length - 1]!));
  }
  cuts.push(total);

  // Parts: each file's intersection with each shard's range; an empty file goes where it starts.
  const partsOf: ShardPart[][] = Array.from({ length: count }, () => []);
  for (let fi = 0; fi < files.length; fi++) {
    const f = files[fi]!;
    const ranges: Array<{ shard: number; start: number; end: number }> = [];
    for (let s = 0; s < count; s++) {
      const start = Math.max(cuts[s]!, f.offset);
      const end = Math.min(cuts[s + 1]!, f.offset + f.size);
      if (end > start) ranges.push({ shard: s, start: start - f.offset, end: end - f.offset });
    }
    if (ranges.length === 0) {
      let s = cuts.findIndex((c, i) => i < count && c <= f.offset && f.offset < cuts[i + 1]!);
      if (s < 0) s = count - 1;
      ranges.push({ shard: s, start: 0, end: 0 });
    }
    ranges.forEach((r, piece) => partsOf[r.shard]!.push({ file: fi, start: r.start, end: r.end, piece, pieces: ranges.length }));
  }

  const manifestFiles: ManifestFile[] = files.map((f, fi) => {
    const split = partsOf.flat().some((p) => p.file === fi && p.pieces > 1);
    const headerEnd = headerEnds.get(fi);
    return { name: f.name, format: f.format, compressed: f.compressed, size: f.size, mtimeMs: f.mtimeMs, ...(split && headerEnd !== undefined ? { headerEnd } : {}) };
  });
  const shards: ShardSpec[] = partsOf.map((parts, index) => ({ index, bytes: parts.reduce((n, p) => n + p.end - p.start, 0), parts }));
  return sealManifest({
    kind: MANIFEST_KIND,
    version: MANIFEST_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode,
    root,
    files: manifestFiles,
    shards,
    config,
    configHash: configHashOf(config),
    keyed: normalized.key !== undefined,
    ...(normalized.key === undefined ? {} : { keyCheck: keyCheck(parseKey(normalized.key)) }),
  });
}

/** Adds the `id` (hash of the rest) to a manifest body. */
function sealManifest(body: Omit<ShardManifest, 'id'>): ShardManifest {
  const { kind, version, ...rest } = body;
  return { kind, version, id: sha256(canonicalJson(body)), ...rest };
}

// ---------------------------------------------------------------------------------------------
// Reading, writing, validating.

/** Writes a manifest as pretty JSON, atomically. */
export async function writeManifest(path: string, manifest: ShardManifest): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Checks a parsed manifest: shape, that `id` and `configHash` match the content (a hand-edited or
 * truncated manifest is refused), and that it was planned by this tool version (another version
 * may cut or anonymize differently, which would mix runs). Throws `PII_MANIFEST_INVALID`.
 */
export function validateManifest(value: unknown, file?: string): ShardManifest {
  const fail = (why: string): never => { throw manifestError(`Invalid shard manifest: ${why}`, file); };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not a JSON object');
  const m = value as Record<string, unknown>;
  if (m['kind'] !== MANIFEST_KIND) fail(`\`kind\` is not "${MANIFEST_KIND}"`);
  if (m['version'] !== MANIFEST_VERSION) fail(`unsupported version ${describeValue(m['version'])} (expected ${MANIFEST_VERSION})`);
  if (m['mode'] !== 'scan' && m['mode'] !== 'anonymize') fail('`mode` is not "scan" or "anonymize"');
  if (typeof m['root'] !== 'string' || !isAbsolute(m['root'])) fail('`root` is not an absolute path');
  if (typeof m['config'] !== 'object' || m['config'] === null) fail('`config` is not an object');
  if (typeof m['keyed'] !== 'boolean') fail('`keyed` is not a boolean');
  if (m['keyed'] ? typeof m['keyCheck'] !== 'string' || !/^[0-9a-f]{64}$/.test(m['keyCheck']) : m['keyCheck'] !== undefined) fail('`keyCheck` does not fit `keyed`');
  const files = m['files'];
  if (!Array.isArray(files) || files.length === 0) fail('`files` is not a non-empty array');
  (files as unknown[]).forEach((f, i) => {
    const x = f as Record<string, unknown>;
    if (typeof x !== 'object' || x === null || typeof x['name'] !== 'string' || !['csv', 'tsv', 'jsonl'].includes(x['format'] as string)
      || typeof x['compressed'] !== 'boolean' || !isCount(x['size']) || typeof x['mtimeMs'] !== 'number' || (x['headerEnd'] !== undefined && !isCount(x['headerEnd']))) {
      fail(`files[${i}] is malformed`);
    }
  });
  const shards = m['shards'];
  if (!Array.isArray(shards) || shards.length === 0) fail('`shards` is not a non-empty array');
  (shards as unknown[]).forEach((s, i) => {
    const x = s as Record<string, unknown>;
    if (typeof x !== 'object' || x === null || x['index'] !== i || !isCount(x['bytes']) || !Array.isArray(x['parts'])) fail(`shards[${i}] is malformed`);
    (x['parts'] as unknown[]).forEach((p, j) => {
      const y = p as Record<string, unknown>;
      const okFile = isCount(y['file']) && (y['file'] as number) < (files as unknown[]).length;
      if (!okFile || !isCount(y['start']) || !isCount(y['end']) || (y['end'] as number) < (y['start'] as number) || !isCount(y['piece']) || !isCount(y['pieces']) || (y['piece'] as number) >= (y['pieces'] as number)) {
        fail(`shards[${i}].parts[${j}] is malformed`);
      }
    });
  });
  const { id, ...body } = m;
  if (id !== sha256(canonicalJson(body))) fail('its content does not match its `id` (edited or damaged); plan again');
  if (m['configHash'] !== configHashOf(m['config'] as Record<string, unknown>)) fail('`configHash` does not match `config`');
  const tool = m['tool'] as { name?: unknown; version?: unknown } | undefined;
  if (tool?.name !== TOOL_NAME || tool.version !== TOOL_VERSION) {
    fail(`planned by ${describeValue(tool?.name)} ${describeValue(tool?.version)}, this is ${TOOL_NAME} ${TOOL_VERSION}; every shard must run the version that planned it`);
  }
  return value as ShardManifest;
}

/** Reads and validates a manifest file (`PII_MANIFEST_INVALID`, or `PII_IO_ERROR` when unreadable). */
export async function readManifest(path: string): Promise<ShardManifest> {
  const text = await readFile(path, 'utf8').catch((cause: unknown) => {
    throw new PiiScanError('PII_IO_ERROR', 'Cannot read the shard manifest', { file: path, cause });
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new PiiScanError('PII_MANIFEST_INVALID', 'Invalid shard manifest: not valid JSON', { file: path, cause });
  }
  return validateManifest(value, path);
}

/** The absolute path of a manifest input. */
export function inputPath(manifest: ShardManifest, file: number): string {
  return join(manifest.root, ...manifest.files[file]!.name.split('/'));
}

const DATA_EXTENSION = /(\.(?:csv|tsv|tab|jsonl|ndjson))$/i;

/**
 * Where a part's anonymized output goes, relative to the output directory: the input's own
 * relative path for a whole file; `name.part-00002.jsonl` for the third part of a split file
 * (each part a valid file of the same format; CSV parts each start with the header).
 */
export function partOutputName(manifest: ShardManifest, part: ShardPart): string {
  const name = manifest.files[part.file]!.name;
  if (part.pieces === 1) return name;
  const piece = `.part-${String(part.piece).padStart(5, '0')}`;
  return DATA_EXTENSION.test(name) ? name.replace(DATA_EXTENSION, `${piece}$1`) : `${name}${piece}`;
}
