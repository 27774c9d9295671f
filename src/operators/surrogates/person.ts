/**
 * PERSON and EMAIL_ADDRESS surrogates built from the embedded name lists. A person keeps its
 * shape: number of names, initials, honorifics and suffixes, `Last, First` order, letter case;
 * the locale and gender follow the original first name when it is in the lists. No name part of
 * the original is reused.
 */
import type { KeyedRandom } from '../random.js';
import { asciiName, FIRST_NAME_INDEX, LAST_NAME_INDEX, NAME_LOCALES, type NameLocale } from './names.js';

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|dame|herr|frau|mme|mlle|sr|sra|srta)\.?$/i;
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/i;
const INITIAL = /^\p{L}\.?$/u;
const LETTER = /\p{L}/u;

function caseLike(sample: string, name: string): string {
  const letters = sample.replace(/\P{L}+/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return name.toUpperCase();
  if (letters.length > 0 && letters === letters.toLowerCase() && letters !== letters.toUpperCase()) return name.toLowerCase();
  return name;
}

/** Splits a word into leading punctuation, core, trailing punctuation (`"Smith,"` -> `['', 'Smith', ',']`). */
function splitWord(word: string): [string, string, string] {
  const chars = Array.from(word);
  let a = 0;
  let b = chars.length;
  while (a < b && !LETTER.test(chars[a]!)) a++;
  while (b > a && !LETTER.test(chars[b - 1]!) && chars[b - 1] !== '.') b--;
  return [chars.slice(0, a).join(''), chars.slice(a, b).join(''), chars.slice(b).join('')];
}

function pickDifferent(rng: KeyedRandom, names: readonly string[], avoid: string): string {
  for (;;) {
    const n = rng.pick(names);
    if (n.toLowerCase() !== avoid.toLowerCase()) return n;
  }
}

/** A realistic name of the same shape. Undefined when `value` has no letters. */
export function personSurrogate(value: string, rng: KeyedRandom): string | undefined {
  const parts = value.split(/(\s+)/);
  const words: { index: number; pre: string; core: string; post: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const [pre, core, post] = splitWord(parts[i]!);
    if (core !== '' && !HONORIFIC.test(core) && !SUFFIX.test(core)) words.push({ index: i, pre, core, post });
  }
  if (words.length === 0) return undefined;
  const inverted = words.length >= 2 && words[0]!.post.startsWith(',');
  // A lone word is a first name unless it is only known as a surname.
  const lone = words.length === 1 ? words[0]!.core.toLowerCase() : undefined;
  const loneSurname = lone !== undefined && LAST_NAME_INDEX.has(lone) && !FIRST_NAME_INDEX.has(lone);
  const lastIndex = words.length === 1 ? (loneSurname ? 0 : -1) : inverted ? 0 : words.length - 1;

  const firstWord = words.find((w, i) => i !== lastIndex && !INITIAL.test(w.core));
  const known = firstWord === undefined ? undefined : FIRST_NAME_INDEX.get(firstWord.core.toLowerCase());
  const lastKnown = lastIndex >= 0 ? LAST_NAME_INDEX.get(words[lastIndex]!.core.toLowerCase()) : undefined;
  const locale: NameLocale = known?.locale ?? lastKnown ?? rng.pick(NAME_LOCALES);
  const female = known?.female ?? rng.int(2) === 0;

  const out = parts.slice();
  words.forEach((w, i) => {
    let name: string;
    if (INITIAL.test(w.core)) {
      const original = w.core.charAt(0).toUpperCase();
      let letter = original;
      while (letter === original) letter = String.fromCharCode(65 + rng.int(26));
      name = caseLike(w.core, w.core.endsWith('.') ? `${letter}.` : letter);
    } else if (i === lastIndex) {
      name = caseLike(w.core, pickDifferent(rng, locale.last, w.core));
    } else {
      name = caseLike(w.core, pickDifferent(rng, female ? locale.female : locale.male, w.core));
    }
    out[w.index] = w.pre + name + w.post;
  });
  return out.join('');
}

const DOMAINS = ['example.com', 'example.org', 'example.net'];

/**
 * A name-like email at a reserved example domain. The local part keeps the original's separator
 * (`.`, `_`, `-` or none) and trailing digit count (up to 4).
 */
export function emailSurrogate(value: string, rng: KeyedRandom): string | undefined {
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = value.slice(0, at);
  const sep = local.includes('.') ? '.' : local.includes('_') ? '_' : local.includes('-') ? '-' : '';
  const trailing = /\d{1,4}$/.exec(local)?.[0].length ?? 0;
  const locale = rng.pick(NAME_LOCALES);
  const first = asciiName(rng.pick(rng.int(2) === 0 ? locale.female : locale.male));
  const last = asciiName(rng.pick(locale.last));
  let name = sep === '' && rng.int(2) === 0 ? `${first[0]}${last}` : `${first}${sep}${last}`;
  for (let i = 0; i < trailing; i++) name += rng.digit();
  const out = `${name}@${rng.pick(DOMAINS)}`;
  return local === local.toUpperCase() && local !== local.toLowerCase() ? out.toUpperCase() : out;
}
