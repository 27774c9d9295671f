/**
 * CRC-32 (IEEE 802.3, the zlib polynomial) and base62 encoding: GitHub and npm tokens end in the
 * base62 CRC-32 of their random part. `node:zlib` has `crc32` only from Node 22, so it lives here.
 */

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of the UTF-8 bytes of an ASCII string (callers pass token characters only). */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The base62 alphabet GitHub uses: digits, then upper case, then lower case. */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` in base62, left-padded with `0` to `width` characters. */
export function base62(n: number, width = 0, alphabet = BASE62_ALPHABET): string {
  let out = '';
  let rest = Math.floor(n);
  do {
    out = alphabet[rest % 62]! + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, alphabet[0]);
}

/**
 * True when the last 6 characters of `body` are the base62 CRC-32 of the characters before them
 * (GitHub classic tokens and npm tokens, without their `ghp_` / `npm_` prefix).
 */
export function hasBase62Crc32Suffix(body: string): boolean {
  if (body.length <= 6) return false;
  const checksum = crc32(body.slice(0, -6));
  return base62(checksum, 6) === body.slice(-6);
}
