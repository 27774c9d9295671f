#!/usr/bin/env node
// postinstall: builds dist/ when installing from a plain checkout (pre-commit, git); a no-op for the published package.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLES } from './bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'src', 'cli', 'run.js'))) {
  let tsc;
  try {
    tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    console.error('pii-scan: dist/ is missing and TypeScript is not installed; run `npm install --include=dev` then `npm run build`.');
    process.exit(1);
  }
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
}
// The prebuilt data files (part of `npm run build`); without them every thread derives its own, slowly.
if (!['gazetteer.tsv', 'english-words.txt'].every((file) => existsSync(join(root, 'dist', file)))) {
  execFileSync(process.execPath, [join(root, 'bin', 'build-data.js')], { stdio: 'inherit', cwd: root });
}
// The bundles of the worker and the CLI (also part of `npm run build`). They need esbuild, a
// development dependency; without it the modules themselves are loaded: slower to start, same results.
if (!BUNDLES.every(([, bundle]) => existsSync(join(root, bundle)))) {
  try {
    createRequire(join(root, 'package.json')).resolve('esbuild');
  } catch {
    process.exit(0);
  }
  execFileSync(process.execPath, [join(root, 'bin', 'bundle.js')], { stdio: 'inherit', cwd: root });
}
