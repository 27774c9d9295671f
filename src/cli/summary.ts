/**
 * What a person sees at the end of a run: a compact summary (findings by entity, top fields, top
 * files, time and throughput) and one line per finding with a masked preview - never a value.
 */
import type { Report, ReportFinding } from '../report/report.js';
import { formatTable } from './format-table.js';

/** ANSI styling, or identity functions when colour is off. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** Colours on, or off. */
export function makeStyle(color: boolean): Style {
  const id = (s: string) => s;
  return color
    ? { bold: wrap(1, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22) }
    : { bold: id, red: id, green: id, yellow: id, dim: id };
}

/** `12.3 MB`, `512 B`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let n = bytes / 1000;
  let u = 0;
  while (n >= 1000 && u < units.length - 1) {
    n /= 1000;
    u++;
  }
  return `${n.toFixed(n < 10 ? 1 : 0)} ${units[u]}`;
}

/** `850 ms`, `12.4 s`, `3m 05s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

/** One finding as a line: `file:line  field  ENTITY  preview  (score)`. */
export function formatFinding(f: ReportFinding, style: Style): string {
  return `${style.bold(`${f.file}:${f.line}`)}  field ${JSON.stringify(f.field)}  ${style.red(f.entity)}  ${f.preview}  ${style.dim(`score ${f.score.toFixed(2)}`)}`;
}

function top(counts: Record<string, number>, n: number): [string, number][] {
  return Object.entries(counts)
    .filter(([, c]) => c > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, n);
}

/** What the summary says beyond the report (baseline and fail decision). */
export interface SummaryExtra {
  /** Findings accepted by the baseline. */
  readonly baselined?: number;
  /** Findings that fail the run. */
  readonly failing: number;
  /** The verb of the run: scanned / anonymized. */
  readonly verb: string;
}

/** The end-of-run summary. */
export function formatSummary(report: Report, extra: SummaryExtra, style: Style): string {
  const t = report.totals;
  const seconds = Math.max(report.durationMs, 1) / 1000;
  const lines: string[] = [];
  if (t.findings > 0) {
    lines.push(formatTable(['entity', 'findings'], top(report.byEntity, 50)), '');
    lines.push(formatTable(['top fields', 'findings'], top(report.byField, 5)), '');
    const files = top(Object.fromEntries(Object.entries(report.byFile).map(([f, v]) => [f, v.findings])), 5);
    if (t.files > 1) lines.push(formatTable(['top files', 'findings'], files), '');
  }
  const head = `${extra.verb} ${t.files} file(s), ${t.records} record(s), ${formatBytes(t.bytes)} in ${formatDuration(report.durationMs)} (${formatBytes(t.bytes / seconds)}/s)`;
  lines.push(head);
  const found = `${t.findings} finding(s) in ${t.recordsWithFindings} record(s)${extra.baselined ? `, ${extra.baselined} accepted by the baseline` : ''}`;
  if (extra.verb === 'anonymized') lines.push(t.findings > 0 ? style.yellow(`${found} replaced`) : style.green(found));
  else lines.push(extra.failing > 0 ? style.red(`${found}; ${extra.failing} fail the run`) : t.findings > 0 ? style.yellow(`${found}; none fail the run`) : style.green(found));
  if (t.skippedRecords + t.passedThroughRecords > 0) lines.push(style.yellow(`${t.skippedRecords} malformed record(s) skipped, ${t.passedThroughRecords} passed through`));
  if (report.truncated) lines.push(style.dim(`the report lists the first ${report.findings.length} findings; counts are complete`));
  return `${lines.join('\n')}\n`;
}
