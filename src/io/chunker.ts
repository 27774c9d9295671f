/**
 * Cuts an input byte stream into chunks of whole records on the main thread, without parsing:
 * JSONL at line feeds, CSV at line feeds outside quotes (a quote-aware scan whose state carries
 * across reads). The CSV header record and a UTF-8 BOM are split off first.
 */
import { PiiScanError } from '../errors.js';
import type { DataFormat } from '../options.js';
import { CsvBoundaryScanner } from './csv.js';
import { countLineFeeds } from './line-feeds.js';

const LF = 0x0a;

/** The start of an input: whether it had a BOM and, for CSV, the raw header record (terminator included). */
export interface InputHead {
  readonly kind: 'head';
  readonly bom: boolean;
  readonly header: Uint8Array | undefined;
}

/** A chunk of whole records; `bytes` owns its ArrayBuffer (safe to transfer to a worker). */
export interface InputChunk {
  readonly kind: 'chunk';
  readonly seq: number;
  readonly bytes: Uint8Array;
}

/** Options of `chunkRecords`. */
export interface ChunkerOptions {
  readonly format: DataFormat;
  readonly delimiter: string;
  readonly chunkSize: number;
  readonly maxRecordBytes: number;
  /** File name for errors. */
  readonly file?: string | undefined;
}

function concat(pieces: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of pieces) {
    out.set(p.subarray(0, Math.min(p.length, total - at)), at);
    at += p.length;
    if (at >= total) break;
  }
  return out;
}

/**
 * Copies pieces into one new buffer that owns its whole ArrayBuffer (so it can be transferred).
 * Not zero-filled first: every byte is written.
 */
function gather(pieces: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(Buffer.allocUnsafeSlow(total).buffer, 0, total);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Yields the head, then chunks ending at the first record boundary at or after `chunkSize` bytes
 * (the last chunk may be shorter), so chunks are about the same size whatever the read size.
 * Every chunk is a fresh buffer owning its ArrayBuffer; the bytes after a cut stay views of the
 * read that held them (no second copy). Memory is bounded by `chunkSize` plus one read, or
 * `maxRecordBytes` for a huge record, beyond which it throws `PII_PARSE_ERROR` (an unclosed quote
 * swallowing the file ends up here).
 */
export async function* chunkRecords(source: AsyncIterable<Uint8Array | string>, options: ChunkerOptions): AsyncGenerator<InputHead | InputChunk> {
  const csv = options.format !== 'jsonl';
  const scanner = csv ? new CsvBoundaryScanner(options.delimiter) : undefined;
  const chunkSize = Math.max(1, options.chunkSize);
  let pending: Uint8Array[] = [];
  let pendingLen = 0;
  /** End of the last record boundary in `pending` (0: none). */
  let boundary = 0;
  let seq = 0;
  let lines = 0;
  let started = false;
  let bom = false;
  let headDone = !csv;
  let prefix: Uint8Array | undefined;

  const push = (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    pending.push(bytes);
    pendingLen += bytes.length;
  };
  /** Everything pending, as one buffer of its own. */
  const takeAll = (): Uint8Array => {
    const out = gather(pending, pendingLen);
    pending = [];
    pendingLen = 0;
    boundary = 0;
    lines += countLineFeeds(out);
    return out;
  };
  /** Offset just after the last boundary in `bytes` (fed to the scanner), or -1. */
  const lastBoundary = (bytes: Uint8Array): number => (scanner ? scanner.feed(bytes) : bytes.lastIndexOf(LF) + 1 || -1);
  /** Offset just after the first boundary in `bytes` (the scanner stops there), or -1. */
  const firstBoundary = (bytes: Uint8Array): number => (scanner ? scanner.feed(bytes, true) : bytes.indexOf(LF) + 1 || -1);
  const tooLong = (): never => {
    // The long record starts after the last boundary seen (cold path: count its line now).
    const before = boundary > 0 ? countLineFeeds(concat(pending, boundary)) : 0;
    throw new PiiScanError('PII_PARSE_ERROR', `A record is longer than maxRecordBytes (${options.maxRecordBytes}); an unclosed quote can cause this`, {
      ...(options.file === undefined ? {} : { file: options.file }),
      line: lines + before + 1,
    });
  };

  for await (const piece of source) {
    let buf: Uint8Array = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    if (!started) {
      // Decide on the BOM once three bytes are in.
      if (prefix) buf = concat([prefix, buf], prefix.length + buf.length);
      if (buf.length < 3) { prefix = new Uint8Array(buf); continue; }
      prefix = undefined;
      started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        bom = true;
        buf = buf.subarray(3);
      }
      if (!csv) yield { kind: 'head', bom, header: undefined };
    }
    if (!headDone) {
      const end = scanner!.feed(buf, true);
      if (end < 0) {
        push(buf);
        if (pendingLen > options.maxRecordBytes) tooLong();
        continue;
      }
      push(buf.subarray(0, end));
      yield { kind: 'head', bom, header: takeAll() };
      headDone = true;
      buf = buf.subarray(end);
    }
    // Cut every chunk that reaches chunkSize in this read.
    while (buf.length > 0) {
      const need = chunkSize - pendingLen;
      if (need > buf.length) {
        // Still short of chunkSize: only track the last boundary (for the maxRecordBytes check).
        const b = lastBoundary(buf);
        if (b > 0) boundary = pendingLen + b;
        push(buf);
        if (pendingLen - boundary > options.maxRecordBytes) tooLong();
        break;
      }
      let cut = -1;
      if (need > 0) {
        // Scan up to chunkSize; a boundary right there ends the chunk exactly at chunkSize.
        const b = lastBoundary(buf.subarray(0, need));
        if (b > 0) boundary = pendingLen + b;
        if (b === need) cut = need;
      }
      if (cut < 0) {
        const from = Math.max(0, need);
        const b = firstBoundary(buf.subarray(from));
        if (b < 0) {
          push(buf);
          if (pendingLen - boundary > options.maxRecordBytes) tooLong();
          break;
        }
        cut = from + b;
      }
      push(buf.subarray(0, cut));
      yield { kind: 'chunk', seq: seq++, bytes: takeAll() };
      buf = buf.subarray(cut);
    }
  }
  if (!started) {
    // Fewer than three bytes in all.
    if (prefix !== undefined) push(prefix);
    if (!csv) yield { kind: 'head', bom: false, header: undefined };
  }
  if (!headDone) {
    yield { kind: 'head', bom, header: pendingLen > 0 ? takeAll() : undefined };
    return;
  }
  if (pendingLen > 0) yield { kind: 'chunk', seq: seq++, bytes: takeAll() };
}
