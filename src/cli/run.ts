/**
 * The CLI as a function: `run(argv, io)` resolves to an exit code and never calls process.exit,
 * so it runs in-process in tests. bin/pii-scan.js is a thin adapter over it.
 */
import { Command, CommanderError } from 'commander';
import { PiiScanError } from '../errors.js';
import { TOOL_VERSION } from '../package-info.js';
import { type CliIo, EXIT_CLEAN, EXIT_ERROR } from './cli-io.js';
import { addCommonOptions } from './common-options.js';
import { registerAnonymizeCommand } from './commands/anonymize-command.js';
import { registerBaselineCommand } from './commands/baseline-command.js';
import { registerDeanonymizeCommand } from './commands/deanonymize-command.js';
import { registerHookCommand } from './commands/hook-command.js';
import { registerInitCommand } from './commands/init-command.js';
import { registerRecognizersCommand } from './commands/recognizers-command.js';
import { registerScanCommand } from './commands/scan-command.js';
import { registerPlanCommand } from './commands/plan-command.js';
import { registerRunShardCommand } from './commands/run-shard-command.js';
import { registerRunLocalCommand } from './commands/run-local-command.js';
import { registerStatusCommand } from './commands/status-command.js';
import { registerMergeReportsCommand } from './commands/merge-reports-command.js';
import { registerQueueCommands } from './commands/queue-command.js';

/** `file:line: ` when the error knows them and its message does not already start with the file. */
function where(err: PiiScanError): string {
  if (err.file === undefined || err.message.startsWith(err.file)) return '';
  return `${err.file}${err.line === undefined ? '' : `:${err.line}`}${err.field === undefined ? '' : ` (field ${JSON.stringify(err.field)})`}: `;
}

/**
 * Runs the `pii-scan` command line.
 *
 * @param argv the arguments after the program name, e.g. `['scan', 'data/']`
 * @returns the exit code: 0 clean, 1 findings at or above the fail level, 2 usage or runtime error
 * @example
 * process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() });
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_CLEAN;
  const done = (code: number) => { exitCode = code; };
  const program = new Command('pii-scan')
    .description('Find and anonymize personal data and secrets in CSV and JSONL datasets.')
    .version(TOOL_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  const commands = [registerScanCommand, registerAnonymizeCommand, registerBaselineCommand, registerDeanonymizeCommand, registerHookCommand, registerRecognizersCommand, registerInitCommand];
  // Sharded runs (plan, run, run-local, status, merge-reports).
  commands.push(registerPlanCommand, registerRunShardCommand, registerRunLocalCommand, registerStatusCommand, registerMergeReportsCommand, registerQueueCommands);
  for (const register of commands) register(program, io, done);
  const configure = (command: Command): void => {
    if (command.name() === 'recognizers') addCommonOptions(command);
    command.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }).showHelpAfterError('(run with --help for usage)');
    command.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  program.exitOverride();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are exit 0; every usage error has already been printed as one line.
      return err.exitCode === 0 ? EXIT_CLEAN : EXIT_ERROR;
    }
    if (err instanceof PiiScanError) {
      io.stderr.write(`pii-scan: ${where(err)}${err.message} [${err.code}]\n`);
      return EXIT_ERROR;
    }
    // Message only: a third-party stack or message is not checked for record content.
    io.stderr.write(`pii-scan: unexpected error: ${err instanceof Error ? err.name : typeof err}${io.env['PII_SCAN_DEBUG'] ? `\n${(err as Error)?.stack ?? ''}` : ' (set PII_SCAN_DEBUG=1 for details)'}\n`);
    return EXIT_ERROR;
  }
}
