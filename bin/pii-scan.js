#!/usr/bin/env node
// The `pii-scan` command: a thin adapter over run() in the built package (npm install builds it),
// from its bundle when built (bin/bundle.js: one file to load before every run, not ~230 modules).
import { bundledEntry } from '../dist/src/bundled-entry.js';

const { run } = await import(bundledEntry(new URL('../dist/src/cli/run.js', import.meta.url), new URL('../dist/src/cli/run.bundle.js', import.meta.url)).href);

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
