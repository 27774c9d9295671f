/** Runs the CLI in-process with captured output, or through the real bin/ in a child process. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { run } from '../../src/cli/run.js';

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** In-process: fast, for behaviour. */
export async function runCli(argv: string[], options: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const exitCode = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  });
  return { exitCode, stdout, stderr };
}

export const BIN = fileURLToPath(new URL('../../bin/pii-scan.js', import.meta.url));

/** Through the real bin/ (the built package): exit codes, stream separation, piping. */
export function runBin(argv: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...argv], { cwd: options.cwd, env: { PATH: process.env['PATH'] ?? '', ...options.env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : 2) : 0, stdout, stderr });
    });
    if (options.stdin !== undefined) child.stdin!.end(options.stdin);
    else child.stdin!.end();
  });
}
