/**
 * The gate in front of NLP name detection: decides from words alone whether a value can hold a
 * name at all, so compromise (~0.05-0.1 MB/s) runs only where it can matter. A value passes when
 * it has a capitalized word beyond a sentence start (not the pronoun "I"), a capitalized word at a
 * sentence start that the lexicon does not know as a common word ("Paris is...", "Okafor said"),
 * or a lower-case word the lexicon knows as a name ("tell obama"). Every rule of the `nlp-entities`
 * recognizer needs one of these, so the gate changes no result, only the work done.
 */
import type { Nlp } from './compromise.js';

/** Words: letters and marks, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
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
  if (c >= 0x30 && c <= 0x39) return true;
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
  // Lower-case words the lexicon knows as names ("obama", "paris"): one Set lookup per word.
  const nameWords = nlp.lexiconWords(options.isNameTag);
  const common = (word: string) => {
    const tag = nlp.lexiconTag(word.toLowerCase());
    return tag !== undefined && !options.isNameTag(tag);
  };
  return (value) => {
    if (value.length < minLength) return false;
    const upper = HAS_UPPER.test(value);
    for (const m of value.matchAll(WORD)) {
      const word = m[0];
      // Words glued to digits or inside identifiers ("DE26", "arjun.castillo27@x.com", "a/b_c") are codes, not names.
      if (glued(value, m.index - 1, true) || glued(value, m.index + word.length, false)) continue;
      if (upper && UPPER_START.test(word)) {
        // A lone capital ("T" in 2024-05-12T10:00Z, an initial) is no name by itself: names need two letters.
        if (word.length < 2 || PRONOUN_I.test(word)) continue;
        if (!opensSentence(value, m.index) || !common(word.replace(/['’]s$/u, ''))) return true;
      } else if (nameWords.has(upper ? word.toLowerCase() : word)) {
        return true;
      }
    }
    return false;
  };
}
