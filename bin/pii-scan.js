#!/usr/bin/env node
// The `pii-scan` command: a thin adapter over run() in the built package (npm install builds it).
import { run } from '../dist/src/cli/run.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
