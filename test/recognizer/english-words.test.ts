import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnglishWords, ENGLISH_WORDS_DATA, loadEnglishWords, packagedWordSets, readEnglishWordsData, writeEnglishWordsData } from '../../src/recognizer/english-words.js';
import { prebuiltPath } from '../../src/recognizer/prebuilt-data.js';

// A tiny Hunspell pair in the format of the packaged dictionary.
const AFF = [
  'SET UTF-8',
  'PFX A Y 1',
  'PFX A   0     re         .',
  'SFX S Y 4',
  'SFX S   y     ies        [^aeiou]y',
  'SFX S   0     s          [aeiou]y',
  'SFX S   0     es         [sxzh]',
  'SFX S   0     s          [^sxzhy]',
  'SFX G N 2',
  'SFX G   e     ing        e',
  'SFX G   0     ing        [^e]',
  'SFX M Y 1',
  'SFX M   0     \'s         .',
].join('\n');
const DIC = ['5', 'lantern/SM', 'pony/S', 'source/ASG', 'Quorra/M', 'Hazel/M', 'hazel/S'].join('\n');

describe('english words', () => {
  const words = buildEnglishWords(AFF, DIC);

  it.each([
    ['lantern', true], ['lanterns', true], ["lantern's", true], ['ponies', true], ['ponys', false],
    ['source', true], ['sourcing', true], ['resource', true], ['resources', true],
    // G does not cross with prefixes: "re" + "sourcing" is not generated.
    ['resourcing', false], ['hazel', true], ['quorra', false], ['lanter', false],
  ])('%s is a common word: %s', (word, expected) => {
    expect(words.isCommon(word)).toBe(expected);
  });

  it.each([
    ['quorra', true], ["quorra's", true], ['hazel', true], ['lantern', false],
  ])('%s is a proper noun: %s', (word, expected) => {
    expect(words.isProper(word)).toBe(expected);
  });

  it('loads the packaged en_US dictionary: inflected common words and proper nouns', () => {
    const en = loadEnglishWords();
    for (const w of ['night', 'nights', 'gadgets', 'resources', 'running']) expect(en.isCommon(w), w).toBe(true);
    for (const w of ['cheney', 'tarzan']) expect(en.isProper(w), w).toBe(true);
    for (const w of ['kallaste', 'ostrowski']) expect(en.isCommon(w) || en.isProper(w), w).toBe(false);
  });
});

describe('english words data file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pii-scan-english-words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<[string, { common: string[]; proper: string[] }]>([
    ['both sets', { common: ['night', "photo's"], proper: ['cheney'] }],
    ['no proper nouns', { common: ['night'], proper: [] }],
    ['no common words', { common: [], proper: ['cheney'] }],
  ])('reads back exactly what it wrote: %s', (_name, words) => {
    const path = join(dir, 'round-trip.txt');
    const sets = { common: new Set(words.common), proper: new Set(words.proper) };
    writeEnglishWordsData(sets, path);
    expect(readEnglishWordsData(path)).toEqual(sets);
  });

  it.each<[string, (text: string) => string]>([
    ['another format version', (text) => text.replace(/^pii-scan-english-words\t\d+/, 'pii-scan-english-words\t0')],
    ['another package version', (text) => text.replace(/dictionary-en@[^\n]+/, 'dictionary-en@0.0.1')],
    ['no separator between the sets', (text) => text.replace('\n\n', '\n')],
    ['a cut-off last line', (text) => text.slice(0, -1)],
    ['an empty file', () => ''],
  ])('ignores a file with %s', (_name, damage) => {
    const path = join(dir, 'damaged.txt');
    writeEnglishWordsData({ common: new Set(['night']), proper: new Set(['cheney']) }, path);
    writeFileSync(path, damage(readFileSync(path, 'utf8')));
    expect(readEnglishWordsData(path)).toBeUndefined();
  });

  it('names the source package and its version', () => {
    expect(readFileSync(prebuiltPath(ENGLISH_WORDS_DATA), 'utf8').split('\n', 1)[0]).toMatch(/^pii-scan-english-words\t\d+\tdictionary-en@\d+\.\d+\.\d+$/);
  });

  // `npm test` builds first. A difference means the expansion changed without a format bump.
  it('the file `npm run build` wrote is current and equals a fresh expansion of the dictionary', () => {
    const prebuilt = readEnglishWordsData();
    expect(prebuilt, `${prebuiltPath(ENGLISH_WORDS_DATA)} is missing or stale: run npm run build`).toBeDefined();
    expect(prebuilt).toEqual(packagedWordSets());
  }, 60_000);
});
