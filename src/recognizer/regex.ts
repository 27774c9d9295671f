/** Regex helpers shared by every recognizer, so boundary rules and escaping live once. */

// Two lookarounds of one property each, not one of the class [\p{L}\p{N}]: the same test, but V8
// builds a union class through ICU and canonicalizes it at every compile of every regex using it
// (bytecode, then native code, in every worker): 350 us to compile and run a regex with the
// union here, 200 us with the two lookarounds.
/** Not preceded by a letter or digit (any script). Use with the `u` flag. */
export const NO_ALNUM_BEFORE = '(?<!\\p{L})(?<!\\p{N})';
/** Not followed by a letter or digit (any script). Use with the `u` flag. */
export const NO_ALNUM_AFTER = '(?!\\p{L})(?!\\p{N})';
/** Not preceded by a digit, nor by a digit and one separator (so `12-3456` does not yield `3456`). */
export const NO_DIGIT_BEFORE = '(?<!\\d[-. ]?)';
/** Not followed by a digit, nor by one separator and a digit. */
export const NO_DIGIT_AFTER = '(?![-. ]?\\d)';

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * An alternation of `words` (regex sources, each starting with a lower-case ASCII letter) with the
 * words of each first letter grouped: `pass|pwd|secret` -> `p(?:ass|wd)|s(?:ecret)`. It matches
 * exactly what the plain alternation matches (at a position only one letter's group can start,
 * and its words keep their order), but the regex engine tests one alternative per position
 * instead of every word.
 *
 * @example groupedAlternation(['pass', 'pwd', 'secret']) // 'p(?:ass|wd)|s(?:ecret)'
 */
export function groupedAlternation(words: readonly string[]): string {
  const rests = new Map<string, string[]>();
  for (const word of words) {
    const first = word[0] ?? '';
    if (!/^[a-z]$/.test(first)) throw new RangeError(`groupedAlternation: ${JSON.stringify(word)} does not start with a lower-case letter`);
    let group = rests.get(first);
    if (group === undefined) rests.set(first, (group = []));
    group.push(word.slice(1));
  }
  return [...rests].map(([first, group]) => `${first}(?:${group.join('|')})`).join('|');
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

const BACK_REFERENCE = /\\k<([A-Za-z_$][\w$]*)>/y;
const NAMED_GROUP = /\(\?<([A-Za-z_$][\w$]*)>/y;

/**
 * A copy of `regex` whose named groups are plain numbered ones, with the number of each name.
 * V8 gives every match of a regex with named groups a dictionary-mode `groups` object, several
 * times dearer to build and read than `m[number]`: hot loops keep the names in the source for
 * readability and read numbers. `\k<name>` becomes `(?:\n)`; `backReferences` tells whether the
 * source refers back to any group (by name or number).
 *
 * @example numberedGroups(/(?<y>\d{4})-(?<m>\d\d)/, ['y', 'm']).group.m // 2
 */
export function numberedGroups<const Name extends string>(
  regex: RegExp,
  names: readonly Name[],
): { regex: RegExp; group: Readonly<Record<Name, number>>; backReferences: boolean } {
  const src = regex.source;
  const numbers = new Map<string, number>();
  let count = 0;
  let inClass = false;
  let backReferences = false;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      BACK_REFERENCE.lastIndex = i;
      const backReference = inClass ? null : BACK_REFERENCE.exec(src);
      if (!inClass && /[1-9]/.test(src[i + 1] ?? '')) backReferences = true;
      if (backReference) {
        backReferences = true;
        const n = numbers.get(backReference[1]!);
        if (n === undefined) throw new Error(`numberedGroups: \\k<${backReference[1]}> before its group in /${src}/`);
        out += `(?:\\${n})`;
        i += backReference[0].length - 1;
      } else {
        out += src.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (inClass) {
      inClass = ch !== ']';
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      NAMED_GROUP.lastIndex = i;
      const named = NAMED_GROUP.exec(src);
      if (named) {
        numbers.set(named[1]!, ++count);
        out += '(';
        i += named[0].length - 1;
        continue;
      }
      if (src[i + 1] !== '?') count++;
    }
    out += ch;
  }
  if (names.some((n) => !numbers.has(n))) throw new Error(`numberedGroups: cannot number the groups of /${src}/`);
  return { regex: new RegExp(out, regex.flags), group: Object.fromEntries(names.map((n) => [n, numbers.get(n)!])) as Record<Name, number>, backReferences };
}

/**
 * One regex that matches wherever any of `regexes` matches (their flags other than `g`, `y` and
 * `d` must agree), or undefined when they cannot be joined: a backreference would point elsewhere
 * in the joined source. Named groups become numbered ones (`numberedGroups`), since names may
 * repeat across patterns. A cheap precheck: scanning for N lookbehind-guarded patterns at once
 * costs a fraction of N scans (4 US SSN patterns over 240 characters: ~0.8 us instead of ~4 us).
 *
 * @example anyOf([/\d{3}-\d{2}-\d{4}/u, /\d{9}/u])?.test('ssn 123456789') // true
 */
export function anyOf(regexes: readonly RegExp[]): RegExp | undefined {
  if (regexes.length === 0) return undefined;
  const flags = (r: RegExp) => r.flags.replace(/[dgy]/g, '');
  // Under `v` classes nest, which the source walk of `numberedGroups` does not follow.
  if (regexes.some((r) => flags(r) !== flags(regexes[0]!) || r.flags.includes('v'))) return undefined;
  const sources: string[] = [];
  for (const r of regexes) {
    let numbered: ReturnType<typeof numberedGroups>;
    try {
      numbered = numberedGroups(r, []);
    } catch {
      return undefined; // a `\k<name>` before its group: not a source it can renumber
    }
    if (numbered.backReferences) return undefined;
    sources.push(`(?:${numbered.regex.source})`);
  }
  return new RegExp(sources.join('|'), flags(regexes[0]!));
}
