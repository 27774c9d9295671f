import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GAZETTEER_DATA_PATH, gazetteerDataHeader, readGazetteerData, writeGazetteerData } from '../../src/recognizer/gazetteer-data.js';
import { GAZ_CITY, GAZ_FIRST, GAZ_LAST, sourceEntries } from '../../src/recognizer/gazetteer.js';

const dir = mkdtempSync(join(tmpdir(), 'pii-scan-gazetteer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gazetteer data file', () => {
  const entries = new Map([['olivia', GAZ_FIRST], ['new york', GAZ_CITY], ['são paulo', GAZ_CITY], ["o'neil", GAZ_LAST | GAZ_FIRST]]);

  it('reads back exactly what it wrote', () => {
    const path = join(dir, 'round-trip.tsv');
    writeGazetteerData(entries, path);
    expect(readGazetteerData(path)).toEqual(entries);
  });

  it.each<[string, (text: string) => string]>([
    ['another format version or package version', (text) => text.replace(/^pii-scan-gazetteer\t\d+/, 'pii-scan-gazetteer\t0')],
    ['no header', (text) => text.slice(text.indexOf('\n') + 1)],
    ['a line without a tab', (text) => `${text}broken line\n`],
    ['a line whose kinds are not a number', (text) => `${text}olivia\tx\n`],
    ['an empty file', () => ''],
  ])('ignores a file with %s', (_name, damage) => {
    const path = join(dir, 'damaged.tsv');
    writeGazetteerData(entries, path);
    writeFileSync(path, damage(readFileSync(path, 'utf8')));
    expect(readGazetteerData(path)).toBeUndefined();
  });

  it('ignores a missing file', () => {
    expect(readGazetteerData(join(dir, 'missing.tsv'))).toBeUndefined();
  });

  it('names the source packages and their versions', () => {
    expect(gazetteerDataHeader()).toMatch(/^pii-scan-gazetteer\t\d+\t@faker-js\/faker@\d+\.\d+\.\d+\tall-the-cities@\d+\.\d+\.\d+$/);
  });

  // `npm test` builds first. A difference means the build logic changed without a GAZETTEER_FORMAT bump.
  it('the file `npm run build` wrote is current and equals a fresh build from the packages', () => {
    const prebuilt = readGazetteerData(GAZETTEER_DATA_PATH);
    expect(prebuilt, `${GAZETTEER_DATA_PATH} is missing or stale: run npm run build`).toBeDefined();
    expect(prebuilt).toEqual(sourceEntries());
  }, 60_000);
});
