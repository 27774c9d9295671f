#!/usr/bin/env node
// Part of `npm run build`: bundles the two entries that start a thread, the worker and the CLI, each
// into one file beside its module. Node's ESM loader costs ~1 ms per module, and a worker imports
// ~230 of them (90 are libphonenumber-js's): one file starts in under half the time. The library
// entry (dist/src/index.js) is not bundled: code that imports pii-scan loads its modules as usual.
//
// Each bundle sits at the depth of its module (dist/src/<dir>/), so the paths found from
// import.meta.url (the prebuilt data in dist/, the worker entry) resolve alike from both.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Entry module and its bundle (the names src/worker/pool.ts and bin/pii-scan.js look for). */
export const BUNDLES = [
  ['dist/src/worker/worker.js', 'dist/src/worker/worker.bundle.js'],
  ['dist/src/cli/run.js', 'dist/src/cli/run.bundle.js'],
];

// piscina stays a module of its own: its worker wrapper imports it, and the transfer markers a
// worker hands back must be that copy's symbols. commander is CommonJS that requires Node's
// modules, which an ESM bundle cannot do. What is loaded lazily through createRequire
// (compromise, ajv, the data packages) esbuild does not see, and it stays in node_modules too.
const EXTERNAL = ['piscina', 'commander'];

async function bundleOne(build, entry, outfile, banner) {
  return build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    legalComments: 'eof',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    ...(banner === undefined ? { write: false } : { banner: { js: banner } }),
  });
}

/** `name@version (license)` of every package a build's inputs come from. */
function bundledPackages(metafile, entry) {
  const names = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const [scope, name] = input.slice(at + 'node_modules/'.length).split('/');
    names.add(scope.startsWith('@') ? `${scope}/${name}` : scope);
  }
  const require = createRequire(join(root, entry));
  return [...names].sort().map((name) => {
    const pkg = require(`${name}/package.json`);
    return `${name}@${pkg.version} (${pkg.license})`;
  });
}

/** Writes both bundles; throws if one would fail at run time (a require esbuild could not resolve statically). */
export async function bundle() {
  const { build } = await import(createRequire(join(root, 'package.json')).resolve('esbuild'));
  for (const [entry, outfile] of BUNDLES) {
    // A first pass only lists the bundled packages, which the banner names (it has to come first:
    // text added after the build would shift the source map).
    const { metafile } = await bundleOne(build, entry, outfile);
    const banner = `// Bundled by bin/bundle.js from ${entry}; it includes ${bundledPackages(metafile, entry).join(', ') || 'no other package'}.`;
    await bundleOne(build, entry, outfile, banner);
    if ((await readFile(join(root, outfile), 'utf8')).match(/\b__require\(['"`]/)) {
      throw new Error(`bin/bundle.js: ${outfile} calls require(), which an ESM bundle cannot do; make that package external`);
    }
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await bundle();
