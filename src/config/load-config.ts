/**
 * Finding and loading the config: `pii-scan.config.json`, or the `"pii-scan"` key of a
 * `package.json`, searched upward from the working directory (the nearest wins), or an explicit path.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { PiiScanError } from '../errors.js';
import type { PiiScanConfig } from './config-types.js';
import { validateConfig } from './validate-config.js';

/** The file name searched for. */
export const CONFIG_FILE_NAME = 'pii-scan.config.json';

/** A loaded config and where it came from (relative paths in it resolve against `dir`). */
export interface LoadedConfig {
  readonly config: PiiScanConfig;
  /** Absolute path of the file, or undefined when no config was found. */
  readonly path: string | undefined;
  readonly dir: string;
}

async function readJson(path: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PiiScanError('PII_IO_ERROR', `${path}: cannot read the config file (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file: path, cause: err });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new PiiScanError('PII_INVALID_CONFIG', `${path}: invalid JSON: ${(err as Error).message}`, { file: path, cause: err });
  }
}

function checked(raw: unknown, path: string): PiiScanConfig {
  const result = validateConfig(raw);
  if (result.ok) return result.config;
  throw new PiiScanError('PII_INVALID_CONFIG', `${path}: invalid config:\n  ${result.errors.join('\n  ')}`, { file: path });
}

/**
 * Loads an explicit config file, or finds the nearest one upward from `cwd`. Throws
 * `PII_INVALID_CONFIG` listing every problem.
 *
 * @example
 * const { config } = await loadConfig({ cwd: process.cwd() });
 */
export async function loadConfig(options: { readonly cwd: string; readonly path?: string }): Promise<LoadedConfig> {
  if (options.path !== undefined) {
    const path = resolve(options.cwd, options.path);
    const raw = await readJson(path);
    if (raw === undefined) throw new PiiScanError('PII_IO_ERROR', `${path}: config file not found`, { file: path });
    const fromPackage = path.endsWith('package.json') ? (raw as Record<string, unknown>)['pii-scan'] : raw;
    return { config: checked(fromPackage ?? {}, path), path, dir: dirname(path) };
  }
  for (let dir = resolve(options.cwd); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE_NAME);
    const raw = await readJson(file);
    if (raw !== undefined) return { config: checked(raw, file), path: file, dir };
    const pkgPath = join(dir, 'package.json');
    const pkg = (await readJson(pkgPath)) as Record<string, unknown> | undefined;
    if (pkg && typeof pkg === 'object' && pkg['pii-scan'] !== undefined) return { config: checked(pkg['pii-scan'], pkgPath), path: pkgPath, dir };
    if (dirname(dir) === dir) return { config: {}, path: undefined, dir: resolve(options.cwd) };
  }
}
