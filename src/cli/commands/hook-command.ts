/**
 * `pii-scan hook install | run`: a plain git pre-commit hook for repositories without the
 * pre-commit framework. `run` scans the STAGED content of staged data files (copied out with
 * git checkout-index), so what is checked is exactly what would be committed.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { PiiScanError } from '../../errors.js';
import { PACKAGE_ROOT } from '../../package-info.js';
import { BASELINE_FILE_NAME, readBaseline } from '../../report/baseline.js';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS } from '../cli-io.js';
import { addPipelineOptions, pipelineOptionsFrom, type PipelineCliOptions } from '../common-options.js';
import { DATA_FILE_PATTERN } from '../../io/format.js';
import { toPosix, withoutAllowedPaths } from '../paths.js';
import { runScan } from '../scan-runner.js';
import { failOnFrom } from './scan-command.js';

const MARKER = '# installed by pii-scan hook install';

/** Runs git in `cwd`; output as a buffer, errors as PII_IO_ERROR without the command's output. */
function git(cwd: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
      if (error) reject(new PiiScanError('PII_IO_ERROR', `git ${args[0]} failed (is this a git repository?)`, { cause: error }));
      else resolvePromise(stdout);
    });
    // git may exit before reading stdin; a closed pipe is not an error here.
    child.stdin?.on('error', () => undefined);
    if (input === undefined) child.stdin?.end();
    else child.stdin?.end(input);
  });
}

/** The hook script: runs this installation of pii-scan with the same node. */
export function hookScript(node: string, bin: string): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh
${MARKER}: scans staged csv / tsv / jsonl / ndjson (and .gz) files for personal data.
# Bypass once with: git commit --no-verify
if [ -x ${q(node)} ] && [ -f ${q(bin)} ]; then
  exec ${q(node)} ${q(bin)} hook run
fi
exec pii-scan hook run
`;
}

export function registerHookCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const hook = program
    .command('hook')
    .description('a plain git pre-commit hook (for repositories without the pre-commit framework)')
    .addHelpText('after', '\nExamples:\n  pii-scan hook install          # writes .git/hooks/pre-commit\n  pii-scan hook run              # what the hook runs: scans the staged csv/tsv/jsonl/ndjson files');
  hook
    .command('install')
    .description('install .git/hooks/pre-commit that scans the staged data files')
    .option('--force', 'replace an existing pre-commit hook that pii-scan did not write')
    .addHelpText('after', '\nExamples:\n  pii-scan hook install\n  pii-scan hook install --force')
    .action(async (opts: { force?: boolean }) => {
      const hooksDir = resolve(io.cwd, (await git(io.cwd, ['rev-parse', '--git-path', 'hooks'])).trim());
      const path = join(hooksDir, 'pre-commit');
      const existing = await readFile(path, 'utf8').catch(() => undefined);
      if (existing !== undefined && !existing.includes(MARKER) && !opts.force) {
        throw new PiiScanError('PII_IO_ERROR', `${path} already exists and was not written by pii-scan (use --force to replace it)`, { file: path });
      }
      await mkdir(hooksDir, { recursive: true });
      await writeFile(path, hookScript(process.execPath, join(PACKAGE_ROOT, 'bin', 'pii-scan.js')));
      await chmod(path, 0o755);
      io.stdout.write(`installed ${path}\n`);
      done(EXIT_CLEAN);
    });
  const run = hook
    .command('run')
    .description(`scan the staged data files (what the installed hook runs); ./${BASELINE_FILE_NAME} at the repository root is honoured`)
    .option('--fail-on <spec>', 'findings that fail the commit (default: any reported finding)');
  addPipelineOptions(run);
  run.action(async (opts: PipelineCliOptions & { failOn?: string }) => {
    const root = (await git(io.cwd, ['rev-parse', '--show-toplevel'])).trim();
    const staged = (await git(root, ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'])).split('\0').filter((f) => f.length > 0 && DATA_FILE_PATTERN.test(f));
    const rootIo: CliIo = { ...io, cwd: root };
    const { options, loaded } = await pipelineOptionsFrom(opts, rootIo, 'scan');
    const files = withoutAllowedPaths(staged, loaded.config.allowPaths, loaded.dir, root);
    if (files.length === 0) {
      done(EXIT_CLEAN);
      return;
    }
    const temp = await mkdtemp(join(tmpdir(), 'pii-scan-hook-'));
    try {
      // The index content, not the working tree: partially staged files are checked as committed.
      await git(root, ['checkout-index', `--prefix=${temp}/`, '-z', '--stdin'], files.join('\0'));
      const baselineData = await readBaseline(join(root, BASELINE_FILE_NAME));
      const displayName = (f: string) => toPosix(relative(temp, f));
      const outcome = await runScan({
        inputs: files.map((f) => join(temp, f)),
        options,
        failOn: failOnFrom(opts.failOn, loaded.config.failOn),
        baseline: baselineData && { data: baselineData, dir: root },
        quiet: opts.quiet === true,
        progress: false,
        listLimit: 200,
        displayName,
      }, rootIo);
      if (outcome.failing > 0 && !opts.quiet) io.stdout.write(`\nCommit blocked by pii-scan. Remove or anonymize the values, or accept them with: pii-scan baseline <files> (then stage ${BASELINE_FILE_NAME}).\n`);
      done(outcome.failing > 0 ? EXIT_FINDINGS : EXIT_CLEAN);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });
}
