/**
 * The report as SARIF 2.1.0, for code-scanning UIs (GitHub, GitLab, VS Code). Each finding is a
 * result whose rule is its entity; messages carry only the masked preview, never the value.
 */
import type { Report } from './report.js';

/** A SARIF log (only the parts written here are typed). */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly Record<string, unknown>[];
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Relative paths as `/`-separated URIs (SARIF wants URI references). */
function uri(path: string): string {
  return path.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

/**
 * Converts a report to SARIF. Findings at or above `errorScore` are `error`, the rest `warning`.
 *
 * @example JSON.stringify(toSarif(report), null, 2)
 */
export function toSarif(report: Report, options: { readonly errorScore?: number } = {}): SarifLog {
  const errorScore = options.errorScore ?? 0;
  const entities = [...new Set([...Object.keys(report.byEntity), ...report.findings.map((f) => f.entity)])].sort();
  const rules = entities.map((id) => ({
    id,
    name: id.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: `${id} in a dataset field` },
    defaultConfiguration: { level: 'error' },
  }));
  const results = report.findings.map((f) => ({
    ruleId: f.entity,
    ruleIndex: entities.indexOf(f.entity),
    level: f.score >= errorScore ? 'error' : 'warning',
    message: { text: `${f.entity} in field "${f.field}" (record ${f.record}, score ${f.score.toFixed(2)}): ${f.preview}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.file) }, region: { startLine: f.line } } }],
    ...(f.fingerprint === undefined ? {} : { partialFingerprints: { 'piiScanValue/v1': f.fingerprint } }),
    properties: { field: f.field, record: f.record, start: f.start, end: f.end, score: f.score, recognizer: f.recognizer },
  }));
  const notifications = report.errors.map((e) => ({
    level: e.action === 'failed' ? 'error' : 'warning',
    message: { text: `${e.code}: ${e.message}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uri(e.file) }, ...(e.line === undefined ? {} : { region: { startLine: e.line } }) } }],
  }));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: report.tool.name, version: report.tool.version, informationUri: 'https://github.com/pii-scan/pii-scan', rules } },
      invocations: [{ executionSuccessful: !report.errors.some((e) => e.action === 'failed'), toolExecutionNotifications: notifications }],
      results,
      properties: { totals: report.totals, truncated: report.truncated },
    }],
  };
}
