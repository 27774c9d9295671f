/** Shape-keeping helpers shared by the surrogate generators. */
import type { KeyedRandom } from '../random.js';

/** The ASCII digits of a value. */
export function asciiDigits(value: string): string {
  return value.replace(/[^0-9]+/g, '');
}

/** Writes `digits` into the digit positions of `value`, leaving every other character in place. */
export function replaceDigits(value: string, digits: string): string {
  let i = 0;
  let out = '';
  for (let p = 0; p < value.length; p++) {
    const c = value.charCodeAt(p);
    out += c >= 48 && c <= 57 ? digits[i++] : value[p];
  }
  return out;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Same character classes: digit -> digit, upper -> upper, lower (or caseless letter) -> lower
 * ASCII letter; everything else (separators, punctuation, emoji) stays. Undefined when the value
 * has no letter or digit, since no different value of the same shape exists.
 */
export function sameClassSurrogate(value: string, rng: KeyedRandom): string | undefined {
  let out = '';
  let changed = false;
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      out += rng.digit();
      changed = true;
    } else if (c >= 65 && c <= 90) {
      out += UPPER[rng.int(26)];
      changed = true;
    } else if (c >= 97 && c <= 122) {
      out += LOWER[rng.int(26)];
      changed = true;
    } else if (c < 128) {
      out += ch;
    } else if (/\p{Nd}/u.test(ch)) {
      out += rng.digit();
      changed = true;
    } else if (/\p{Lu}|\p{Lt}/u.test(ch)) {
      out += UPPER[rng.int(26)];
      changed = true;
    } else if (/\p{L}/u.test(ch)) {
      out += LOWER[rng.int(26)];
      changed = true;
    } else {
      out += ch;
    }
  }
  return changed ? out : undefined;
}

/** A string of `n` random digits. */
export function randomDigits(rng: KeyedRandom, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += rng.digit();
  return s;
}
