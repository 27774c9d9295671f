/**
 * Which file to load for an entry that bin/bundle.js bundles (the worker, the CLI): the bundle,
 * one file instead of ~230 modules, when it is at least as new as the module it was built from.
 * A bundle older than its module (sources rebuilt with `tsc` alone) would run stale code, so the
 * module is loaded then, as it is when no bundle was built (esbuild missing).
 */
import { statSync } from 'node:fs';

/**
 * @example bundledEntry(new URL('./worker.js', import.meta.url), new URL('./worker.bundle.js', import.meta.url))
 */
export function bundledEntry(module: URL, bundle: URL): URL {
  const built = statSync(bundle, { throwIfNoEntry: false });
  if (built === undefined) return module;
  const source = statSync(module, { throwIfNoEntry: false });
  return source === undefined || built.mtimeMs >= source.mtimeMs ? bundle : module;
}
