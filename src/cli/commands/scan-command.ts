/** `pii-scan scan <paths...>`: find personal data and secrets; exit 1 when findings reach the fail level. */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { PiiScanError } from '../../errors.js';
import { BASELINE_FILE_NAME, readBaseline } from '../../report/baseline.js';
import { type CliIo, EXIT_CLEAN, EXIT_FINDINGS } from '../cli-io.js';
import { addPipelineOptions, parseCount, pipelineOptionsFrom, type PipelineCliOptions } from '../common-options.js';
import { expandInputs, withoutAllowedPaths } from '../paths.js';
import { type FailOn, parseFailOn, type ReportFormat, runScan } from '../scan-runner.js';

/** Options of `scan`. */
export interface ScanCliOptions extends PipelineCliOptions {
  readonly report?: string;
  readonly reportFormat?: ReportFormat;
  readonly failOn?: string;
  readonly baseline?: string;
  readonly hook?: boolean;
  readonly list?: number;
}

/** The report format: explicit, else from the file extension (.sarif / .sarif.json, .md), else JSON. */
export function reportFormatOf(path: string, explicit: ReportFormat | undefined): ReportFormat {
  if (explicit) return explicit;
  if (/\.sarif(\.json)?$/i.test(path)) return 'sarif';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return 'json';
}

/** The fail level: --fail-on, else the config's failOn, else any reported finding. */
export function failOnFrom(cli: string | undefined, file: { score?: number; entities?: readonly string[] } | undefined): FailOn {
  if (cli !== undefined) return parseFailOn(cli);
  return file ?? {};
}

export function registerScanCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const command = program
    .command('scan')
    .description('scan files, directories (csv, tsv, jsonl, ndjson and their .gz) or globs; exit 1 when findings reach the fail level')
    .argument('<paths...>', 'files, directories, globs, or - for stdin (with --format)')
    .option('-r, --report <file>', 'write the findings report to this file (- for stdout)')
    .addOption(new Option('--report-format <format>', 'report format (default: from the extension, else json)').choices(['json', 'sarif', 'markdown']))
    .option('--fail-on <spec>', 'findings that fail the run: a score (0.8), entities (US_SSN,CREDIT_CARD), both, or none (default: any reported finding)')
    .option('--baseline <file>', `accept the findings recorded in this baseline (see pii-scan baseline)`)
    .option('--hook', `pre-commit mode: use ./${BASELINE_FILE_NAME} when present, no progress`)
    .addOption(new Option('--list <n>', 'failing findings listed on the terminal (default: 20, 200 with --hook)').argParser(parseCount));
  addPipelineOptions(command);
  command
    .addHelpText('after', `
Examples:
  pii-scan scan data/
  pii-scan scan 'data/**/*.jsonl.gz' --report findings.sarif
  pii-scan scan train.csv --fail-on 0.8,US_SSN,CREDIT_CARD --report -
  cat rows.jsonl | pii-scan scan - --format jsonl

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or runtime error.`)
    .action(async (paths: string[], opts: ScanCliOptions) => {
      const { options, loaded } = await pipelineOptionsFrom(opts, io, 'scan');
      const failOn = failOnFrom(opts.failOn, loaded.config.failOn);
      const inputs = withoutAllowedPaths(await expandInputs(paths, io.cwd), loaded.config.allowPaths, loaded.dir, io.cwd);
      if (inputs.includes('-') && inputs.length > 1) throw new PiiScanError('PII_INVALID_OPTION', 'stdin (-) cannot be combined with other inputs', { option: 'paths' });
      const baselinePath = opts.baseline ?? (opts.hook ? BASELINE_FILE_NAME : undefined);
      const baselineData = baselinePath === undefined ? undefined : await readBaseline(resolve(io.cwd, baselinePath));
      if (opts.baseline !== undefined && baselineData === undefined) {
        throw new PiiScanError('PII_IO_ERROR', `${opts.baseline}: baseline not found (create it with pii-scan baseline)`, { file: opts.baseline });
      }
      if (inputs.length === 0) {
        if (!opts.quiet) io.stdout.write('no data files to scan\n');
        done(EXIT_CLEAN);
        return;
      }
      const outcome = await runScan({
        inputs,
        options,
        failOn,
        baseline: baselineData && { data: baselineData, dir: resolve(io.cwd, baselinePath!, '..') },
        report: opts.report === undefined ? undefined : { path: opts.report, format: reportFormatOf(opts.report, opts.reportFormat) },
        quiet: opts.quiet === true,
        progress: opts.progress !== false && opts.hook !== true,
        listLimit: opts.list ?? (opts.hook ? 200 : 20),
      }, io);
      if (outcome.failing > 0 && opts.hook && !opts.quiet) {
        io.stdout.write(`\nCommit blocked by pii-scan. Remove or anonymize the values (pii-scan anonymize), or accept them: pii-scan baseline ${inputs.length === 1 ? inputs[0] : '<files>'}\n`);
      }
      done(outcome.failing > 0 ? EXIT_FINDINGS : EXIT_CLEAN);
    });
}
