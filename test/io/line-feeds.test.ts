import { describe, expect, it } from 'vitest';
import { countLineFeeds, countLineFeedsIn, lineStarts } from '../../src/io/line-feeds.js';
import { decodeUtf8Lenient } from '../../src/io/utf8.js';

/** The same bytes as a Buffer, as a plain Uint8Array, and as a view at an offset into a larger ArrayBuffer. */
function shapes(bytes: Buffer): [string, Uint8Array][] {
  const padded = new Uint8Array(bytes.length + 8);
  padded.fill(0x0a);
  padded.set(bytes, 3);
  return [
    ['Buffer', bytes],
    ['Uint8Array', new Uint8Array(bytes)],
    ['offset view', padded.subarray(3, 3 + bytes.length)],
  ];
}

describe('line feeds over bytes', () => {
  it.each([
    ['empty', '', 0, [0]],
    ['no line feed', 'a,b,c', 0, [0]],
    ['one record', 'a,b\n', 1, [0, 4]],
    ['CRLF', 'a\r\nb\r\n', 2, [0, 3, 6]],
    ['blank lines', '\n\n\n', 3, [0, 1, 2, 3]],
    ['multibyte text', 'é\n€\n😀', 2, [0, 3, 7]],
  ])('%s', (_name, text, count, starts) => {
    for (const [shape, bytes] of shapes(Buffer.from(text, 'utf8'))) {
      expect(countLineFeeds(bytes), shape).toBe(count);
      expect(lineStarts(bytes), shape).toEqual(starts);
    }
  });
  it('counts in invalid UTF-8 what the lenient decoding of it holds', () => {
    const bytes = Buffer.from([0x61, 0xe2, 0x82, 0x0a, 0xff, 0x0a, 0xc3, 0x0a]);
    expect(countLineFeeds(bytes)).toBe(3);
    expect(countLineFeedsIn(decodeUtf8Lenient(bytes))).toBe(3);
  });
});

describe('line feeds over text', () => {
  it.each([
    ['whole text', 'a\nb\nc\n', 0, undefined, 3],
    ['from an offset', 'a\nb\nc\n', 2, undefined, 2],
    ['up to an end (exclusive)', 'a\nb\nc\n', 0, 3, 1],
    ['end right after a line feed', 'a\nb\nc\n', 0, 2, 1],
    ['an empty range', 'a\nb\n', 1, 1, 0],
    ['none', 'abc', 0, undefined, 0],
  ])('%s', (_name, text, from, to, count) => {
    expect(countLineFeedsIn(text, from, to)).toBe(count);
  });
});
