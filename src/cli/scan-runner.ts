/**
 * The run behind `scan`, `baseline` and the git hook: expand paths, scan them with one report,
 * apply the baseline and the fail level, show progress and the summary, write the report.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { PiiScanError } from '../errors.js';
import { isGzipPath } from '../io/format.js';
import { writeFileAtomic } from '../io/source.js';
import { scanFile, scanFiles, type PipelineOptions } from '../pipeline/api.js';
import { entryKey, entryOf, type Baseline } from '../report/baseline.js';
import { toMarkdown } from '../report/markdown.js';
import { writeReport, type Report, type ReportFinding } from '../report/report.js';
import { toSarif } from '../report/sarif.js';
import { type CliIo, type TextSink, useColor } from './cli-io.js';
import { ProgressBar } from './progress.js';
import { formatFinding, formatSummary, makeStyle } from './summary.js';

/** Which findings fail the run. Empty: every reported finding. */
export interface FailOn {
  readonly score?: number;
  readonly entities?: readonly string[];
  /** Never fail (report only). */
  readonly never?: boolean;
}

/** Report file formats. */
export type ReportFormat = 'json' | 'sarif' | 'markdown';


/** How a scan run is set up by a command. */
export interface ScanRun {
  readonly inputs: readonly string[];
  readonly options: PipelineOptions;
  readonly failOn: FailOn;
  readonly baseline?: { readonly data: Baseline; readonly dir: string } | undefined;
  readonly report?: { readonly path: string; readonly format: ReportFormat } | undefined;
  readonly quiet: boolean;
  readonly progress: boolean;
  /** How many failing findings to list (the rest are counted). */
  readonly listLimit: number;
  /** Shown file names for inputs (the hook scans copies of staged files). */
  readonly displayName?: ((file: string) => string) | undefined;
  /** Called with every finding (the baseline command collects them). */
  readonly onFinding?: ((finding: ReportFinding) => void) | undefined;
}

/** What a scan run found. */
export interface ScanOutcome {
  readonly report: Report;
  readonly failing: number;
  readonly baselined: number;
}

/** `0.8`, `US_SSN,CREDIT_CARD`, `0.8,US_SSN` or `none` -> a FailOn. */
export function parseFailOn(value: string): FailOn {
  const parts = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (parts.length === 1 && parts[0] === 'none') return { never: true };
  let score: number | undefined;
  const entities: string[] = [];
  for (const p of parts) {
    if (/^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/.test(p)) score = Number(p);
    else if (/^[A-Z][A-Z0-9_]*$/.test(p)) entities.push(p);
    else throw new PiiScanError('PII_INVALID_OPTION', `--fail-on: expected a score from 0 to 1, entity names, or none`, { option: 'fail-on' });
  }
  if (score === undefined && entities.length === 0) throw new PiiScanError('PII_INVALID_OPTION', `--fail-on: expected a score from 0 to 1, entity names, or none`, { option: 'fail-on' });
  return { ...(score === undefined ? {} : { score }), ...(entities.length === 0 ? {} : { entities }) };
}

/** True when a finding fails the run under `failOn`. */
export function fails(f: Pick<ReportFinding, 'score' | 'entity'>, failOn: FailOn): boolean {
  if (failOn.never) return false;
  if (failOn.score !== undefined && f.score < failOn.score) return false;
  if (failOn.entities !== undefined && !failOn.entities.includes(f.entity)) return false;
  return true;
}

/** Writes text to a path atomically (temp + rename), or to stdout for `-`. */
export async function writeTextOutput(path: string, text: string, io: CliIo): Promise<void> {
  if (path === '-') {
    io.stdout.write(text);
    return;
  }
  await writeFileAtomic(resolve(io.cwd, path), text).catch((cause: unknown) => {
    throw new PiiScanError('PII_IO_ERROR', `${path}: cannot write the report`, { file: path, cause });
  });
}

async function totalBytes(inputs: readonly string[], cwd: string): Promise<number | undefined> {
  // Compressed inputs are counted decompressed by the pipeline: no meaningful total.
  if (inputs.some((f) => f === '-' || isGzipPath(f))) return undefined;
  const sizes = await Promise.all(inputs.map((f) => stat(resolve(cwd, f)).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Runs a scan and prints what a person sees: progress on stderr (TTY only), failing findings
 * and the summary on stdout (stderr when the report goes to stdout).
 */
export async function runScan(run: ScanRun, io: CliIo): Promise<ScanOutcome> {
  const out: TextSink = run.report?.path === '-' ? io.stderr : io.stdout;
  const style = makeStyle(useColor(io, out));
  const progress = run.progress && !run.quiet && io.stderr.isTTY === true
    ? new ProgressBar(io.stderr, await totalBytes(run.inputs, io.cwd))
    : undefined;
  const seen = run.baseline ? new Set(run.baseline.data.entries.map(entryKey)) : undefined;
  const failingList: ReportFinding[] = [];
  let failing = 0;
  let baselined = 0;
  // The pipeline reads paths against process.cwd(): hand it absolute paths, show the ones given.
  const given = new Map(run.inputs.map((f) => [f === '-' ? f : resolve(io.cwd, f), f]));
  const display = (file: string): string => (run.displayName ?? ((x: string) => x))(given.get(file) ?? file);
  const shown = (f: ReportFinding): ReportFinding => ({ ...f, file: display(f.file) });
  const readBytes = new Map<string, number>();
  const options: PipelineOptions = {
    ...run.options,
    ...(run.baseline ? { key: run.baseline.data.salt } : {}),
    onFinding: (raw) => {
      const f = shown(raw);
      run.onFinding?.(f);
      if (progress) {
        progress.findings++;
        progress.tick();
      }
      if (seen && seen.has(entryKey(entryOf(f, run.baseline!.dir, io.cwd)))) {
        baselined++;
        return;
      }
      if (!fails(f, run.failOn)) return;
      failing++;
      if (failingList.length < run.listLimit) failingList.push(f);
    },
    ...(progress
      ? {
          onProgress: ({ file, bytes }: { file: string; bytes: number }) => {
            readBytes.set(file, bytes);
            progress.bytes = [...readBytes.values()].reduce((a, b) => a + b, 0);
            progress.tick();
          },
        }
      : {}),
  };
  let report: Report;
  try {
    report = run.inputs.length === 1 && run.inputs[0] === '-'
      ? await scanFile(io.stdin as Readable, options)
      : await scanFiles([...given.keys()], options);
  } finally {
    progress?.done();
  }
  {
    const rename = display;
    report = {
      ...report,
      inputs: report.inputs.map((i) => ({ ...i, path: rename(i.path) })),
      byFile: Object.fromEntries(Object.entries(report.byFile).map(([f, v]) => [rename(f), v])),
      findings: report.findings.map((f) => ({ ...f, file: rename(f.file) })),
      errors: report.errors.map((e) => ({ ...e, file: rename(e.file) })),
    };
  }
  if (run.report) {
    const { path, format } = run.report;
    if (format === 'json' && path !== '-') await writeReport(resolve(io.cwd, path), report);
    else {
      const text = format === 'sarif' ? `${JSON.stringify(toSarif(report, { errorScore: run.failOn.score ?? 0 }), null, 2)}\n` : format === 'markdown' ? toMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`;
      await writeTextOutput(path, text, io);
    }
  }
  if (!run.quiet) {
    for (const f of failingList) out.write(`${formatFinding(f, style)}\n`);
    if (failing > failingList.length) out.write(style.dim(`... and ${failing - failingList.length} more failing finding(s)${run.report ? ` (see ${run.report.path})` : ''}\n`));
    if (failingList.length > 0) out.write('\n');
    out.write(formatSummary(report, { failing, ...(run.baseline ? { baselined } : {}), verb: 'scanned' }, style));
  }
  return { report, failing, baselined };
}
