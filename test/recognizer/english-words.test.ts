import { describe, expect, it } from 'vitest';
import { buildEnglishWords, loadEnglishWords } from '../../src/recognizer/english-words.js';

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
