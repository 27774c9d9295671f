import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/io/utf8.js';

describe('UTF-8 validation', () => {
  it.each([
    ['ascii and multibyte', Buffer.from('aé€😀'), -1],
    ['stray continuation byte', Buffer.from([0x61, 0x80]), 1],
    ['overlong slash', Buffer.from([0x61, 0xc0, 0xaf]), 1],
    ['overlong 3-byte', Buffer.from([0xe0, 0x80, 0xaf]), 0],
    ['UTF-16 surrogate', Buffer.from([0x62, 0xed, 0xa0, 0x80]), 1],
    ['above U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
    ['truncated at the end', Buffer.from([0x61, 0x62, 0xe2, 0x82]), 2],
  ])('%s', (_name, bytes, at) => {
    expect(firstInvalidUtf8(bytes)).toBe(at);
    expect(decodeUtf8(bytes) === undefined).toBe(at >= 0);
  });
  it('keeps a BOM as U+FEFF (the chunker strips it, nothing else does)', () => {
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('\uFEFFa');
  });
});
