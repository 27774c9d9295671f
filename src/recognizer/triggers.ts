/**
 * Cheap preconditions for `trigger`: the analyzer tests them once per value and skips a
 * recognizer whose trigger fails. Each is a single linear pass with no allocation.
 */

/** True when the value has at least `n` ASCII digits. */
export function hasDigits(n: number): (value: string) => boolean {
  return (value) => {
    let count = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 48 && c <= 57 && ++count >= n) return true;
    }
    return false;
  };
}

/** True when the value contains any of the given substrings (case-sensitive). */
export function containsAny(...needles: string[]): (value: string) => boolean {
  return (value) => needles.some((needle) => value.includes(needle));
}

/** True when the value contains any of the given substrings, ignoring ASCII case. */
export function containsAnyIgnoreCase(...needles: string[]): (value: string) => boolean {
  const lower = needles.map((n) => n.toLowerCase());
  return (value) => {
    const v = value.toLowerCase();
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
