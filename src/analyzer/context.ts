/**
 * Context scoring (Presidio's LemmaContextAwareEnhancer, plus field names): a recognizer's context
 * word near a match, in the field name or in the caller's context words raises the score.
 */

/** Score added by context (Presidio's context_similarity_factor). */
export const CONTEXT_BOOST = 0.35;
/** Minimum score of a match that has context (Presidio's min_score_with_context_similarity). */
export const CONTEXT_FLOOR = 0.4;
/** Words before a match that count as its context (Presidio's context_prefix_count). */
export const WORDS_BEFORE = 5;
/** Words after a match that count: tables and forms often put the label after the value. */
export const WORDS_AFTER = 2;
/** Characters scanned on each side; enough for the word counts above in ordinary text. */
const WINDOW_CHARS = 80;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits a field name or free text into lower-case words: `customerEmail` -> `customer email`,
 * `messages[*].content` -> `messages content`, `SSN_last4` -> `ssn last4`.
 */
export function contextWords(text: string): string[] {
  const spaced = text.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2');
  return spaced.toLowerCase().match(WORD) ?? [];
}

/** A recognizer's context list prepared for matching: each entry as a space-padded word sequence. */
export type ContextMatcher = (haystack: string) => boolean;

/**
 * Compiles context words (`phone`, `social security`) into a matcher over a space-padded word
 * string. A word matches whole, or with a plural `s`.
 */
export function compileContext(words: readonly string[]): ContextMatcher {
  const phrases = [...new Set(words.map((w) => contextWords(w).join(' ')).filter((w) => w.length > 0))];
  const needles = phrases.flatMap((p) => [` ${p} `, ` ${p}s `]);
  return (haystack) => needles.some((needle) => haystack.includes(needle));
}

/** The words of a value with their offsets, computed once per value and only when context is needed. */
export interface ValueWords {
  readonly words: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Splits a value into lower-case words with their offsets (camelCase is split too, as in field names). */
export function valueWords(value: string): ValueWords {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Most text is ASCII without camelCase words: lower-cased once, whole, and sliced. Elsewhere each
  // word is split and lower-cased on its own (case mapping can change lengths and depend on context).
  if (ASCII_ONLY.test(value) && !CAMEL_BOUNDARY.test(value)) {
    const lower = value.toLowerCase();
    // In ASCII, WORD's letters and digits are exactly [A-Za-z0-9]: a scan of char codes finds the
    // same words without the match array `matchAll` allocates per word.
    for (let i = 0; i < value.length; ) {
      if (!isAsciiAlnum(value.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < value.length && isAsciiAlnum(value.charCodeAt(i))) i++;
      words.push(lower.slice(start, i));
      starts.push(start);
      ends.push(i);
    }
    return { words, starts, ends };
  }
  for (const m of value.matchAll(WORD)) {
    for (const part of splitCamel(m[0], m.index)) {
      words.push(part.word);
      starts.push(part.start);
      ends.push(part.end);
    }
  }
  return { words, starts, ends };
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

const CAMEL_BOUNDARY = /\p{Ll}\p{Lu}/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

const CAMEL = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+|[\p{L}\p{N}]+/gu;

/** A token's words with their offsets in the value (lower-casing may change a word's length: `İ`). */
function splitCamel(token: string, offset: number): { word: string; start: number; end: number }[] {
  if (!CAMEL_BOUNDARY.test(token)) return [{ word: token.toLowerCase(), start: offset, end: offset + token.length }];
  return [...token.matchAll(CAMEL)].map((m) => ({ word: m[0].toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** The words around a match (up to 5 before, 2 after, within 80 characters), space-padded for `ContextMatcher`. */
export function wordsAround(value: ValueWords, start: number, end: number): string {
  const { words, starts, ends } = value;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const picked: string[] = [];
  for (let i = Math.max(0, lo - WORDS_BEFORE); i < lo; i++) if (starts[i]! >= start - WINDOW_CHARS) picked.push(words[i]!);
  let j = lo;
  while (j < words.length && starts[j]! < end) j++;
  for (let k = j; k < Math.min(words.length, j + WORDS_AFTER); k++) if (ends[k]! <= end + WINDOW_CHARS) picked.push(words[k]!);
  return ` ${picked.join(' ')} `;
}

/** Applies the context boost: +0.35, at least 0.4, at most 1. */
export function boostScore(score: number): number {
  return Math.min(1, Math.max(score + CONTEXT_BOOST, CONTEXT_FLOOR));
}
