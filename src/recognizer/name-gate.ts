/**
 * The gate in front of NLP name detection: decides from words alone whether a value can hold a
 * name at all, so compromise (~0.05-0.1 MB/s) runs only where it can matter. A value passes when
 * it has a capitalized word beyond a sentence start (not the pronoun "I"), a capitalized word at a
 * sentence start that the lexicon does not know as a common word ("Paris is...", "Okafor said"),
 * or a lower-case word the lexicon knows as a name ("tell obama"). Every rule of the `nlp-entities`
 * recognizer needs one of these, so the gate changes no result, only the work done.
 */
import { AsciiWordSet, wordHashStep } from './ascii-words.js';
import { isAsciiDigit, isAsciiLetter } from './ascii.js';
import type { Nlp } from './compromise.js';

// Words are letters and marks, with inner apostrophes and hyphens: /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/u.
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** UTF-16 units of the letter or mark at `i` (0 when none): ASCII by char code, the rest by regex. */
function letterSize(value: string, i: number): number {
  const c = value.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = value.codePointAt(i)!;
  const size = cp > 0xffff ? 2 : 1;
  return LETTER_OR_MARK.test(value.slice(i, i + size)) ? size : 0;
}

/** An apostrophe or hyphen, which joins two words into one ("O'Neil", "Jean-Luc"). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d;
}
const UPPER_START = /^\p{Lu}/u;
// The pronoun I and its contractions, capitalized in any position.
const PRONOUN_I = /^I(?:['’](?:m|d|ll|ve))?$/u;
// What may stand between a sentence end and the next word: spaces, quotes, brackets, list marks.
const OPENERS = /[\s"'“‘«(\[*>-]/u;
/**
 * Whether the character at `i` glues the word next to it into an identifier, a code or an
 * address: a digit, `@` `/` `_` `\\` `=`, or a period between two non-spaces. A handle mark
 * before a word ("@Acme") does not.
 */
function glued(value: string, i: number, before: boolean): boolean {
  if (i < 0 || i >= value.length) return false;
  const c = value.charCodeAt(i);
  if (isAsciiDigit(c)) return true;
  if (c === 0x40) return !before; // @
  if (c === 0x2f || c === 0x5f || c === 0x5c || c === 0x3d) return true; // / _ \ =
  if (c === 0x2e) return i > 0 && i + 1 < value.length && !isSpace(value.charCodeAt(i - 1)) && !isSpace(value.charCodeAt(i + 1));
  // Other scripts' digits (Arabic-Indic, fullwidth...) glue too.
  return c > 0x7f && /\p{N}/u.test(value[i]!);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
}

/** Whether the word starting at `at` opens a sentence (value start, or after `.`, `!`, `?`, `:` or a line break). */
function opensSentence(value: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && OPENERS.test(value[k]!) && value[k] !== '\n') k--;
  return k < 0 || /[.!?:\n]/u.test(value[k]!);
}

/** Options of the gate. */
export interface NameGateOptions {
  /** Whether a lexicon tag marks a name (`FirstName`, `City`, `Organization`...). */
  readonly isNameTag: (tag: string) => boolean;
  /** Values shorter than this cannot hold a name. @default 2 */
  readonly minLength?: number;
}

/**
 * Creates the gate over compromise's lexicon.
 *
 * @example
 * const gate = createNameGate(nlp, { isNameTag: (t) => t === 'FirstName' });
 * gate('the box was damaged') // false
 * gate('ask Olivia') // true
 */
export function createNameGate(nlp: Nlp, options: NameGateOptions): (value: string) => boolean {
  const minLength = options.minLength ?? 2;
  // Lower-case words the lexicon knows as names ("obama", "paris").
  const nameWords = nlp.lexiconWords(options.isNameTag);
  let maxNameLength = 0;
  for (const w of nameWords) maxNameLength = Math.max(maxNameLength, w.length);
  const common = (word: string) => {
    const tag = nlp.lexiconTag(word.toLowerCase());
    return tag !== undefined && !options.isNameTag(tag);
  };
  // The same words, looked up by a range of the value as it is scanned: no slice and no string hash per word.
  const asciiNames = new AsciiWordSet(nameWords);
  return (value) => {
    const n = value.length;
    if (n < minLength) return false;
    // A hand-rolled scan of WORD (no match objects: this runs on every value of every text field).
    for (let i = 0; i < n; ) {
      let c = value.charCodeAt(i);
      const size = c < 0x80 ? (isAsciiLetter(c) ? 1 : 0) : letterSize(value, i);
      if (size === 0) {
        i++;
        continue;
      }
      const start = i;
      // While the word stays ASCII, its lower-cased hash for `asciiNames`.
      let ascii = c < 0x80;
      let hash = wordHashStep(0, c | 0x20);
      for (i += size; i < n; ) {
        c = value.charCodeAt(i);
        if (c < 0x80) {
          if (isAsciiLetter(c) || isJoiner(c) && letterSize(value, i + 1) > 0) {
            hash = wordHashStep(hash, c | 0x20);
            i++;
            continue;
          }
          break;
        }
        const more = isJoiner(c) ? (letterSize(value, i + 1) > 0 ? 1 : 0) : letterSize(value, i);
        if (more === 0) break;
        ascii = false;
        i += more;
      }
      // Words glued to digits or inside identifiers ("DE26", "arjun.castillo27@x.com", "a/b_c") are codes, not names.
      if (glued(value, start - 1, true) || glued(value, i, false)) continue;
      c = value.charCodeAt(start);
      if (c >= 0x41 && c <= 0x5a || c > 0x7f && UPPER_START.test(value.slice(start, start + size))) {
        const word = value.slice(start, i);
        // A lone capital ("T" in 2024-05-12T10:00Z, an initial) is no name by itself: names need two letters.
        if (word.length < 2 || PRONOUN_I.test(word)) continue;
        if (!opensSentence(value, start) || !common(word.replace(/['’]s$/u, ''))) return true;
      } else if (i - start >= 2 && i - start <= maxNameLength) {
        // A word beyond ASCII (rare) is sliced and looked up as a string.
        if (ascii ? asciiNames.has(value, start, i, hash) : nameWords.has(value.slice(start, i).toLowerCase())) return true;
      }
    }
    return false;
  };
}
