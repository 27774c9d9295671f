/**
 * Cheap preconditions for `trigger`: the analyzer tests them once per value and skips a
 * recognizer whose trigger fails. Dozens of recognizers test the same value, so the facts they
 * share (digit count, lower-case copy) are computed once per value and remembered until the next
 * value arrives: each thread analyzes one value at a time, synchronously.
 */

let memoValue: string | undefined;
let memoDigits = -1;
let memoLower: string | undefined;

function remember(value: string): void {
  if (value !== memoValue) {
    memoValue = value;
    memoDigits = -1;
    memoLower = undefined;
  }
}

/** Number of ASCII digits in the value (computed once per value). */
export function digitCount(value: string): number {
  remember(value);
  if (memoDigits < 0) {
    let count = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 48 && c <= 57) count++;
    }
    memoDigits = count;
  }
  return memoDigits;
}

/** The value in lower case (computed once per value). */
export function lowerCaseOf(value: string): string {
  remember(value);
  return (memoLower ??= value.toLowerCase());
}

/** True when the value has at least `n` ASCII digits. */
export function hasDigits(n: number): (value: string) => boolean {
  return (value) => digitCount(value) >= n;
}

/** True when the value contains any of the given substrings (case-sensitive). */
export function containsAny(...needles: string[]): (value: string) => boolean {
  if (needles.length === 1) {
    const needle = needles[0]!;
    return (value) => value.includes(needle);
  }
  return (value) => needles.some((needle) => value.includes(needle));
}

/** True when the value contains any of the given substrings, ignoring case. */
export function containsAnyIgnoreCase(...needles: string[]): (value: string) => boolean {
  const lower = needles.map((n) => n.toLowerCase());
  return (value) => {
    const v = lowerCaseOf(value);
    return lower.some((needle) => v.includes(needle));
  };
}

/** True when the value has at least `n` characters. */
export function minLength(n: number): (value: string) => boolean {
  return (value) => value.length >= n;
}

/** Combines triggers: all must hold. */
export function allOf(...triggers: ((value: string) => boolean)[]): (value: string) => boolean {
  return (value) => triggers.every((t) => t(value));
}
