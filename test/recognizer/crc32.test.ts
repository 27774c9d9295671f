import { describe, expect, it } from 'vitest';
import { base62, crc32, hasBase62Crc32Suffix } from '../../src/recognizer/crc32.js';

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  it('encodes base62 with padding', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61)).toBe('z');
    expect(base62(62)).toBe('10');
    expect(base62(0xffffffff)).toBe('4gfFC3');
  });

  it('checks a base62 CRC-32 suffix', () => {
    const random = 'Q7mZ2kLp9Wn4Xc8Vb3Rh6Jd1Tf5Gs0';
    const body = random + base62(crc32(random), 6);
    expect(hasBase62Crc32Suffix(body)).toBe(true);
    expect(hasBase62Crc32Suffix(body.slice(0, -1) + (body.endsWith('0') ? '1' : '0'))).toBe(false);
    expect(hasBase62Crc32Suffix('abc')).toBe(false);
  });
});
