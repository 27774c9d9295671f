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
 * rather than allocating a profile per value. Runs of lower-case letters and spaces (most of any
 * text) take a short path; everything else goes through the class table.
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
        if (c <= 102) {
          if (++hex > hexRun) hexRun = hex;
        } else {
          hex = 0;
        }
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

/** Feature values up to this are looked up directly; a bound above it costs a short walk for the (rare) values above it. */
const DIRECT_BOUNDS = 256;

/** For one profile feature: per value of the feature, the bit set of the requirements whose minimum it reaches. */
interface BoundTable {
  /** The distinct minimums above 0, ascending. */
  readonly bounds: Int32Array;
  /** The largest value `rank` holds: the largest bound, or `DIRECT_BOUNDS`. */
  readonly limit: number;
  /** Per value up to `limit`: how many bounds it reaches. */
  readonly rank: Int32Array;
  /** Per rank, `words` words: the requirements whose minimum is at most the bound of that rank (rank 0: minimum 0). */
  readonly sets: Int32Array;
}

/** Larger than any feature value (a string's length): the bound of a minimum never reached. */
const NEVER = 0x7fffffff;

/** A minimum as the least integer bound of the same meaning (`length >= 1.5` is `length >= 2`; NaN is never met). */
function integerBound(minimum: number): number {
  if (minimum <= 0) return 0;
  return minimum < NEVER ? Math.ceil(minimum) : NEVER;
}

function boundTable(requirementMinimums: readonly number[], words: number): BoundTable {
  const minimums = requirementMinimums.map(integerBound);
  const bounds = Int32Array.from(new Set(minimums.filter((m) => m > 0))).sort();
  const limit = Math.min(bounds.length > 0 ? bounds[bounds.length - 1]! : 0, DIRECT_BOUNDS);
  const rank = new Int32Array(limit + 1);
  for (let v = 0, r = 0; v <= limit; v++) {
    while (r < bounds.length && bounds[r]! <= v) r++;
    rank[v] = r;
  }
  const sets = new Int32Array((bounds.length + 1) * words);
  minimums.forEach((m, i) => {
    // A minimum of rank r (the values reaching it have rank r or more) is in the sets of ranks r and above.
    for (let r = m > 0 ? bounds.indexOf(m) + 1 : 0; r <= bounds.length; r++) sets[r * words + (i >> 5)]! |= 1 << (i & 31);
  });
  return { bounds, limit, rank, sets };
}

/** Where in `t.sets` the set of feature value `v` starts. */
function setAt(t: BoundTable, v: number, words: number): number {
  let r = t.rank[v < t.limit ? v : t.limit]!;
  while (r < t.bounds.length && t.bounds[r]! <= v) r++;
  return r * words;
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
  const length = boundTable(requirements.map((r) => r.minLength), words);
  const digits = boundTable(requirements.map((r) => r.minDigits), words);
  const numberRun = boundTable(requirements.map((r) => r.minNumberRun), words);
  const tokenRun = boundTable(requirements.map((r) => r.minTokenRun), words);
  const hexRun = boundTable(requirements.map((r) => r.minHexRun), words);
  const upper = boundTable(requirements.map((r) => r.minUpper), words);
  const letters = boundTable(requirements.map((r) => r.minLetters), words);
  // Markers: the requirements without `anyOf`, and per marker bit the requirements it satisfies.
  const anyMarker = new Int32Array(words);
  const byMarker = new Int32Array(32 * words);
  let usedMarkers = 0;
  requirements.forEach((r, i) => {
    const bit = 1 << (i & 31);
    if (r.anyMask === 0) anyMarker[i >> 5]! |= bit;
    for (let b = 0; b < 32; b++) if (r.anyMask & (1 << b)) byMarker[b * words + (i >> 5)]! |= bit;
    usedMarkers |= r.anyMask;
  });
  const markerSet = new Int32Array(words);
  return {
    words,
    metBy(p, met) {
      // A word loop, not `markerSet.set(anyMarker)`: the builtin's call costs more than copying a few words.
      for (let w = 0; w < words; w++) markerSet[w] = anyMarker[w]!;
      for (let m = p.markers & usedMarkers; m !== 0; m &= m - 1) {
        const at = (31 - Math.clz32(m & -m)) * words;
        for (let w = 0; w < words; w++) markerSet[w]! |= byMarker[at + w]!;
      }
      const l = setAt(length, p.length, words);
      const d = setAt(digits, p.digits, words);
      const n = setAt(numberRun, p.numberRun, words);
      const t = setAt(tokenRun, p.tokenRun, words);
      const h = setAt(hexRun, p.hexRun, words);
      const u = setAt(upper, p.upper, words);
      const a = setAt(letters, p.letters, words);
      for (let w = 0; w < words; w++) {
        met[w] = markerSet[w]! & length.sets[l + w]! & digits.sets[d + w]! & numberRun.sets[n + w]! & tokenRun.sets[t + w]! & hexRun.sets[h + w]! & upper.sets[u + w]! & letters.sets[a + w]!;
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
