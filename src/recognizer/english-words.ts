/**
 * English words from the Hunspell en_US dictionary of SCOWL (size 60), shipped in the npm package
 * `dictionary-en` (MIT AND BSD): its lower-case entries are ordinary words ("photo", "night"),
 * its capitalized entries proper nouns ("Cheney", "Yahoo"). Each entry is expanded by its affix
 * flags ("photo/SGMD" -> photos, photoing, photo's, photoed), so inflected forms are known too.
 * compromise's own lexicon is small (~14k words) and guesses the rest, so an unknown capitalized
 * word is often an ordinary noun written in title case; this tells the two apart.
 * Loaded once per thread: ~40 ms from the file `npm run build` writes (see prebuilt-data.ts),
 * ~0.1-0.2 s when a thread expands the dictionary itself; ~15 MB of sets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readPrebuilt, writePrebuilt, type PrebuiltData } from './prebuilt-data.js';

/** What the dictionary knows of words (lower-case lookups). */
export interface EnglishWords {
  /** Whether a lower-case word is an ordinary English word (or an inflection of one). */
  isCommon(word: string): boolean;
  /** Whether a lower-case word is a proper noun of the dictionary (a name, place, brand...). */
  isProper(word: string): boolean;
}

interface Affix {
  readonly prefix: boolean;
  /** Whether the rule combines with affixes of the other side ("re" + "source" + "s"). */
  readonly cross: boolean;
  readonly strip: string;
  readonly add: string;
  readonly condition: RegExp;
}

/** Affix rules by flag, from `PFX` / `SFX` lines (`SFX S y ies [^aeiou]y`). */
function parseAffixes(aff: string): Map<string, Affix[]> {
  const rules = new Map<string, Affix[]>();
  const cross = new Map<string, boolean>();
  for (const line of aff.split('\n')) {
    const p = line.trim().split(/\s+/u);
    if (p[0] !== 'SFX' && p[0] !== 'PFX') continue;
    // Header lines ("SFX S Y 4") have four fields and say whether the flag's rules cross; rule lines have five or more.
    if (p.length === 4) cross.set(p[1]!, p[2] === 'Y');
    if (p.length < 5) continue;
    const prefix = p[0] === 'PFX';
    const list = rules.get(p[1]!) ?? [];
    rules.set(p[1]!, list);
    const add = p[3]!.split('/')[0]!;
    list.push({ prefix, cross: cross.get(p[1]!) ?? false, strip: p[2] === '0' ? '' : p[2]!, add: add === '0' ? '' : add, condition: new RegExp(prefix ? `^${p[4]}` : `${p[4]}$`, 'u') });
  }
  return rules;
}

/** The two word sets behind `EnglishWords` (lower case). */
export interface WordSets {
  readonly common: Set<string>;
  readonly proper: Set<string>;
}

function wordsOf({ common, proper }: WordSets): EnglishWords {
  return { isCommon: (w) => common.has(w), isProper: (w) => proper.has(w) };
}

/**
 * Builds the word sets from a Hunspell `.aff` and `.dic` text (exported for tests with small data).
 * Flags are single characters (the dictionary's default `FLAG` format).
 */
export function buildEnglishWords(aff: string, dic: string): EnglishWords {
  return wordsOf(expandDictionary(aff, dic));
}

function expandDictionary(aff: string, dic: string): WordSets {
  const rules = parseAffixes(aff);
  const common = new Set<string>();
  const proper = new Set<string>();
  const suffixed: string[] = [];
  // The first line of a .dic file is the entry count. A hand-rolled loop: this runs once per worker over ~50k lines.
  for (let at = dic.indexOf('\n') + 1; at > 0 && at < dic.length; ) {
    let end = dic.indexOf('\n', at);
    if (end < 0) end = dic.length;
    const line = dic.slice(at, end);
    at = end + 1;
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (word.length === 0) continue;
    const c = word.charCodeAt(0);
    const set = (c >= 0x41 && c <= 0x5a) || (c > 0x7f && /^\p{Lu}/u.test(word)) ? proper : common;
    set.add(word.toLowerCase());
    if (slash < 0) continue;
    const flags = line.slice(slash + 1).trim();
    suffixed.length = 0;
    for (const flag of flags) {
      for (const r of rules.get(flag) ?? []) {
        if (r.prefix || !r.condition.test(word)) continue;
        const form = word.slice(0, word.length - r.strip.length) + r.add;
        set.add(form.toLowerCase());
        if (r.cross) suffixed.push(form);
      }
    }
    for (const flag of flags) {
      for (const r of rules.get(flag) ?? []) {
        if (!r.prefix || !r.condition.test(word)) continue;
        set.add((r.add + word.slice(r.strip.length)).toLowerCase());
        if (r.cross) for (const form of suffixed) set.add((r.add + form.slice(r.strip.length)).toLowerCase());
      }
    }
  }
  return { common, proper };
}

/** The prebuilt word sets; bump `format` whenever the expansion changes. */
export const ENGLISH_WORDS_DATA: PrebuiltData = { file: 'english-words.txt', format: 1, packages: ['dictionary-en'] };

/** The sets expanded from the packaged dictionary: what the build writes, and what a thread builds when the file is missing or stale. */
export function packagedWordSets(): WordSets {
  // The package exports only an ESM entry with top-level await; its data files sit beside it.
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  return expandDictionary(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8'));
}

// The file holds the common words, one per line, an empty line, then the proper nouns (no word is empty).
function serialize({ common, proper }: WordSets): string {
  return `${[...common].join('\n')}\n\n${[...proper].join('\n')}\n`;
}

function parse(text: string): WordSets | undefined {
  const cut = text.indexOf('\n\n');
  if (cut < 0 || !text.endsWith('\n')) return undefined;
  const lines = (part: string) => new Set(part === '' ? [] : part.split('\n'));
  return { common: lines(text.slice(0, cut)), proper: lines(text.slice(cut + 2, -1)) };
}

/** Writes the prebuilt file (part of `npm run build`; other sets and path for tests). */
export function writeEnglishWordsData(sets = packagedWordSets(), path?: string): void {
  writePrebuilt(ENGLISH_WORDS_DATA, serialize(sets), path);
}

/** The sets of the prebuilt file at `path`, if it is current and whole. */
export function readEnglishWordsData(path?: string): WordSets | undefined {
  const text = readPrebuilt(ENGLISH_WORDS_DATA, path);
  return text === undefined ? undefined : parse(text);
}

let loaded: EnglishWords | undefined;

/** The dictionary of this thread, loaded on first use. */
export function loadEnglishWords(): EnglishWords {
  return (loaded ??= wordsOf(readEnglishWordsData() ?? packagedWordSets()));
}
