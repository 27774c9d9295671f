import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keccak256, keccakHash } from '../../src/recognizer/keccak.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('keccak', () => {
  it('matches the published Keccak-256 digests', () => {
    expect(hex(keccak256(''))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(hex(keccak256('abc'))).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  });

  it('with SHA-3 padding equals node sha3-256 / sha3-512 across block boundaries', () => {
    for (const length of [0, 1, 71, 72, 135, 136, 137, 272, 500]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(hex(keccakHash(data, 32, 0x06))).toBe(createHash('sha3-256').update(data).digest('hex'));
      expect(hex(keccakHash(data, 64, 0x06))).toBe(createHash('sha3-512').update(data).digest('hex'));
    }
  });

  it('differs from SHA3-256 (padding byte)', () => {
    expect(hex(keccak256('abc'))).not.toBe(createHash('sha3-256').update('abc').digest('hex'));
  });
});
