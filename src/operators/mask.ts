/**
 * The `mask` operator. Separators (whitespace and `- . / ( ) + @ : ,`) stay where they are so a
 * masked card or phone keeps its grouping; every other code point becomes the mask character.
 * `keepFirst` / `keepLast` count masked code points only, and when they would leave nothing
 * masked the whole value is masked: masking never reveals more than asked.
 */

const SEPARATORS = new Set([' ', '\t', '\n', '\r', '\u00a0', '-', '.', '/', '(', ')', '+', '@', ':', ',']);

/** Parameters of `maskValue`, already validated. */
export interface MaskParams {
  readonly char: string;
  readonly keepFirst: number;
  readonly keepLast: number;
  readonly keepDomain: boolean;
}

/**
 * Masks one value.
 *
 * @example
 * maskValue('4111 1111 1111 1234', { char: '*', keepFirst: 0, keepLast: 4, keepDomain: false }) // '**** **** **** 1234'
 */
export function maskValue(value: string, params: MaskParams): string {
  let body = value;
  let tail = '';
  if (params.keepDomain) {
    const at = value.lastIndexOf('@');
    if (at > 0) {
      body = value.slice(0, at);
      tail = value.slice(at);
    }
  }
  const chars = Array.from(body);
  let maskable = 0;
  for (const c of chars) if (!SEPARATORS.has(c)) maskable++;
  let keepFirst = params.keepFirst;
  let keepLast = params.keepLast;
  if (keepFirst + keepLast >= maskable) {
    keepFirst = 0;
    keepLast = 0;
  }
  let out = '';
  let index = 0;
  for (const c of chars) {
    if (SEPARATORS.has(c)) {
      out += c;
      continue;
    }
    out += index < keepFirst || index >= maskable - keepLast ? c : params.char;
    index++;
  }
  return out + tail;
}
