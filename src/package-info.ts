/** The package's own root, name and version, found the same way from src/ (tests) and dist/src/ (built). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'pii-scan') return dir;
    if (dirname(dir) === dir) throw new Error('pii-scan: package.json not found above ' + fileURLToPath(import.meta.url));
  }
}

/** Absolute path of the package root (where package.json and schemas/ are). */
export const PACKAGE_ROOT = findRoot();
const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
/** `pii-scan`. */
export const TOOL_NAME = pkg.name;
/** The package version, e.g. `0.1.0`. */
export const TOOL_VERSION = pkg.version;
