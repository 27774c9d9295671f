/**
 * A thin, typed wrapper over compromise (https://github.com/spencermountain/compromise): tokens
 * with their tags and exact UTF-16 offsets, plus compromise's own people / places /
 * organizations as token ranges. Used by the `nlp-entities` recognizer and the accuracy benchmark.
 */
import { createRequire } from 'node:module';
import type nlpFunction from 'compromise';

/** One token of the text. */
export interface NlpTerm {
  /** The token as it appears in the text (`value.slice(start, end)`). */
  readonly text: string;
  /** Half-open UTF-16 offsets into the analyzed text. */
  readonly start: number;
  readonly end: number;
  /** compromise tags: `Person`, `FirstName`, `Place`, `Organization`, `ProperNoun`, `Honorific`... */
  readonly tags: ReadonlySet<string>;
  /** Punctuation and spaces compromise attached before / after the token. */
  readonly pre: string;
  readonly post: string;
  /** Sentence number, and position in the sentence (0 = first word). */
  readonly sentence: number;
  readonly position: number;
}

/** An entity compromise found, as a range of terms (`first` and `last` inclusive indexes into `terms`). */
export interface NlpMatch {
  readonly entity: 'PERSON' | 'LOCATION' | 'ORGANIZATION';
  readonly first: number;
  readonly last: number;
}

/** A parsed text. */
export interface NlpDocument {
  readonly terms: readonly NlpTerm[];
  readonly matches: readonly NlpMatch[];
}

/** compromise, loaded: a parser and its lexicon. */
export interface Nlp {
  /** Parses a text. */
  parse(text: string): NlpDocument;
  /** The lexicon's tag of a lower-case word (`then` -> `Adverb`, `paris` -> `City`), if it knows the word. */
  lexiconTag(word: string): string | undefined;
  /** The lexicon's single words whose (first) tag passes `accept`. */
  lexiconWords(accept: (tag: string) => boolean): Set<string>;
}

interface JsonTerm { text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }
interface JsonSentence { terms: JsonTerm[] }

let nlp: typeof nlpFunction | undefined;

/**
 * Returns the compromise parser, loading the library on first use (it takes ~0.3 s and ~30 MB,
 * so importing pii-scan must not pay for it unless an NLP recognizer is created).
 */
export function loadCompromise(): Nlp {
  const lib = (nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpFunction);
  const lexicon = (lib.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return {
    parse: (text) => parseInPieces(lib, text),
    lexiconTag: (word) => {
      const tag = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
      return Array.isArray(tag) ? tag[0] : tag;
    },
    lexiconWords: (accept) => {
      const words = new Set<string>();
      for (const [word, tag] of Object.entries(lexicon)) {
        if (!word.includes(' ') && accept(Array.isArray(tag) ? tag[0]! : tag)) words.add(word);
      }
      return words;
    },
  };
}

/** Longest piece handed to compromise at once: its cost grows faster than linearly within a sentence. */
export const MAX_PIECE = 2000;

/**
 * Cuts a text into pieces of at most `max` UTF-16 units, preferring a line break, then a sentence
 * end, then a space in the second half of each piece, and never splitting a surrogate pair.
 * Returns the piece start offsets.
 */
export function pieceStarts(text: string, max = MAX_PIECE): number[] {
  const starts = [0];
  let from = 0;
  while (text.length - from > max) {
    const window = text.slice(from + (max >> 1), from + max);
    const cut = window.lastIndexOf('\n') + 1 || lastSentenceEnd(window) || window.lastIndexOf(' ') + 1;
    let at = cut > 0 ? from + (max >> 1) + cut : from + max;
    if (at < text.length && /[\uDC00-\uDFFF]/u.test(text[at]!)) at--;
    starts.push(at);
    from = at;
  }
  return starts;
}

function lastSentenceEnd(window: string): number {
  let last = 0;
  for (const m of window.matchAll(/[.!?]\s/gu)) last = m.index + m[0].length;
  return last;
}

function parseInPieces(lib: typeof nlpFunction, text: string): NlpDocument {
  if (text.length <= MAX_PIECE) return parseWith(lib, text);
  const starts = pieceStarts(text);
  const terms: NlpTerm[] = [];
  const matches: NlpMatch[] = [];
  let sentences = 0;
  starts.forEach((start, k) => {
    const doc = parseWith(lib, text.slice(start, starts[k + 1] ?? text.length));
    const base = terms.length;
    for (const t of doc.terms) terms.push({ ...t, start: t.start + start, end: t.end + start, sentence: t.sentence + sentences });
    for (const m of doc.matches) matches.push({ ...m, first: m.first + base, last: m.last + base });
    sentences += doc.terms.length > 0 ? doc.terms[doc.terms.length - 1]!.sentence + 1 : 0;
  });
  return { terms, matches };
}

function parseWith(parse: typeof nlpFunction, text: string): NlpDocument {
  {
    const doc = parse(text);
    const terms: NlpTerm[] = [];
    const byStart = new Map<number, number>();
    const sentences = doc.json({ offset: true, terms: { offset: true } }) as JsonSentence[];
    sentences.forEach((s, sentence) => {
      let position = 0;
      for (const t of s.terms) {
        const start = t.offset.start;
        const end = start + t.offset.length;
        // compromise's offsets are UTF-16 code units (checked on astral text); a token that does not
        // slice back to itself would give a wrong span, so it is left out.
        if (text.slice(start, end) !== t.text || t.text.length === 0) { position++; continue; }
        byStart.set(start, terms.length);
        terms.push({ text: t.text, start, end, tags: new Set(t.tags), pre: t.pre, post: t.post, sentence, position: position++ });
      }
    });
    const matches: NlpMatch[] = [];
    const collect = (entity: NlpMatch['entity'], found: JsonSentence[]) => {
      for (const m of found) {
        const idx = m.terms.map((t) => byStart.get(t.offset.start)).filter((i): i is number => i !== undefined);
        if (idx.length > 0) matches.push({ entity, first: Math.min(...idx), last: Math.max(...idx) });
      }
    };
    collect('PERSON', doc.people().json({ offset: true, terms: { offset: true } }) as JsonSentence[]);
    collect('LOCATION', doc.places().json({ offset: true, terms: { offset: true } }) as JsonSentence[]);
    collect('ORGANIZATION', doc.organizations().json({ offset: true, terms: { offset: true } }) as JsonSentence[]);
    return { terms, matches };
  }
}
