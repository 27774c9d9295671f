/**
 * Data files that `npm run build` derives once from source packages and writes to `dist/`, so
 * that each thread reads finished entries instead of deriving them itself: the gazetteer
 * (faker's locales and a cities file, ~2 s per thread) and the English word sets (a Hunspell
 * dictionary expanded by its affix rules, ~0.1-0.2 s per thread, paid by every worker).
 *
 * A file's first line names it, its format version and the versions of its source packages. A
 * file that does not match them (or no file) is ignored and the thread derives the data itself,
 * so a stale file can cost time but never change a result. Tests check that each written file
 * equals a fresh derivation.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a prebuilt file holds and what it is derived from. */
export interface PrebuiltData {
  /** File name in `dist/`, also the header's name (`gazetteer.tsv` -> `pii-scan-gazetteer`). */
  readonly file: string;
  /** Bump whenever the data is derived differently (new sources, other filters), so older files stop being read. */
  readonly format: number;
  /** npm packages the data is derived from; their installed versions are part of the header. */
  readonly packages: readonly string[];
}

// dist/src/recognizer/prebuilt-data.js -> dist/<file>; from the TypeScript sources (tests, tsx) the same file.
const fromSource = import.meta.url.endsWith('.ts');

/** Where the build writes a data file. */
export function prebuiltPath(data: PrebuiltData): string {
  return fileURLToPath(new URL(`${fromSource ? '../../dist/' : '../../'}${data.file}`, import.meta.url));
}

/** The installed version of a package, also of one whose `exports` hide its package.json (`dictionary-en`). */
function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    let manifest: { name?: string; version?: string };
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof manifest;
    } catch {
      continue;
    }
    if (manifest.name === name && manifest.version !== undefined) return manifest.version;
  }
  throw new Error(`No package.json found for ${name}`);
}

/** The first line a current file has: name, format, and the versions of the source packages. */
export function prebuiltHeader(data: PrebuiltData): string {
  const name = `pii-scan-${data.file.replace(/\.[^.]*$/u, '')}`;
  return [name, String(data.format), ...data.packages.map((p) => `${p}@${packageVersion(p)}`)].join('\t');
}

/** The body (everything after the header line) of the file at `path`, or undefined when it is missing, unreadable or not current. */
export function readPrebuilt(data: PrebuiltData, path = prebuiltPath(data)): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const firstLine = text.indexOf('\n');
  if (firstLine < 0 || text.slice(0, firstLine) !== prebuiltHeader(data)) return undefined;
  return text.slice(firstLine + 1);
}

/** Writes a data file (to a temp file first, so a reader never sees half of it). */
export function writePrebuilt(data: PrebuiltData, body: string, path = prebuiltPath(data)): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${prebuiltHeader(data)}\n${body}`);
  renameSync(temp, path);
}
