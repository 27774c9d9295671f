import { describe, expect, it } from 'vitest';
import { buildGazetteer, readCities, GAZ_CITY, GAZ_COUNTRY, GAZ_FIRST, GAZ_LAST, GAZ_STREET_TYPE, loadGazetteer, wordsOf } from '../../src/recognizer/gazetteer.js';

const small = buildGazetteer([
  `${GAZ_FIRST}\tOlivia`, `${GAZ_LAST}\tOkafor`, `${GAZ_FIRST}\tParis`, `${GAZ_CITY}\tParis`,
  `${GAZ_CITY}\tNew York`, `${GAZ_CITY}\tSão Paulo`, `${GAZ_CITY}\tSt. Louis`, `${GAZ_COUNTRY}\tEl Salvador`,
  `${GAZ_CITY}\tx`, `${GAZ_CITY}\t123`,
].join('\n'));

describe('gazetteer', () => {
  it('looks up words and phrases in any case, merging kinds', () => {
    expect(small.kinds('olivia')).toBe(GAZ_FIRST);
    expect(small.kinds('PARIS')).toBe(GAZ_FIRST | GAZ_CITY);
    expect(small.kinds('new  york')).toBe(GAZ_CITY);
    expect(small.kinds('St Louis')).toBe(GAZ_CITY);
    expect(small.kinds('the')).toBe(0);
  });
  it('drops entries that are not words (single letters, digits)', () => {
    expect(small.kinds('x')).toBe(0);
    expect(small.kinds('123')).toBe(0);
  });
  it('finds the longest phrases with exact spans', () => {
    const text = '😀 Olivia Okafor flew from New York to São Paulo, then El Salvador; not New, York.';
    const found = small.find(wordsOf(text)).map((m) => [text.slice(m.start, m.end), m.kinds]);
    // "New, York" is two words apart, not the phrase.
    expect(found).toEqual([['Olivia', GAZ_FIRST], ['Okafor', GAZ_LAST], ['New York', GAZ_CITY], ['São Paulo', GAZ_CITY], ['El Salvador', GAZ_COUNTRY]]);
  });
  it('reads city names and populations from protobuf messages, keeping the large ones', () => {
    // Two length-prefixed messages: { 2: "Ab", 9: 20000 } and { 1: -1 (svarint), 2: "Cd", 9: 5 }.
    const bytes = new Uint8Array([0x08, 0x12, 0x02, 0x41, 0x62, 0x48, 0xa0, 0x9c, 0x01, 0x08, 0x08, 0x01, 0x12, 0x02, 0x43, 0x64, 0x48, 0x05]);
    expect(readCities(bytes, 1000)).toEqual(['Ab']);
    expect(readCities(bytes, 0)).toEqual(['Ab', 'Cd']);
  });
  it('loads the packaged data: names of many locales, world cities, countries, street types', () => {
    const g = loadGazetteer();
    expect(g.size).toBeGreaterThan(50_000);
    expect(g.kinds('Sigrid') & GAZ_FIRST).toBeTruthy();
    expect(g.kinds('Kowalski') & GAZ_LAST).toBeTruthy();
    expect(g.kinds('Gdańsk') & GAZ_CITY).toBeTruthy();
    expect(g.kinds('Deutschland') & GAZ_COUNTRY).toBeTruthy();
    expect(g.kinds('Avenue') & GAZ_STREET_TYPE).toBeTruthy();
    expect(g.kinds('the')).toBe(0);
  });
});
