/** Opening inputs (files, `.gz`, streams) and writing outputs atomically (temp file + rename). */
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { PiiScanError } from '../errors.js';
import { isGzipPath } from './format.js';

/** Read size: large reads keep the main thread's per-read overhead low. */
const READ_SIZE = 1024 * 1024;
const MIN_READ_SIZE = 16 * 1024;

/**
 * Bytes per read for a file of `size` bytes: READ_SIZE, or the whole of a smaller file (and its
 * end) in one read. Every read allocates its full size, and a 1 MiB buffer for each of thousands
 * of small files kept a directory run in the garbage collector.
 */
function readSizeFor(size: number | undefined): number {
  return size === undefined ? READ_SIZE : Math.min(READ_SIZE, Math.max(MIN_READ_SIZE, size + 1));
}

function ioError(file: string, action: string, cause: unknown): PiiScanError {
  const code = (cause as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new PiiScanError('PII_PARSE_ERROR', 'The input is not valid gzip data', { file, cause });
  }
  return new PiiScanError('PII_IO_ERROR', `Cannot ${action}${typeof code === 'string' ? ` (${code})` : ''}`, { file, cause });
}

/** A byte range of a file: `start` inclusive, `end` exclusive. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * An input's bytes; decompressed when the path ends in `.gz`. With `range`, only those bytes of
 * the file are read (byte ranges of compressed files are not meaningful and are refused). `size`
 * is the file's size when the caller knows it already (it sizes the reads; otherwise it is looked up).
 */
export async function* readInput(path: string, range?: ByteRange, size?: number): AsyncGenerator<Uint8Array> {
  if (range !== undefined) {
    if (isGzipPath(path)) throw new PiiScanError('PII_INVALID_OPTION', 'A byte range of a compressed file cannot be read', { file: path, option: 'range' });
    if (range.end <= range.start) return;
  }
  // A missing file fails in the stream below, with the usual error.
  const bytes = range !== undefined ? range.end - range.start : (size ?? (await stat(path).then((s) => s.size, () => undefined)));
  const file = createReadStream(path, { highWaterMark: readSizeFor(bytes), ...(range === undefined ? {} : { start: range.start, end: range.end - 1 }) });
  let stream: Readable = file;
  if (isGzipPath(path)) {
    // Its output is larger than the file, by a ratio unknown until read.
    const gunzip = createGunzip({ chunkSize: readSizeFor(bytes === undefined ? undefined : bytes * 8) });
    file.on('error', (err) => gunzip.destroy(err));
    stream = file.pipe(gunzip);
  }
  try {
    for await (const piece of stream) yield piece as Uint8Array;
  } catch (err) {
    throw err instanceof PiiScanError ? err : ioError(path, 'read the input', err);
  } finally {
    file.destroy();
    if (stream !== file) stream.destroy();
  }
}

/** Largest file `readAhead` reads whole: it holds the bytes until they are used. */
export const READ_AHEAD_MAX = 1024 * 1024;

/**
 * A small, uncompressed file read whole now, for later: a directory of thousands of small files
 * spends most of its time waiting on each file's open / read / close, one after the other, and
 * reading the next file while this one is processed hides that wait. Yields what `readInput`
 * would (one piece); a read error surfaces when the bytes are consumed, as it would there.
 * Undefined for a file it would not help with (compressed, larger than `READ_AHEAD_MAX`, size unknown).
 */
export function readAhead(path: string, size: number | undefined): AsyncIterable<Uint8Array> | undefined {
  if (size === undefined || size > READ_AHEAD_MAX || isGzipPath(path)) return undefined;
  const bytes = readFile(path);
  bytes.catch(() => undefined); // awaited (and its error thrown) when consumed
  return (async function* () {
    let read: Buffer;
    try {
      read = await bytes;
    } catch (err) {
      throw ioError(path, 'read the input', err);
    }
    if (read.length > 0) yield read;
  })();
}

/** Where output bytes go: `commit` makes them final, `abort` removes every trace. */
export interface Sink {
  write(bytes: Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

async function writeWithBackpressure(stream: Writable, bytes: Uint8Array): Promise<void> {
  if (bytes.length === 0) return;
  if (stream.write(bytes)) return;
  // Wait for 'drain' or 'error', removing both listeners either way (no listener leak per write).
  await new Promise<void>((resolve, reject) => {
    const done = (err?: unknown) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (err === undefined) resolve();
      else reject(err);
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

/** A hidden temp name beside `target`, unique per writer: `.name.csv.<12 hex digits>.tmp`. */
function tempPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * How much older than a run's start another writer's temp file must be to count as abandoned:
 * room for the clock of shared storage (NFS sets times by the server's clock).
 */
const ABANDONED_TEMP_AGE_MS = 10_000;

/**
 * Deletes the temp files of `target` that writers killed before their rename left behind (a
 * `kill -9`, a preempted node, a scheduler's time limit): partial output nobody will finish. Only
 * those last written before `startedAt` minus a margin count; a writer still at work touches its
 * temp file as it goes, so a concurrent attempt keeps its own. Best effort: one that cannot be
 * listed or removed stays, and never looks like the output.
 */
async function removeAbandonedTemps(target: string, startedAt: number, listings: DirectoryListings | undefined): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const dir = dirname(target);
  let listing = listings?.get(dir);
  if (listing === undefined) {
    listing = readdir(dir).catch(() => [] as string[]);
    listings?.set(dir, listing);
  }
  const names = await listing;
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info !== undefined && info.mtimeMs < startedAt - ABANDONED_TEMP_AGE_MS) await unlink(path).catch(() => undefined);
  }
}

/**
 * Directory listings shared by the sinks of one run, so that a run writing thousands of outputs
 * into one directory lists it once, not once per output. Temp files a killed run left are older
 * than the run, so a listing made at its first commit holds them all.
 */
export type DirectoryListings = Map<string, Promise<readonly string[]>>;

/**
 * A file sink: bytes go to a hidden temp file beside `path` (gzip-compressed when `path` ends in
 * `.gz`), renamed to `path` on commit and deleted on abort, so a failed run never leaves a file
 * that looks complete. A commit also deletes the temp files of `path` that killed runs left
 * (looked up in `listings` when given, else by listing the directory).
 */
export function fileSink(path: string, listings?: DirectoryListings): Sink {
  const target = resolve(path);
  const startedAt = Date.now();
  const temp = tempPathOf(target);
  const file: WriteStream = createWriteStream(temp, { flags: 'wx' });
  let failure: unknown;
  file.on('error', (err) => { failure ??= err; });
  let gzip: Gzip | undefined;
  if (isGzipPath(target)) {
    gzip = createGzip();
    gzip.on('error', (err) => { failure ??= err; });
    gzip.pipe(file);
  }
  const head: Writable = gzip ?? file;
  const check = () => {
    if (failure !== undefined) throw ioError(path, 'write the output', failure);
  };
  let done = false;
  return {
    async write(bytes) {
      check();
      try {
        await writeWithBackpressure(head, bytes);
      } catch (err) {
        throw ioError(path, 'write the output', err);
      }
    },
    async commit() {
      check();
      head.end();
      try {
        if (file.closed !== true) await once(file, 'close');
      } catch (err) {
        failure ??= err;
      }
      check();
      await rename(temp, target).catch((err: unknown) => { throw ioError(path, 'rename the output into place', err); });
      done = true;
      await removeAbandonedTemps(target, startedAt, listings);
    },
    async abort() {
      if (done) return;
      done = true;
      gzip?.destroy();
      file.destroy();
      if (file.closed !== true) await once(file, 'close').catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}

/**
 * Writes a small file atomically: a hidden temp file beside `path`, renamed into place, so a
 * reader sees the old file, no file, or the whole new one - never a torn write.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = resolve(path);
  const temp = tempPathOf(target);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, target);
  } catch (cause) {
    await unlink(temp).catch(() => undefined);
    throw ioError(path, 'write the file', cause);
  }
}

/** A sink over a caller's writable (stdout, a socket): written through, never closed by us. */
export function streamSink(stream: Writable): Sink {
  return {
    async write(bytes) {
      await writeWithBackpressure(stream, bytes);
    },
    async commit() {},
    async abort() {},
  };
}

/**
 * Refuses an output that is the input (same path, or the same file through a link): anonymizing
 * in place would destroy the input on any failure.
 */
export async function assertSafeOutput(input: string, output: string, what = 'output'): Promise<void> {
  const a = resolve(input);
  const b = resolve(output);
  const fail = (): never => {
    throw new PiiScanError('PII_UNSAFE_OUTPUT', `The ${what} path is the input file; write to another path`, { file: output, option: what });
  };
  if (a === b) fail();
  const [sa, sb] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  if (sa && sb && sa.dev === sb.dev && sa.ino === sb.ino) fail();
}
