/**
 * A set of lower-case words looked up by a range of a value, without slicing it: a scan that reads
 * a value code by code folds each word's hash as it goes, and a lookup allocates nothing. The name
 * gate makes one lookup per word of every text value, where slicing and hashing a new string cost
 * more than the whole scan.
 */

/**
 * One step of a word's hash: folds the next char code, lower-cased, into `hash` (start from 0).
 * Words are ASCII letters, apostrophes and hyphens, so `c | 0x20` lower-cases each of them.
 */
export function wordHashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) | 0;
}

function mix(hash: number): number {
  return hash ^ (hash >>> 15);
}

/** Open addressing, linear probing, at most half full; each slot keeps its word's hash to skip most compares. */
export class AsciiWordSet {
  readonly #mask: number;
  readonly #words: string[];
  readonly #hashes: Int32Array;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.#mask = size - 1;
    this.#words = new Array<string>(size).fill('');
    this.#hashes = new Int32Array(size);
    for (const word of list) {
      if (word === '') continue;
      let hash = 0;
      for (let k = 0; k < word.length; k++) hash = wordHashStep(hash, word.charCodeAt(k));
      let slot = mix(hash) & this.#mask;
      while (this.#words[slot] !== '') slot = (slot + 1) & this.#mask;
      this.#words[slot] = word;
      this.#hashes[slot] = hash;
    }
  }

  /**
   * Whether `value[start, end)`, a run of ASCII letters, apostrophes and hyphens, is one of the
   * words once lower-cased. `hash` folds `wordHashStep` over the range's codes `| 0x20`.
   */
  has(value: string, start: number, end: number, hash: number): boolean {
    const length = end - start;
    for (let slot = mix(hash) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const word = this.#words[slot]!;
      if (word === '') return false;
      if (this.#hashes[slot] !== hash || word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === (value.charCodeAt(start + k) | 0x20)) k++;
      if (k === length) return true;
    }
  }
}
