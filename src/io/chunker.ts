/**
 * Cuts an input byte stream into chunks of whole records on the main thread, without parsing:
 * JSONL at line feeds, CSV at line feeds outside quotes (a quote-aware scan whose state carries
 * across reads). The CSV header record and a UTF-8 BOM are split off first.
 */
import { PiiScanError } from '../errors.js';
import type { DataFormat } from '../options.js';
import { CsvBoundaryScanner } from './csv.js';

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

function countLf(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/**
 * Yields the head, then chunks of at least `chunkSize` bytes (except the last) ending at a record
 * boundary. Memory is bounded by `chunkSize` plus one read, or `maxRecordBytes` for a huge record,
 * beyond which it throws `PII_PARSE_ERROR` (an unclosed quote swallowing the file ends up here).
 */
export async function* chunkRecords(source: AsyncIterable<Uint8Array | string>, options: ChunkerOptions): AsyncGenerator<InputHead | InputChunk> {
  const csv = options.format !== 'jsonl';
  const scanner = csv ? new CsvBoundaryScanner(options.delimiter) : undefined;
  let pending: Uint8Array[] = [];
  let pendingLen = 0;
  let boundary = -1;
  let seq = 0;
  let lines = 0;
  let started = false;
  let bom = false;
  let headDone = !csv;
  let prefix: Uint8Array | undefined;

  const take = (upTo: number): Uint8Array => {
    // One copy; the remainder (less than one read) is copied out so the head's buffer can be transferred.
    const all = pending.length === 1 && pending[0]!.byteOffset === 0 && pending[0]!.buffer.byteLength === pendingLen ? pending[0]! : concat(pending, pendingLen);
    const head = all.subarray(0, upTo);
    const rest = all.subarray(upTo);
    pending = rest.length > 0 ? [new Uint8Array(rest)] : []; // a copy: Buffer#slice would be a view
    pendingLen = rest.length;
    lines += countLf(head);
    return head;
  };
  const tooLong = (): never => {
    throw new PiiScanError('PII_PARSE_ERROR', `A record is longer than maxRecordBytes (${options.maxRecordBytes}); an unclosed quote can cause this`, {
      ...(options.file === undefined ? {} : { file: options.file }),
      line: lines + 1,
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
        pending.push(buf);
        pendingLen += buf.length;
        if (pendingLen > options.maxRecordBytes) tooLong();
        continue;
      }
      pending.push(buf.subarray(0, end));
      pendingLen += end;
      yield { kind: 'head', bom, header: take(pendingLen) };
      headDone = true;
      buf = buf.subarray(end);
      if (buf.length === 0) continue;
    }
    const b = scanner ? scanner.feed(buf) : buf.lastIndexOf(0x0a) + 1 || -1;
    if (b > 0) boundary = pendingLen + b;
    pending.push(buf);
    pendingLen += buf.length;
    if (pendingLen >= options.chunkSize && boundary > 0) {
      yield { kind: 'chunk', seq: seq++, bytes: take(boundary) };
      boundary = -1;
    } else if (boundary < 0 && pendingLen > options.maxRecordBytes) {
      tooLong();
    }
  }
  if (!started) {
    // Fewer than three bytes in all.
    const buf = prefix ?? new Uint8Array(0);
    if (buf.length > 0) {
      pending.push(buf);
      pendingLen = buf.length;
    }
    if (!csv) yield { kind: 'head', bom: false, header: undefined };
  }
  if (!headDone) {
    yield { kind: 'head', bom, header: pendingLen > 0 ? take(pendingLen) : undefined };
    return;
  }
  if (pendingLen > 0) yield { kind: 'chunk', seq: seq++, bytes: take(pendingLen) };
}
