/** ASCII character-class tests on char codes, for scans that read a value code by code. */

/** `0`-`9`. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `A`-`Z` or `a`-`z`. */
export function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** An ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}
