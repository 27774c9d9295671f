/**
 * Byte ranges at record boundaries: where a planned cut inside a file really falls (JSONL: after
 * a line feed; CSV: after a line feed outside quotes, with the pipeline's own quote-aware
 * `CsvBoundaryScanner`), and reading one part of a file as a stream the pipeline can process (a
 * CSV part is preceded by the file's header, so it parses and is written like a whole file).
 */
import { createReadStream } from 'node:fs';
import { CsvBoundaryScanner } from '../io/csv.js';
import { countLineFeeds } from '../io/line-feeds.js';
import { readInput } from '../io/source.js';
import type { DataFormat } from '../options.js';
import type { ManifestFile, ShardPart } from './manifest.js';

const LF = 0x0a;
const READ_SIZE = 1024 * 1024;

/**
 * The first record boundary at or after `from`, scanning from `scanFrom` (itself a record boundary
 * at or before `from`: the file's data start, or an earlier cut). Returns the file size when no
 * boundary follows. JSONL needs no state and starts reading just before `from`.
 */
async function boundaryFrom(path: string, scanner: CsvBoundaryScanner | undefined, scanFrom: number, from: number): Promise<number> {
  if (from <= scanFrom) return scanFrom;
  // A line feed at `from - 1` makes `from` itself a boundary.
  const examineAt = from - 1;
  const start = scanner === undefined ? examineAt : scanFrom;
  const stream = createReadStream(path, { start, highWaterMark: READ_SIZE });
  let pos = start;
  try {
    for await (const piece of stream) {
      let buf = piece as Buffer;
      let at = pos;
      pos += buf.length;
      if (at + buf.length <= examineAt) {
        scanner?.feed(buf);
        continue;
      }
      if (at < examineAt) {
        scanner?.feed(buf.subarray(0, examineAt - at));
        buf = buf.subarray(examineAt - at);
        at = examineAt;
      }
      const end = scanner ? scanner.feed(buf, true) : buf.indexOf(LF) + 1 || -1;
      if (end > 0) return at + end;
    }
  } finally {
    stream.destroy();
  }
  return pos;
}

/** Where the first data record of a CSV file starts: after its header record (and a UTF-8 BOM); the file size when it has no data. */
export async function csvHeaderEnd(path: string, delimiter: string): Promise<number> {
  const head = await new Promise<Buffer>((resolve, reject) => {
    const s = createReadStream(path, { start: 0, end: 2 });
    const parts: Buffer[] = [];
    s.on('data', (b) => parts.push(b as Buffer)).on('end', () => resolve(Buffer.concat(parts))).on('error', reject);
  });
  // The chunker strips the BOM before its scan; the scan here must start after it too.
  const dataStart = head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return boundaryFrom(path, new CsvBoundaryScanner(delimiter), dataStart, dataStart + 1);
}

/**
 * The first record boundary at or after byte `from` of an uncompressed file. For CSV, `scanFrom`
 * is a known boundary at or before `from` (the header end, or the file's previous cut), from
 * which the quote state is scanned; the quote state cannot be known without scanning.
 */
export async function recordBoundaryAtOrAfter(path: string, format: DataFormat, delimiter: string, from: number, scanFrom = 0): Promise<number> {
  return boundaryFrom(path, format === 'jsonl' ? undefined : new CsvBoundaryScanner(delimiter), format === 'jsonl' ? 0 : scanFrom, from);
}

/** Counts what a part source has read of the part's own data bytes (CSV header excluded). */
export interface PartCounter {
  /** Line feeds in the part's data bytes: how far the next part's line numbers are shifted. */
  lines: number;
}

/**
 * The bytes of one part, for the pipeline: the whole file when it is not split (`.gz` included),
 * else its byte range; a part of a split CSV file is preceded by the file's header (BOM
 * included), so every part parses, and is written, like a file of its own.
 */
export async function* partSource(path: string, file: ManifestFile, part: ShardPart, counter: PartCounter): AsyncGenerator<Uint8Array> {
  if (part.pieces === 1) {
    for await (const bytes of readInput(path)) {
      counter.lines += countLineFeeds(bytes);
      yield bytes;
    }
    return;
  }
  let start = part.start;
  if (file.format !== 'jsonl' && file.headerEnd !== undefined) {
    yield* readInput(path, { start: 0, end: file.headerEnd });
    start = Math.max(start, file.headerEnd);
  }
  for await (const bytes of readInput(path, { start, end: part.end })) {
    counter.lines += countLineFeeds(bytes);
    yield bytes;
  }
}
