/**
 * Company and brand names from the npm package `@cspell/dict-companies` (MIT, ~2,300 entries,
 * maintained with cspell): one word per line ("Huawei", "FactSet", "Deloitte"). Multi-word names
 * are split into their words there, so the list also holds generic words ("Bank", "New",
 * "James"); callers keep only the words that nothing else explains (see `loadCompanyNames`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The entries of a cspell word list: one per line, `#` lines are comments. */
export function parseWordList(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('#'));
}

/**
 * The lower-case company names of at least three letters that `keep` accepts (the caller drops
 * ordinary words and personal or place names, which a split multi-word name leaves behind).
 */
export function loadCompanyNames(keep: (lower: string) => boolean): Set<string> {
  // The package exports only its cspell settings file, which names the word list beside it.
  const settings = createRequire(import.meta.url).resolve('@cspell/dict-companies/cspell-ext.json');
  const { dictionaryDefinitions } = JSON.parse(readFileSync(settings, 'utf8')) as { dictionaryDefinitions: { path: string }[] };
  const names = new Set<string>();
  for (const def of dictionaryDefinitions) {
    for (const entry of parseWordList(readFileSync(join(dirname(settings), def.path), 'utf8'))) {
      const lower = entry.toLowerCase();
      if (/^\p{L}[\p{L}\p{N}&'-]{2,}$/u.test(entry) && keep(lower)) names.add(lower);
    }
  }
  return names;
}
