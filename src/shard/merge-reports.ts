/**
 * Merging the shard reports of a run into one report of the pipeline's schema
 * (schemas/report.schema.json), as one plain run over the same inputs would have written it:
 * counts summed, line and record numbers made absolute across the parts of split files, the
 * findings sample chosen by position (file, record, then the order within the record) and capped
 * at `maxFindings`, errors in shard order. The result does not depend on the order the shards
 * finished in.
 */
import { join } from 'node:path';
import { PiiScanError } from '../errors.js';
import type { Report, ReportError, ReportFinding, ReportInput } from '../report/report.js';
import { inputPath, readManifest, type ShardManifest } from './manifest.js';
import { shardReportPath, shardState, type ShardReport } from './run-shard.js';
import { compressRanges } from './scheduler-index.js';

/** Default name of the merged report in the output directory. */
export const MERGED_REPORT_NAME = 'report.json';

function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/**
 * Reads every shard report of `outputDir` and merges them. Refuses (`PII_SHARD_INCOMPLETE`) unless
 * every shard is committed, and (`PII_SHARD_MISMATCH`) when a shard report belongs to another
 * manifest or config.
 *
 * @example
 * const report = await mergeShardReports('manifest.json', 'out/');
 * await writeReport('out/report.json', report);
 */
export async function mergeShardReports(manifestOrPath: ShardManifest | string, outputDir: string): Promise<Report> {
  const manifest = typeof manifestOrPath === 'string' ? await readManifest(manifestOrPath) : manifestOrPath;
  const reports: ShardReport[] = [];
  const missing: number[] = [];
  for (const shard of manifest.shards) {
    const { state, report } = await shardState(manifest, outputDir, shard.index);
    if (state === 'foreign') {
      throw new PiiScanError('PII_SHARD_MISMATCH', `Shard ${shard.index} was committed by another manifest or config`, { file: shardReportPath(outputDir, shard.index) });
    }
    if (state === 'missing') missing.push(shard.index);
    else reports.push(report!);
  }
  if (missing.length > 0) {
    throw new PiiScanError('PII_SHARD_INCOMPLETE', `${missing.length} of ${manifest.shards.length} shard(s) are not done: ${compressRanges(missing)} (see pii-scan status)`, { option: 'shards' });
  }
  return mergeReports(manifest, outputDir, reports);
}

/** Merges committed shard reports (all of them, any order) of one manifest. */
export function mergeReports(manifest: ShardManifest, outputDir: string, shardReports: readonly ShardReport[]): Report {
  const reports = [...shardReports].sort((a, b) => a.shard - b.shard);
  const paths = manifest.files.map((_f, i) => inputPath(manifest, i));
  const fileIndex = new Map(paths.map((p, i) => [p, i]));

  // Line and record shifts of every part: the sums over the file's earlier parts.
  const pieces = manifest.files.map(() => [] as Array<{ lines: number; records: number }>);
  for (const r of reports) for (const p of r.parts) pieces[p.file]![p.piece] = { lines: p.lines, records: p.records };
  const shiftOf = (file: number, piece: number) => {
    let lines = 0;
    let records = 0;
    for (let k = 0; k < piece; k++) {
      lines += pieces[file]![k]!.lines;
      records += pieces[file]![k]!.records;
    }
    return { lines, records };
  };

  type Ranked = { finding: ReportFinding; file: number; shard: number; at: number };
  const ranked: Ranked[] = [];
  const errors: ReportError[] = [];
  const inputs = manifest.files.map((f, i): { -readonly [K in keyof ReportInput]: ReportInput[K] } => ({
    path: paths[i]!, format: f.format, compressed: f.compressed, bytes: 0, records: 0, recordsWithFindings: 0, findings: 0, errors: 0,
  }));
  const byFileEntity = manifest.files.map(() => ({}) as Record<string, number>);
  const byEntity: Record<string, number> = {};
  const byField: Record<string, number> = {};
  let findings = 0;
  let skipped = 0;
  let passed = 0;

  for (const r of reports) {
    // A shard holds at most one part of a file: the file names the part.
    const partOf = new Map(r.parts.map((p) => [p.file, p]));
    const shift = (path: string) => {
      const file = fileIndex.get(path);
      const part = file === undefined ? undefined : partOf.get(file);
      return file === undefined || part === undefined ? undefined : { file, ...shiftOf(file, part.piece) };
    };
    r.report.inputs.forEach((input, i) => {
      const part = r.parts[i]!;
      const into = inputs[part.file]!;
      into.bytes += input.bytes;
      into.records += input.records;
      into.recordsWithFindings += input.recordsWithFindings;
      into.findings += input.findings;
      into.errors += input.errors;
      if (part.pieces === 1 && part.output !== undefined) into.output = join(outputDir, part.output);
      // Every part of a file types its columns from the file's beginning: the first part's types are the file's.
      if (part.piece === 0 && input.columns !== undefined) into.columns = input.columns;
    });
    for (const [path, v] of Object.entries(r.report.byFile)) {
      const file = fileIndex.get(path);
      if (file !== undefined) addCounts(byFileEntity[file]!, v.byEntity);
    }
    addCounts(byEntity, r.report.byEntity);
    addCounts(byField, r.report.byField);
    findings += r.report.totals.findings;
    skipped += r.report.totals.skippedRecords;
    passed += r.report.totals.passedThroughRecords;
    r.report.findings.forEach((f, at) => {
      const s = shift(f.file);
      if (s === undefined) return;
      ranked.push({ finding: { ...f, line: f.line + s.lines, record: f.record + s.records }, file: s.file, shard: r.shard, at });
    });
    for (const e of r.report.errors) {
      const s = shift(e.file);
      errors.push(s === undefined ? e : { ...e, ...(e.line === undefined ? {} : { line: e.line + s.lines }), ...(e.record === undefined ? {} : { record: e.record + s.records }) });
    }
  }

  // Each shard lists its first maxFindings, so the run's first maxFindings are among them.
  ranked.sort((a, b) => a.file - b.file || a.finding.record - b.finding.record || a.shard - b.shard || a.at - b.at);
  const maxFindings = typeof manifest.config['maxFindings'] === 'number' ? manifest.config['maxFindings'] : Number.MAX_SAFE_INTEGER;
  const listed = ranked.slice(0, maxFindings).map((r) => r.finding);
  const first = reports[0]!.report;
  const started = Math.min(...reports.map((r) => Date.parse(r.report.startedAt)));
  const finished = Math.max(...reports.map((r) => Date.parse(r.report.finishedAt)));
  const sum = (k: 'records' | 'bytes' | 'recordsWithFindings') => inputs.reduce((n, x) => n + x[k], 0);
  return {
    schemaVersion: first.schemaVersion,
    tool: first.tool,
    mode: manifest.mode,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
    inputs,
    options: first.options,
    execution: { ...first.execution, workers: Math.max(...reports.map((r) => r.report.execution.workers)) },
    totals: {
      files: inputs.length,
      records: sum('records'),
      bytes: sum('bytes'),
      findings,
      recordsWithFindings: sum('recordsWithFindings'),
      skippedRecords: skipped,
      passedThroughRecords: passed,
      errors: errors.length,
    },
    byEntity: sortedCounts(byEntity),
    byField: sortedCounts(byField),
    byFile: Object.fromEntries(inputs.map((x, i) => [x.path, { findings: x.findings, byEntity: sortedCounts(byFileEntity[i]!) }])),
    findings: listed,
    truncated: findings > listed.length,
    errors,
  };
}
