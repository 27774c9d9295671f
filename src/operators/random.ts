/**
 * A deterministic byte stream keyed by a subkey and a seed string: with s = HMAC-SHA256(subkey, seed),
 * block i is HMAC-SHA256(subkey, s || i) (the seed is hashed once, so long values cost linear time). Same subkey and seed -> same choices on every machine,
 * with no shared state; without the key the choices reveal nothing about the seed.
 */
import { createHmac } from 'node:crypto';

/** Uniform choices drawn from a keyed, seeded HMAC stream. */
export class KeyedRandom {
  readonly #key: Buffer;
  readonly #seed: Buffer;
  #block: Buffer;
  #pos = 0;
  #counter = 0;

  constructor(key: Buffer, seed: string) {
    this.#key = key;
    this.#seed = createHmac('sha256', key).update(seed).digest();
    this.#block = this.#next();
  }

  #next(): Buffer {
    const counter = Buffer.allocUnsafe(4);
    counter.writeUInt32BE(this.#counter++);
    return createHmac('sha256', this.#key).update(this.#seed).update(counter).digest();
  }

  /** One byte, 0..255. */
  byte(): number {
    if (this.#pos >= this.#block.length) {
      this.#block = this.#next();
      this.#pos = 0;
    }
    return this.#block[this.#pos++]!;
  }

  /** Uniform integer in [0, n) for 1 <= n <= 65536 (rejection sampling, no modulo bias). */
  int(n: number): number {
    if (n <= 1) return 0;
    if (n <= 256) {
      const limit = 256 - (256 % n);
      for (;;) {
        const b = this.byte();
        if (b < limit) return b % n;
      }
    }
    const limit = 65536 - (65536 % n);
    for (;;) {
      const v = (this.byte() << 8) | this.byte();
      if (v < limit) return v % n;
    }
  }

  /** Uniform integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** A decimal digit character. */
  digit(): string {
    return String.fromCharCode(48 + this.int(10));
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}
