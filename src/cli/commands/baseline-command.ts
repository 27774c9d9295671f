/**
 * `pii-scan baseline [paths...]`: records the current findings as accepted. Entries of the
 * scanned files are replaced; entries of other files are kept, so a subset can be re-baselined.
 */
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { BASELINE_FILE_NAME, entryOf, newBaseline, readBaseline, sortEntries, writeBaseline, type BaselineEntry } from '../../report/baseline.js';
import { type CliIo, EXIT_CLEAN } from '../cli-io.js';
import { addPipelineOptions, pipelineOptionsFrom, type PipelineCliOptions } from '../common-options.js';
import { expandInputs, toPosix, withoutAllowedPaths } from '../paths.js';
import { runScan } from '../scan-runner.js';
import { relative } from 'node:path';

export function registerBaselineCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const command = program
    .command('baseline')
    .description(`record the current findings as accepted in ${BASELINE_FILE_NAME}, so only new ones fail scan --baseline and the hook`)
    .argument('[paths...]', 'files, directories or globs to scan (default: the current directory)')
    .option('-b, --baseline <file>', `baseline file (default: ./${BASELINE_FILE_NAME})`);
  addPipelineOptions(command);
  command
    .addHelpText('after', `
Examples:
  pii-scan baseline data/
  pii-scan baseline data/legacy.csv --baseline .pii-scan-baseline.json

The file holds salted fingerprints (no values), sorted one per line so it merges cleanly; commit it.`)
    .action(async (paths: string[], opts: PipelineCliOptions & { baseline?: string }) => {
      const { options, loaded } = await pipelineOptionsFrom(opts, io, 'scan');
      const path = resolve(io.cwd, opts.baseline ?? BASELINE_FILE_NAME);
      const dir = dirname(path);
      const inputs = withoutAllowedPaths(await expandInputs(paths.length > 0 ? paths : ['.'], io.cwd), loaded.config.allowPaths, loaded.dir, io.cwd).filter((f) => f !== '-');
      const previous = (await readBaseline(path)) ?? newBaseline();
      const scanned = new Set(inputs.map((f) => toPosix(relative(dir, resolve(io.cwd, f)))));
      const found: BaselineEntry[] = [];
      if (inputs.length > 0) {
        await runScan({
          inputs,
          options,
          failOn: { never: true },
          baseline: { data: { ...previous, entries: [] }, dir },
          quiet: true,
          progress: opts.progress !== false && opts.quiet !== true,
          listLimit: 0,
          onFinding: (f) => found.push(entryOf(f, dir, io.cwd)),
        }, io);
      }
      const entries = sortEntries([...previous.entries.filter((e) => !scanned.has(e.file)), ...found]);
      await writeBaseline(path, { ...previous, entries });
      if (!opts.quiet) {
        const files = new Set(entries.map((e) => e.file)).size;
        io.stdout.write(`baseline: ${found.length} finding(s) in ${inputs.length} scanned file(s); ${entries.length} accepted finding(s) in ${files} file(s) written to ${relative(io.cwd, path) || path}\n`);
      }
      done(EXIT_CLEAN);
    });
}
