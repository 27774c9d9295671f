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
  return (haystack) => phrases.some((p) => haystack.includes(` ${p} `) || haystack.includes(` ${p}s `));
}

/** The words around a match, as a space-padded string for `ContextMatcher`. */
export function wordsAround(value: string, start: number, end: number): string {
  const before = contextWords(value.slice(Math.max(0, start - WINDOW_CHARS), start)).slice(-WORDS_BEFORE);
  const after = contextWords(value.slice(end, end + WINDOW_CHARS)).slice(0, WORDS_AFTER);
  return ` ${[...before, ...after].join(' ')} `;
}

/** Applies the context boost: +0.35, at least 0.4, at most 1. */
export function boostScore(score: number): number {
  return Math.min(1, Math.max(score + CONTEXT_BOOST, CONTEXT_FLOOR));
}
