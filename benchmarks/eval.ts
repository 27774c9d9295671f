/**
 * Accuracy benchmark: `npm run eval [-- options]`. Scores a predictor on the labelled dev files
 * (../shared/evaldata/*.dev.jsonl): precision / recall / F1 per label under exact and overlap
 * matching, micro averages, leak rate after anonymization, and throughput.
 *
 *   npm run eval                                   pii-scan, every built-in recognizer, every file
 *   npm run eval -- --predictor pii-scan,compromise --file presidio-synth,wnut17
 *   npm run eval -- --recognizers recommended,recognizers/nlp-entities.ts --json
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { anonymizeText } from '../src/operators/anonymizer.js';
import { listEvalFiles, loadEvalFile } from './eval/dataset.js';
import { compromisePredictor, piiScanPredictor, secretlintPredictor, type Predictor } from './eval/predictors.js';
import { evaluateFile, type FileResult } from './eval/run.js';
import { formatTable, ratio } from './eval/table.js';

const USAGE = `Usage: npm run eval -- [options]
  --data DIR            directory of *.dev.jsonl files (default: ../shared/evaldata)
  --file NAMES          comma list; only files whose name contains one of them
  --predictor NAMES     comma list of pii-scan, compromise, secretlint (default: pii-scan)
  --recognizers LIST    pii-scan recognizers: ids, presets or module paths (default: all)
  --threshold N         pii-scan score threshold (default: the analyzer's, 0.5)
  --json                print machine-readable results instead of tables
  --help`;

const list = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

async function makePredictor(name: string, recognizers: string[], threshold: number | undefined): Promise<Predictor> {
  switch (name) {
    case 'pii-scan': return piiScanPredictor({ recognizers: recognizers.length > 0 ? recognizers : ['all'], ...(threshold !== undefined && { scoreThreshold: threshold }) });
    case 'compromise': return compromisePredictor();
    case 'secretlint': return secretlintPredictor();
    default: throw new Error(`unknown predictor ${JSON.stringify(name)} (pii-scan, compromise, secretlint)`);
  }
}

function printResult(r: FileResult): void {
  const head = `${r.file} · ${r.predictor} · ${r.records} records · ${r.seconds.toFixed(2)} s · ${Math.round(r.recordsPerSecond)} records/s`;
  const rows = r.labels.map((l) => [
    l.covered ? l.label : `${l.label} (not covered)`, String(l.support),
    ratio(l.exact.precision), ratio(l.exact.recall), ratio(l.exact.f1),
    ratio(l.overlap.precision), ratio(l.overlap.recall), ratio(l.overlap.f1),
    String(l.exact.tp + l.exact.fp), ratio(l.support === 0 ? Number.NaN : l.leaked / l.support),
  ]);
  const support = r.labels.filter((l) => l.covered).reduce((n, l) => n + l.support, 0);
  rows.push(['micro (covered)', String(support),
    ratio(r.micro.exact.precision), ratio(r.micro.exact.recall), ratio(r.micro.exact.f1),
    ratio(r.micro.overlap.precision), ratio(r.micro.overlap.recall), ratio(r.micro.overlap.f1),
    String(r.micro.exact.tp + r.micro.exact.fp), '']);
  console.log(`\n${head}`);
  console.log(formatTable(['label', 'support', 'P exact', 'R exact', 'F1 exact', 'P ovl', 'R ovl', 'F1 ovl', 'predicted', 'leak'], rows));
  console.log(`leak rate (all scored gold spans, label-agnostic): ${ratio(r.leak.rate)} (${r.leak.leaked}/${r.leak.gold})`);
  // Source labels only add information when they split an eval label (CredData, presidio's addresses).
  if (r.groups.length > r.labels.length) {
    console.log(formatTable(['source label group', 'support', 'R exact', 'R ovl', 'leak'],
      r.groups.map((g) => [g.group, String(g.support), ratio(g.exactRecall), ratio(g.overlapRecall), ratio(g.leaked / g.support)])));
  }
  if (r.falseCandidates.total > 0) {
    console.log(`hard negatives hit (reviewed non-secrets overlapped by a prediction): ${r.falseCandidates.hit}/${r.falseCandidates.total}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      file: { type: 'string' },
      predictor: { type: 'string' },
      recognizers: { type: 'string' },
      threshold: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) { console.log(USAGE); return 0; }
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dataDir = resolve(values.data ?? resolve(repo, '../shared/evaldata'));
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new Error('--threshold must be a number from 0 to 1');
  const files = listEvalFiles(dataDir, list(values.file));
  if (files.length === 0) throw new Error(`no *.dev.jsonl files${values.file ? ` matching ${values.file}` : ''} in ${dataDir}`);
  const predictorNames = list(values.predictor);

  const anonymize = (text: string, findings: Parameters<typeof anonymizeText>[1]) => anonymizeText(text, findings).text;
  const results: FileResult[] = [];
  const started = performance.now();
  for (const name of predictorNames.length > 0 ? predictorNames : ['pii-scan']) {
    const predictor = await makePredictor(name, list(values.recognizers), threshold);
    for (const path of files) {
      const result = await evaluateFile(loadEvalFile(path), predictor, anonymize);
      results.push(result);
      if (!values.json) printResult(result);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (values.json) console.log(JSON.stringify({ dataDir, seconds, results }, null, 2));
  else console.log(`\ntotal ${seconds.toFixed(1)} s`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => { console.error(`eval: ${error instanceof Error ? error.message : String(error)}`); process.exitCode = 2; },
);
