/** `pii-scan anonymize <input> -o <output>`: an anonymized copy of a file, a directory tree, or stdin. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { type Command, Option } from 'commander';
import { PiiScanError } from '../../errors.js';
import { anonymizeDirectory, anonymizeFile, type PipelineOptions } from '../../pipeline/api.js';
import { type CliIo, EXIT_CLEAN, useColor } from '../cli-io.js';
import { addPipelineOptions, pipelineOptionsFrom, type PipelineCliOptions } from '../common-options.js';
import { formatSummary, makeStyle } from '../summary.js';
import { reportFormatOf } from './scan-command.js';
import { type ReportFormat, writeTextOutput } from '../scan-runner.js';
import { toMarkdown } from '../../report/markdown.js';
import { toSarif } from '../../report/sarif.js';
import { writeReport } from '../../report/report.js';

/** stdout as a Writable: the real stream when it is one (backpressure), else a pass-through to its write(). */
export function stdoutWritable(io: CliIo): Writable {
  const sink = io.stdout as unknown;
  if (sink instanceof Writable) return sink;
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      io.stdout.write(chunk as unknown as string);
      callback();
    },
  });
}

export function registerAnonymizeCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const command = program
    .command('anonymize')
    .description('write an anonymized copy of a file, or of every data file of a directory into another')
    .argument('<input>', 'file, directory, or - for stdin (with --format)')
    .requiredOption('-o, --output <path>', 'output file or directory, or - for stdout (.gz compresses)')
    .option('-r, --report <file>', 'write the findings report to this file')
    .addOption(new Option('--report-format <format>', 'report format (default: from the extension, else json)').choices(['json', 'sarif', 'markdown']));
  addPipelineOptions(command, { operators: true });
  command
    .addHelpText('after', `
Examples:
  pii-scan anonymize users.csv -o users.anon.csv
  pii-scan anonymize data/ -o data-anon/ --operator CREDIT_CARD=mask:keepLast=4 --operator DEFAULT=replace
  PII_SCAN_KEY=... pii-scan anonymize chats.jsonl.gz -o chats.anon.jsonl.gz --operator DEFAULT=pseudonymize
  cat rows.jsonl | pii-scan anonymize - -o - --format jsonl > rows.anon.jsonl

Keys of keyed operators (hash, encrypt, pseudonymize) come from --key-env (default PII_SCAN_KEY) or keyFile in the config.`)
    .action(async (input: string, opts: PipelineCliOptions & { output: string; report?: string; reportFormat?: ReportFormat }) => {
      const { options } = await pipelineOptionsFrom(opts, io, 'anonymize');
      const run: PipelineOptions = options;
      const isDir = input !== '-' && (await stat(resolve(io.cwd, input)).then((s) => s.isDirectory(), () => false));
      if (input !== '-' && !isDir && !(await stat(resolve(io.cwd, input)).then(() => true, () => false))) {
        throw new PiiScanError('PII_IO_ERROR', `${input}: no such file or directory`, { file: input });
      }
      if (isDir && opts.output === '-') throw new PiiScanError('PII_INVALID_OPTION', 'a directory cannot be written to stdout; give an output directory', { option: 'output' });
      const inPath = input === '-' ? io.stdin : resolve(io.cwd, input);
      const outPath = opts.output === '-' ? stdoutWritable(io) : resolve(io.cwd, opts.output);
      const report = isDir
        ? await anonymizeDirectory(resolve(io.cwd, input), resolve(io.cwd, opts.output), run)
        : await anonymizeFile(inPath as string, outPath, run);
      if (opts.report !== undefined) {
        const format = reportFormatOf(opts.report, opts.reportFormat);
        if (format === 'json') await writeReport(resolve(io.cwd, opts.report), report);
        else await writeTextOutput(opts.report, format === 'sarif' ? `${JSON.stringify(toSarif(report), null, 2)}\n` : toMarkdown(report), io);
      }
      if (!opts.quiet) {
        const sink = opts.output === '-' ? io.stderr : io.stdout;
        sink.write(formatSummary(report, { failing: 0, verb: 'anonymized' }, makeStyle(useColor(io, sink))));
      }
      done(EXIT_CLEAN);
    });
}
