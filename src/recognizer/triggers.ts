/**
 * Cheap preconditions. Two kinds:
 *
 * - `ValueRequirement` (a recognizer's `requires`): plain bounds on a `ValueProfile`, which the
 *   analyzer computes in ONE pass over each value and checks for every recognizer with a few
 *   integer comparisons. This is what keeps dozens of recognizers from each scanning every value.
 * - trigger functions (`hasDigits`, `containsAny`...): arbitrary tests on the value, run only when
 *   the requirement holds. Facts they share (digit count, lower-case copy) are computed once per
 *   value and remembered until the next value arrives: each thread analyzes one value at a time.
 */
import { Buffer } from 'node:buffer';

/** Facts about one value, from a single pass over its characters. */
export interface ValueProfile {
  readonly length: number;
  /** ASCII digits anywhere. */
  readonly digits: number;
  /** Digits in the longest run of digits joined by single separators (space, `-`, `.`, `/`): `4539 1234 5678 9012` -> 16. */
  readonly numberRun: number;
  /** Longest run of token characters (`A-Z a-z 0-9 _ - + / =`): the shape of keys, tokens, hashes and base64. */
  readonly tokenRun: number;
  /** Longest run of hex digits and `:` `-` `.` separators (MAC and IPv6 shapes). */
  readonly hexRun: number;
  /** ASCII upper-case letters. */
  readonly upper: number;
  /** ASCII letters, either case. */
  readonly letters: number;
  /** Bit set of the marker characters present (see `markerMask`). */
  readonly markers: number;
}

/** Characters whose presence the profile records, one bit each (a tab sets the space bit). Non-ASCII text sets the last bit. */
const MARKER_CHARS = '@:/.-=+(#_$%&?~*!\'"<>[]{}\\|,;\n ';
const SPACE_BIT = 1 << MARKER_CHARS.indexOf(' ');
const NON_ASCII_BIT = 1 << MARKER_CHARS.length;

// Per ASCII code: its classes (CLASS) and its marker bit (MARK).
const DIGIT = 1;
const TOKEN = 2;
const HEX = 4;
const UPPER = 8;
const NUMBER_SEPARATOR = 16;
const HEX_SEPARATOR = 32;
const CLASS = new Uint8Array(128);
const MARK = new Int32Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let k = 0;
  if (ch >= '0' && ch <= '9') k |= DIGIT | TOKEN | HEX;
  if (ch >= 'A' && ch <= 'Z') k |= TOKEN | UPPER;
  if (ch >= 'a' && ch <= 'z') k |= TOKEN;
  if ((ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F')) k |= HEX;
  if ('_-+/='.includes(ch)) k |= TOKEN;
  if (' -./'.includes(ch)) k |= NUMBER_SEPARATOR;
  if (':-.'.includes(ch)) k |= HEX_SEPARATOR;
  CLASS[c] = k;
  // A tab counts as a space: both are what separates the words of a header or a sentence.
  const marker = MARKER_CHARS.indexOf(ch === '\t' ? ' ' : ch);
  MARK[c] = marker >= 0 ? 1 << marker : 0;
}

/** A `ValueProfile` that `profileInto` can refill. */
export type ProfileSlot = { -readonly [K in keyof ValueProfile]: ValueProfile[K] };

/** A zeroed profile slot (every field in the order `profileInto` writes them: one shape). */
export function profileSlot(): ProfileSlot {
  return { length: 0, digits: 0, numberRun: 0, tokenRun: 0, hexRun: 0, upper: 0, letters: 0, markers: 0 };
}

/**
 * Profiles a value in one pass.
 *
 * @example profileValue('call (212) 555-0199').digits // 10
 */
export function profileValue(value: string): ValueProfile {
  return profileInto(value, profileSlot());
}

/**
 * The value's UTF-16 code units, read from a typed array: on the sliced strings a parser hands
 * out (field values are slices of their chunk's text), a `charCodeAt` loop costs two to four
 * times a copy plus a typed-array loop. The copy's call pays for itself past a few characters.
 * The scratch array is one per thread; values longer than it get an array of their own.
 */
const SCRATCH_UNITS = 1 << 15;
const scratchBytes = Buffer.allocUnsafeSlow(SCRATCH_UNITS * 2);
const scratchUnits = new Uint16Array(scratchBytes.buffer, scratchBytes.byteOffset, SCRATCH_UNITS);
/** `utf16le` bytes read as a Uint16Array are the code units only on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Below this length a `charCodeAt` loop costs less than the copy's call. */
const COPY_FROM = 16;

function codeUnitsOf(value: string): Uint16Array {
  const n = value.length;
  if (n > SCRATCH_UNITS) {
    const units = new Uint16Array(n);
    for (let i = 0; i < n; i++) units[i] = value.charCodeAt(i);
    return units;
  }
  if (n >= COPY_FROM && LITTLE_ENDIAN) {
    scratchBytes.write(value, 0, 'utf16le');
  } else {
    for (let i = 0; i < n; i++) scratchUnits[i] = value.charCodeAt(i);
  }
  return scratchUnits;
}

/**
 * `profileValue` written into `slot`, which it returns: the analyzer refills one slot per value
 * rather than allocating a profile per value. Runs of lower-case letters, of digits, and spaces
 * (most of any value) take short paths; everything else goes through the class table.
 */
export function profileInto(value: string, slot: ProfileSlot): ValueProfile {
  let digits = 0;
  let upper = 0;
  let letters = 0;
  let markers = 0;
  let numberRun = 0;
  let run = 0; // digits of the current number run
  let separated = false; // the previous character was a single separator inside a number run
  let tokenRun = 0;
  let token = 0;
  let hexRun = 0;
  let hex = 0;
  const n = value.length;
  const units = codeUnitsOf(value);
  for (let i = 0; i < n; i++) {
    let c = units[i]!;
    if (c >= 97 && c <= 122) {
      // A run of a-z: token characters, hex up to `f`, ending any number run. Only the hex run
      // changes per letter; the counts are added once per run.
      const from = i;
      for (;;) {
        // Without branches: in prose, whether a letter is a-f is a coin toss the CPU cannot
        // predict, and the mispredictions cost a third of this loop's time on free text.
        // `(c - 103) >> 31` is all ones for a-f (c <= 102), zero for g-z; the max is by the same sign trick.
        hex = (hex + 1) & ((c - 103) >> 31);
        hexRun += (hex - hexRun) & ((hexRun - hex) >> 31);
        if (++i === n) break;
        c = units[i]!;
        if (c < 97 || c > 122) break;
      }
      letters += i - from;
      token += i - from;
      if (token > tokenRun) tokenRun = token;
      run = 0;
      separated = false;
      // Else `c` is the character after the run, handled below.
      if (i === n) break;
    }
    if (c >= 48 && c <= 57) {
      // A run of digits (ids, amounts, phones, dates): each is a digit, a token and a hex
      // character and extends the number run, so the counts are added once per run.
      const from = i;
      do {
        if (++i === n) break;
        c = units[i]!;
      } while (c >= 48 && c <= 57);
      const len = i - from;
      digits += len;
      run += len;
      if (run > numberRun) numberRun = run;
      separated = false;
      token += len;
      if (token > tokenRun) tokenRun = token;
      hex += len;
      if (hex > hexRun) hexRun = hex;
      if (i === n) break;
      // The character after the run starts the next turn: a lower-case letter must take the path above.
      i--;
      continue;
    }
    if (c === 32) {
      markers |= SPACE_BIT;
      if (run > 0 && !separated) separated = true;
      else run = 0;
      token = 0;
      hex = 0;
      continue;
    }
    let k = 0;
    if (c < 128) {
      k = CLASS[c]!;
      markers |= MARK[c]!;
    } else {
      markers |= NON_ASCII_BIT;
    }
    if (k & DIGIT) {
      digits++;
      separated = false;
      if (++run > numberRun) numberRun = run;
    } else if (k & NUMBER_SEPARATOR && run > 0 && !separated) {
      separated = true;
    } else {
      run = 0;
      separated = false;
    }
    if (k & TOKEN) {
      if (++token > tokenRun) tokenRun = token;
    } else {
      token = 0;
    }
    if (k & (HEX | HEX_SEPARATOR)) {
      if (++hex > hexRun) hexRun = hex;
    } else {
      hex = 0;
    }
    if (k & UPPER) {
      upper++;
      letters++;
    }
  }
  slot.length = n;
  slot.digits = digits;
  slot.numberRun = numberRun;
  slot.tokenRun = tokenRun;
  slot.hexRun = hexRun;
  slot.upper = upper;
  slot.letters = letters;
  slot.markers = markers;
  return slot;
}

/**
 * The bit set of marker characters, for `ValueRequirement.anyOf`. Only the characters of
 * `MARKER_CHARS` (punctuation commonly anchoring PII and secrets) can be required.
 *
 * @example markerMask('@') // the bit of '@'
 */
export function markerMask(chars: string): number {
  let mask = 0;
  for (const ch of chars) {
    const i = MARKER_CHARS.indexOf(ch);
    if (i < 0) throw new RangeError(`markerMask: ${JSON.stringify(ch)} is not a profiled marker character (${MARKER_CHARS})`);
    mask |= 1 << i;
  }
  return mask;
}

/** The marker bit of non-ASCII text (any character above U+007F). */
export const NON_ASCII = NON_ASCII_BIT;

/**
 * Lower bounds on a value's profile; every bound given must hold. A recognizer declares one as
 * `requires` when it can never match a value that fails it; the analyzer then skips it without a call.
 *
 * @example { minDigits: 9, minNumberRun: 9 } // a nine-digit number, possibly grouped
 */
export interface ValueRequirement {
  /** @default 0 */
  readonly minLength?: number;
  /** @default 0 */
  readonly minDigits?: number;
  /** @default 0 */
  readonly minNumberRun?: number;
  /** @default 0 */
  readonly minTokenRun?: number;
  /** @default 0 */
  readonly minHexRun?: number;
  /** @default 0 */
  readonly minUpper?: number;
  /** ASCII letters, either case. @default 0 */
  readonly minLetters?: number;
  /** At least one of these characters (from `MARKER_CHARS`) is present. @default '' (no constraint) */
  readonly anyOf?: string;
}

/** A requirement in the form the analyzer checks: every bound a number, the characters a bit set. */
export interface CompiledRequirement {
  readonly minLength: number;
  readonly minDigits: number;
  readonly minNumberRun: number;
  readonly minTokenRun: number;
  readonly minHexRun: number;
  readonly minUpper: number;
  readonly minLetters: number;
  readonly anyMask: number;
}

/** Compiles a requirement (undefined requires nothing). */
export function compileRequirement(r: ValueRequirement | undefined): CompiledRequirement {
  return {
    minLength: r?.minLength ?? 0,
    minDigits: r?.minDigits ?? 0,
    minNumberRun: r?.minNumberRun ?? 0,
    minTokenRun: r?.minTokenRun ?? 0,
    minHexRun: r?.minHexRun ?? 0,
    minUpper: r?.minUpper ?? 0,
    minLetters: r?.minLetters ?? 0,
    anyMask: r?.anyOf ? markerMask(r.anyOf) : 0,
  };
}

/** True when the profile meets the requirement (one at a time; the analyzer checks all of its recognizers' at once with `indexRequirements`). */
export function meets(p: ValueProfile, r: CompiledRequirement): boolean {
  return (
    p.length >= r.minLength &&
    p.digits >= r.minDigits &&
    p.numberRun >= r.minNumberRun &&
    p.tokenRun >= r.minTokenRun &&
    p.hexRun >= r.minHexRun &&
    p.upper >= r.minUpper &&
    p.letters >= r.minLetters &&
    (r.anyMask === 0 || (p.markers & r.anyMask) !== 0)
  );
}

/**
 * A list of requirements indexed for `metBy`, which finds the ones a profile meets with a few table
 * lookups instead of comparing every bound of every requirement (dozens per value).
 */
export interface RequirementIndex {
  /** 32-bit words of a bit set over the requirements: requirement `i` is bit `i & 31` of word `i >> 5`. */
  readonly words: number;
  /** Writes into `met` (`words` long) the bit set of the requirements `p` meets. */
  metBy(p: ValueProfile, met: Int32Array): void;
}

/**
 * Feature values and minimums above this are looked up as this: the requirements with a larger
 * minimum (none of the built-in ones) are checked one by one when the lookup lets them through.
 */
const DIRECT_BOUNDS = 256;

/** Larger than any feature value (a string's length): the bound of a minimum never reached. */
const NEVER = 0x7fffffff;

/** A minimum as the least integer bound of the same meaning (`length >= 1.5` is `length >= 2`; NaN is never met). */
function integerBound(minimum: number): number {
  if (minimum <= 0) return 0;
  return minimum < NEVER ? Math.ceil(minimum) : NEVER;
}

/** The minimum the rows look up: at most `DIRECT_BOUNDS`, so that a table's rows are few. */
function directBound(minimum: number): number {
  return Math.min(integerBound(minimum), DIRECT_BOUNDS);
}

/** Rows of `words` words: per feature value up to `limit` (larger values read the row of `limit`), the requirements whose minimum the value reaches. */
function featureRows(requirementMinimums: readonly number[], words: number): { limit: number; rows: Int32Array } {
  const minimums = requirementMinimums.map(directBound);
  const limit = minimums.reduce((a, b) => Math.max(a, b), 0);
  const rows = new Int32Array((limit + 1) * words);
  for (let v = 0; v <= limit; v++) {
    minimums.forEach((m, i) => {
      if (m <= v) rows[v * words + (i >> 5)]! |= 1 << (i & 31);
    });
  }
  return { limit, rows };
}

/** Rows of `words` words: per byte of a profile's `markers` (low byte first), 256 rows, the requirements that byte's markers satisfy. */
function markerRows(requirements: readonly CompiledRequirement[], words: number): Int32Array {
  const rows = new Int32Array(4 * 256 * words);
  for (let byte = 0; byte < 4; byte++) {
    for (let v = 0; v < 256; v++) {
      requirements.forEach((r, i) => {
        // A requirement without `anyOf` is met by any markers: it is in every row.
        if (r.anyMask === 0 || (r.anyMask >>> (8 * byte)) & v) rows[(byte * 256 + v) * words + (i >> 5)]! |= 1 << (i & 31);
      });
    }
  }
  return rows;
}

/**
 * Indexes requirements (any number: custom recognizers add their own) for `metBy`.
 *
 * @example
 * const index = indexRequirements([compileRequirement({ anyOf: '@' }), compileRequirement({ minDigits: 7 })]);
 * const met = new Int32Array(index.words);
 * index.metBy(profileValue('call 212-555-0199'), met); // met[0] === 0b10
 */
export function indexRequirements(requirements: readonly CompiledRequirement[]): RequirementIndex {
  const words = Math.max(1, Math.ceil(requirements.length / 32));
  // All rows in one array, the markers' first, then each feature's from its `base`: every lookup is
  // one load from the same array, which the compiler then addresses directly.
  const parts = [markerRows(requirements, words)];
  let size = parts[0]!.length;
  // The requirements the rows may let through unmet (a minimum above `DIRECT_BOUNDS`).
  const wideSet = new Set<number>();
  const feature = (minimum: (r: CompiledRequirement) => number) => {
    const { limit, rows } = featureRows(requirements.map(minimum), words);
    requirements.forEach((r, i) => {
      if (integerBound(minimum(r)) > DIRECT_BOUNDS) wideSet.add(i);
    });
    parts.push(rows);
    size += rows.length;
    return { limit, base: size - rows.length };
  };
  const { limit: lengthLimit, base: lengthBase } = feature((r) => r.minLength);
  const { limit: digitsLimit, base: digitsBase } = feature((r) => r.minDigits);
  const { limit: numberRunLimit, base: numberRunBase } = feature((r) => r.minNumberRun);
  const { limit: tokenRunLimit, base: tokenRunBase } = feature((r) => r.minTokenRun);
  const { limit: hexRunLimit, base: hexRunBase } = feature((r) => r.minHexRun);
  const { limit: upperLimit, base: upperBase } = feature((r) => r.minUpper);
  const { limit: lettersLimit, base: lettersBase } = feature((r) => r.minLetters);
  const rows = new Int32Array(size);
  let at = 0;
  for (const part of parts) {
    rows.set(part, at);
    at += part.length;
  }
  const wide = Int32Array.from(wideSet);
  return {
    words,
    metBy(p, met) {
      const m = p.markers;
      const m0 = (m & 255) * words;
      const m1 = (256 + ((m >>> 8) & 255)) * words;
      const m2 = (512 + ((m >>> 16) & 255)) * words;
      const m3 = (768 + (m >>> 24)) * words;
      const l = lengthBase + Math.min(p.length, lengthLimit) * words;
      const d = digitsBase + Math.min(p.digits, digitsLimit) * words;
      const n = numberRunBase + Math.min(p.numberRun, numberRunLimit) * words;
      const t = tokenRunBase + Math.min(p.tokenRun, tokenRunLimit) * words;
      const h = hexRunBase + Math.min(p.hexRun, hexRunLimit) * words;
      const u = upperBase + Math.min(p.upper, upperLimit) * words;
      const a = lettersBase + Math.min(p.letters, lettersLimit) * words;
      for (let w = 0; w < words; w++) {
        met[w] =
          (rows[m0 + w]! | rows[m1 + w]! | rows[m2 + w]! | rows[m3 + w]!) &
          rows[l + w]! & rows[d + w]! & rows[n + w]! & rows[t + w]! & rows[h + w]! & rows[u + w]! & rows[a + w]!;
      }
      for (let k = 0; k < wide.length; k++) {
        const i = wide[k]!;
        if (!meets(p, requirements[i]!)) met[i >> 5]! &= ~(1 << (i & 31));
      }
    },
  };
}

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

/**
 * The value in lower case (computed once per value). Given the value's profile, a value without
 * upper-case or non-ASCII characters is returned as is: `toLowerCase` would allocate an equal copy.
 */
export function lowerCaseOf(value: string, profile?: ValueProfile): string {
  remember(value);
  return (memoLower ??= profile !== undefined && profile.upper === 0 && (profile.markers & NON_ASCII_BIT) === 0 ? value : value.toLowerCase());
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
  // Loops, not `needles.some(...)`: its callback would be a new closure per value.
  return (value) => includesAny(value, needles);
}

function includesAny(value: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (value.includes(needle)) return true;
  return false;
}

/** True when the value contains any of the given substrings, ignoring case (the profile, when given, spares a lower-case copy). */
export function containsAnyIgnoreCase(...needles: string[]): (value: string, profile?: ValueProfile) => boolean {
  const lower = needles.map((n) => n.toLowerCase());
  return (value: string, profile?: ValueProfile) => includesAny(lowerCaseOf(value, profile), lower);
}

/** True when the value has at least `n` characters. */
export function minLength(n: number): (value: string) => boolean {
  return (value) => value.length >= n;
}

/** Combines triggers: all must hold. */
export function allOf(...triggers: ((value: string) => boolean)[]): (value: string) => boolean {
  return (value) => {
    for (const t of triggers) if (!t(value)) return false;
    return true;
  };
}
