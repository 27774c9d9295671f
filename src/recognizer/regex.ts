/** Regex helpers shared by every recognizer, so boundary rules and escaping live once. */

/** Not preceded by a letter or digit (any script). Use with the `u` flag. */
export const NO_ALNUM_BEFORE = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit (any script). Use with the `u` flag. */
export const NO_ALNUM_AFTER = '(?![\\p{L}\\p{N}])';
/** Not preceded by a digit, nor by a digit and one separator (so `12-3456` does not yield `3456`). */
export const NO_DIGIT_BEFORE = '(?<!\\d[-. ]?)';
/** Not followed by a digit, nor by one separator and a digit. */
export const NO_DIGIT_AFTER = '(?![-. ]?\\d)';

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A copy of `regex` with the given flags added (deduplicated, in canonical order). */
export function withFlags(regex: RegExp, flags: string): RegExp {
  const merged = [...new Set([...regex.flags, ...flags])].sort().join('');
  return new RegExp(regex.source, merged);
}

/**
 * Keeps only ASCII digits. A loop appending whole runs of digits: `replace(/\D+/g, '')` costs
 * twice as much on a short formatted number, and a long run of digits stays one slice.
 */
export function onlyDigits(text: string): string {
  let out = '';
  let run = -1; // start of the current run of digits
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const digit = c >= 48 && c <= 57;
    if (digit && run < 0) {
      run = i;
    } else if (!digit && run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
  }
  return out;
}
