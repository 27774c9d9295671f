/**
 * Keccak-256 (the original Keccak padding Ethereum uses, not NIST SHA3-256), for EIP-55 address
 * checksums. Node's crypto offers only `sha3-256`, whose padding differs, so the permutation
 * lives here once. Lanes are 64-bit words held as (lo, hi) pairs of 32-bit integers.
 */

/** Round constants of Keccak-f[1600] as [lo, hi] 32-bit halves. */
const ROUND_CONSTANTS: readonly (readonly [number, number])[] = [
  [0x00000001, 0x00000000], [0x00008082, 0x00000000], [0x0000808a, 0x80000000], [0x80008000, 0x80000000],
  [0x0000808b, 0x00000000], [0x80000001, 0x00000000], [0x80008081, 0x80000000], [0x00008009, 0x80000000],
  [0x0000008a, 0x00000000], [0x00000088, 0x00000000], [0x80008009, 0x00000000], [0x8000000a, 0x00000000],
  [0x8000808b, 0x00000000], [0x0000008b, 0x80000000], [0x00008089, 0x80000000], [0x00008003, 0x80000000],
  [0x00008002, 0x80000000], [0x00000080, 0x80000000], [0x0000800a, 0x00000000], [0x8000000a, 0x80000000],
  [0x80008081, 0x80000000], [0x00008080, 0x80000000], [0x80000001, 0x00000000], [0x80008008, 0x80000000],
];

/** Rotation offsets, indexed by lane x + 5y. */
const ROTATIONS = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

/** Rho-pi destination of lane x + 5y: lane y + 5((2x + 3y) mod 5). */
const PI_TARGET = Array.from({ length: 25 }, (_, i) => {
  const x = i % 5;
  const y = Math.floor(i / 5);
  return y + 5 * ((2 * x + 3 * y) % 5);
});

function keccakF1600(s: Uint32Array): void {
  const c = new Uint32Array(10);
  const b = new Uint32Array(50);
  for (const [rcLo, rcHi] of ROUND_CONSTANTS) {
    // Theta
    for (let x = 0; x < 5; x++) {
      c[2 * x] = s[2 * x]! ^ s[2 * x + 10]! ^ s[2 * x + 20]! ^ s[2 * x + 30]! ^ s[2 * x + 40]!;
      c[2 * x + 1] = s[2 * x + 1]! ^ s[2 * x + 11]! ^ s[2 * x + 21]! ^ s[2 * x + 31]! ^ s[2 * x + 41]!;
    }
    for (let x = 0; x < 5; x++) {
      const prev = (x + 4) % 5;
      const next = (x + 1) % 5;
      const nLo = c[2 * next]!;
      const nHi = c[2 * next + 1]!;
      const dLo = c[2 * prev]! ^ ((nLo << 1) | (nHi >>> 31));
      const dHi = c[2 * prev + 1]! ^ ((nHi << 1) | (nLo >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[2 * (x + y)] = s[2 * (x + y)]! ^ dLo;
        s[2 * (x + y) + 1] = s[2 * (x + y) + 1]! ^ dHi;
      }
    }
    // Rho and pi
    for (let i = 0; i < 25; i++) {
      const lo = s[2 * i]!;
      const hi = s[2 * i + 1]!;
      const n = ROTATIONS[i]!;
      const t = PI_TARGET[i]!;
      if (n === 0) {
        b[2 * t] = lo;
        b[2 * t + 1] = hi;
      } else if (n < 32) {
        b[2 * t] = (lo << n) | (hi >>> (32 - n));
        b[2 * t + 1] = (hi << n) | (lo >>> (32 - n));
      } else if (n === 32) {
        b[2 * t] = hi;
        b[2 * t + 1] = lo;
      } else {
        const m = n - 32;
        b[2 * t] = (hi << m) | (lo >>> (32 - m));
        b[2 * t + 1] = (lo << m) | (hi >>> (32 - m));
      }
    }
    // Chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = y + x;
        const i1 = y + ((x + 1) % 5);
        const i2 = y + ((x + 2) % 5);
        s[2 * i] = b[2 * i]! ^ (~b[2 * i1]! & b[2 * i2]!);
        s[2 * i + 1] = b[2 * i + 1]! ^ (~b[2 * i1 + 1]! & b[2 * i2 + 1]!);
      }
    }
    // Iota
    s[0] = s[0]! ^ rcLo;
    s[1] = s[1]! ^ rcHi;
  }
}

/**
 * A Keccak sponge over Keccak-f[1600] with capacity `2 * outputBytes`. `domainSuffix` is the
 * first padding byte: 0x01 for original Keccak (Ethereum), 0x06 for NIST SHA-3.
 *
 * @example keccakHash(new TextEncoder().encode('abc'), 32, 0x06) // equals sha3-256('abc')
 */
export function keccakHash(data: Uint8Array, outputBytes: number, domainSuffix: number): Uint8Array {
  const rate = 200 - 2 * outputBytes;
  const state = new Uint32Array(50);
  const blocks = Math.floor(data.length / rate) + 1;
  const padded = new Uint8Array(blocks * rate);
  padded.set(data);
  padded[data.length] = domainSuffix;
  padded[padded.length - 1]! |= 0x80;
  for (let offset = 0; offset < padded.length; offset += rate) {
    for (let i = 0; i < rate; i += 4) {
      const word = padded[offset + i]! | (padded[offset + i + 1]! << 8) | (padded[offset + i + 2]! << 16) | (padded[offset + i + 3]! << 24);
      state[i >> 2] = state[i >> 2]! ^ word;
    }
    keccakF1600(state);
  }
  const out = new Uint8Array(outputBytes);
  for (let i = 0; i < outputBytes; i++) out[i] = (state[i >> 2]! >>> (8 * (i & 3))) & 0xff;
  return out;
}

/**
 * Keccak-256 as Ethereum uses it. Strings are hashed as UTF-8.
 *
 * @example Buffer.from(keccak256('')).toString('hex') // 'c5d24601...5d85a470'
 */
export function keccak256(data: Uint8Array | string): Uint8Array {
  return keccakHash(typeof data === 'string' ? new TextEncoder().encode(data) : data, 32, 0x01);
}
