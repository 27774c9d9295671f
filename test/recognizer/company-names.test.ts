import { describe, expect, it } from 'vitest';
import { loadCompanyNames, parseWordList } from '../../src/recognizer/company-names.js';

describe('company names', () => {
  it('parses a cspell word list: one entry a line, comments and blank lines skipped', () => {
    expect(parseWordList('# cspell-tools: keep-case no-split\n\nFoo\n  Bar Baz \n#x\n')).toEqual(['Foo', 'Bar Baz']);
  });

  it('loads the packaged list in lower case, keeping only what the filter accepts', () => {
    const all = loadCompanyNames(() => true);
    expect(all.size).toBeGreaterThan(1000);
    expect(all.has('huawei')).toBe(true);
    expect(all.has('Huawei')).toBe(false);
    // Entries of fewer than three letters never pass ("3M", "A").
    for (const name of all) expect(name.length).toBeGreaterThanOrEqual(3);
    const some = loadCompanyNames((w) => w !== 'huawei');
    expect(some.has('huawei')).toBe(false);
    expect(some.size).toBe(all.size - 1);
  });
});
