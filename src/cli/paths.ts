/**
 * Command-line paths to data files: files, directories (recursed), globs, and `-` for stdin;
 * minus the config's `allowPaths`. Node 20 has no fs.glob, so globs are matched here.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { PiiScanError } from '../errors.js';
import { filesUnder, listDataFiles } from '../pipeline/api.js';

const GLOB_CHARS = /[*?[]/;

/** `/` separators, whatever the platform. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * A glob as a RegExp over `/`-separated paths: `*` and `?` stay within a segment, `**` spans
 * segments, `[...]` is a class. Linear: the generated classes never overlap across `/`.
 *
 * @example globToRegExp('data/**\/*.csv').test('data/a/b.csv') // true
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += /[\\^$.|+(){}]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${out}$`);
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

/** Files matching a glob, walking only below its static prefix. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const posix = toPosix(pattern);
  const parts = posix.split('/');
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join('/') || (posix.startsWith('/') ? '/' : '.');
  const root = resolve(cwd, base);
  const files = await filesUnder(root).catch(() => []);
  const re = globToRegExp(parts.slice(firstGlob).join('/'));
  return files
    .filter((abs) => re.test(toPosix(relative(root, abs))))
    .map((abs) => (isAbsolute(pattern) ? abs : relative(cwd, abs) || abs));
}

/**
 * Expands command-line paths into data files: a directory gives every csv / tsv / jsonl / ndjson
 * (and `.gz`) below it, a glob its matches, a file itself. Throws `PII_IO_ERROR` for a path that
 * does not exist or a glob that matches nothing. `-` is kept (stdin).
 */
export async function expandInputs(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    const abs = resolve(cwd, p);
    if (await isDirectory(abs)) {
      out.push(...(await listDataFiles(abs)).map((f) => (isAbsolute(p) ? f : relative(cwd, f))));
      continue;
    }
    const exists = await stat(abs).then(() => true, () => false);
    if (exists) out.push(p);
    else if (GLOB_CHARS.test(p)) {
      const matches = await expandGlob(p, cwd);
      if (matches.length === 0) throw new PiiScanError('PII_IO_ERROR', `${p}: no file matches this pattern`, { file: p });
      out.push(...matches);
    } else throw new PiiScanError('PII_IO_ERROR', `${p}: no such file or directory`, { file: p });
  }
  return [...new Set(out)];
}

/**
 * Drops the files matched by `allowPaths` (globs relative to `dir`, the config file's directory;
 * a pattern without `/` matches any file or directory name, like .gitignore; a trailing `/` means
 * everything below).
 */
export function withoutAllowedPaths(files: readonly string[], allowPaths: readonly string[] | undefined, dir: string, cwd: string): string[] {
  if (!allowPaths || allowPaths.length === 0) return [...files];
  const matchers = allowPaths.map((raw) => {
    const pattern = toPosix(raw).replace(/^\.\//, '').replace(/\/$/, '');
    if (!pattern.includes('/')) {
      const re = globToRegExp(pattern);
      return (rel: string) => rel.split('/').some((segment) => re.test(segment));
    }
    const exact = globToRegExp(pattern);
    const below = globToRegExp(`${pattern}/**`);
    return (rel: string) => exact.test(rel) || below.test(rel);
  });
  return files.filter((f) => {
    if (f === '-') return true;
    const rel = toPosix(relative(dir, resolve(cwd, f)));
    // Files outside the config's directory are not the config's to allow.
    return rel.startsWith('../') || !matchers.some((m) => m(rel));
  });
}
