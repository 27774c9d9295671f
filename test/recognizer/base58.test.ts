import { describe, expect, it } from 'vitest';
import { base58CheckDecode, base58CheckEncode, base58Decode, base58Encode } from '../../src/recognizer/base58.js';

describe('base58', () => {
  it('round-trips bytes, keeping leading zero bytes as 1s', () => {
    for (const bytes of [[], [0], [0, 0, 1], [255, 254, 0, 7], Array.from({ length: 40 }, (_, i) => (i * 97) & 0xff)]) {
      const data = Uint8Array.from(bytes);
      const text = base58Encode(data);
      expect(Array.from(base58Decode(text)!)).toEqual(bytes);
    }
    expect(base58Encode(Uint8Array.from([0, 0, 1]))).toBe('112');
  });

  it('rejects characters outside the alphabet', () => {
    for (const bad of ['0abc', 'Oabc', 'Iabc', 'labc', 'ab c', 'é']) expect(base58Decode(bad)).toBeUndefined();
  });

  it('decodes Base58Check and rejects a broken checksum', () => {
    const payload = Uint8Array.from([5, ...Array.from({ length: 20 }, (_, i) => i * 11)]);
    const text = base58CheckEncode(payload);
    expect(Array.from(base58CheckDecode(text)!)).toEqual(Array.from(payload));
    const last = text.at(-1) === '2' ? '3' : '2';
    expect(base58CheckDecode(text.slice(0, -1) + last)).toBeUndefined();
    expect(base58CheckDecode('1111')).toBeUndefined();
  });

  it('decodes the well-known genesis address to version 0 and its key hash', () => {
    expect(Buffer.from(base58CheckDecode('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')!).toString('hex')).toBe('0062e907b15cbf27d5425399ebf6f0fb50ebb88f18');
  });
});
