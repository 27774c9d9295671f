import { describe, expect, it } from 'vitest';
import { loadCompromise, pieceStarts } from '../../src/recognizer/compromise.js';

const nlp = loadCompromise();

describe('loadCompromise', () => {
  // compromise reports offsets in UTF-16 code units; each term must slice back to itself.
  it.each([
    ['plain', 'Ada Lovelace met Charles Babbage in London.', 'Lovelace', 4],
    ['leading whitespace', '   \t Ada Lovelace', 'Lovelace', 9],
    ['astral characters before', '😀😀 Ada Lovelace 𝒜 in London', 'Lovelace', 9],
    ['combining marks', 'Jose\u0301 Garci\u0301a lives in Zu\u0308rich', 'lives', 14],
    ['CRLF and tabs', 'Name:\r\n\tAda Lovelace\r\nCity:\tLondon', 'Lovelace', 12],
    ['BOM', '\uFEFFAda Lovelace', 'Lovelace', 5],
  ])('term offsets are UTF-16 and slice back to the term: %s', (_name, text, word, start) => {
    const doc = nlp.parse(text);
    for (const t of doc.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.terms.find((t) => t.text === word)?.start).toBe(start);
  });

  it('reports people, places and organizations as term ranges', () => {
    const text = '😀 Ada Lovelace visited Paris and Microsoft.';
    const doc = nlp.parse(text);
    const found = doc.matches.map((m) => [m.entity, text.slice(doc.terms[m.first]!.start, doc.terms[m.last]!.end)]);
    expect(found).toEqual(expect.arrayContaining([['PERSON', 'Ada Lovelace'], ['LOCATION', 'Paris'], ['ORGANIZATION', 'Microsoft']]));
  });

  it('numbers sentences and positions within them', () => {
    const doc = nlp.parse('Ada wrote. Then Charles replied.');
    const then = doc.terms.find((t) => t.text === 'Then')!;
    expect(then.sentence).toBe(1);
    expect(then.position).toBe(0);
  });

  it('looks words up in the lexicon', () => {
    expect(nlp.lexiconTag('then')).toBe('Adverb');
    expect(nlp.lexiconTag('zorblattqx')).toBeUndefined();
    expect(nlp.lexiconTag('constructor')).toBeUndefined();
  });
});

describe('pieceStarts', () => {
  it.each([
    ['short text: one piece', 'Ada Lovelace', 10_000, [0]],
    ['cuts after a line break', 'aaaa aaaa\nbbbb bbbb', 12, [0, 10]],
    ['cuts after a sentence end', 'aaaaaaa. bbbbbbbbbbb', 12, [0, 9]],
    ['cuts after a space', 'aaaaaaa bbbbbbbbbbbb', 12, [0, 8]],
    ['hard cut, never inside a surrogate pair', '😀😀😀😀😀😀😀😀', 5, [0, 4, 8, 12]],
  ])('%s', (_name, text, max, expected) => {
    expect(pieceStarts(text, max)).toEqual(expected);
  });
});
