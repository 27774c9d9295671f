/** Test tokens built here (never real credentials): random-looking bodies of the right shapes. */
import { base62, crc32 } from '../../src/recognizer/crc32.js';

/** Deterministic pseudo-random string over `alphabet` (xorshift), so tests are stable. */
export function pseudoRandom(length: number, seed: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

/** A 36-character GitHub / npm token body whose last 6 characters are the base62 CRC-32 of the first 30. */
export function checksummedBody(seed: number): string {
  const random = pseudoRandom(30, seed);
  return random + base62(crc32(random), 6);
}
