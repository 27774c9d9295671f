/**
 * The report as Markdown (a CI job summary or a pull-request comment): totals, counts by entity,
 * field and file, then the listed findings with masked previews only.
 */
import type { Report } from './report.js';

/** Escapes text for a Markdown table cell. */
function cell(text: string | number): string {
  return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([`*_<>[\]])/g, '\\$1');
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (typeof rows[0]?.[i] === 'number' ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

const byCount = (counts: Record<string, number>) => Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));

/**
 * Renders a report as Markdown.
 *
 * @example await writeFile('summary.md', toMarkdown(report))
 */
export function toMarkdown(report: Report, options: { readonly maxRows?: number } = {}): string {
  const maxRows = options.maxRows ?? 100;
  const t = report.totals;
  const parts = [
    `# pii-scan ${report.mode} report`,
    '',
    `${t.findings} finding(s) in ${t.recordsWithFindings} of ${t.records} record(s), ${t.files} file(s), ${(t.bytes / 1e6).toFixed(1)} MB in ${(report.durationMs / 1000).toFixed(1)} s; ${t.errors} error(s).`,
  ];
  if (t.findings > 0) {
    parts.push('', '## By entity', '', table(['Entity', 'Findings'], byCount(report.byEntity)));
    parts.push('', '## By field', '', table(['Field', 'Findings'], byCount(report.byField).slice(0, maxRows)));
    parts.push('', '## By file', '', table(['File', 'Findings'], byCount(Object.fromEntries(Object.entries(report.byFile).map(([f, v]) => [f, v.findings]))).filter(([, n]) => n > 0).slice(0, maxRows)));
    const shown = report.findings.slice(0, maxRows);
    parts.push('', '## Findings', '', table(['File', 'Line', 'Field', 'Entity', 'Score', 'Preview'], shown.map((f) => [f.file, f.line, f.field, f.entity, f.score.toFixed(2), f.preview])));
    if (t.findings > shown.length) parts.push('', `${t.findings - shown.length} more finding(s) not listed.`);
  }
  if (report.errors.length > 0) {
    parts.push('', '## Errors', '', table(['File', 'Line', 'Code', 'Action', 'Message'], report.errors.slice(0, maxRows).map((e) => [e.file, e.line ?? '', e.code, e.action, e.message])));
  }
  return `${parts.join('\n')}\n`;
}
