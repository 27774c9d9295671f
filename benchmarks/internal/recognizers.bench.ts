/**
 * Where detection time goes (`npm run bench:recognizers`): the generated CSV dataset's values,
 * field by field, through the built package's analyzer, then through each recognizer alone exactly
 * as the analyzer calls it (profile requirement, trigger, analyze). CPU time, microseconds per
 * value, so a busy shared machine distorts the figures less than wall-clock time would.
 *
 *   npm run bench:recognizers                    # 5 MB of the CSV dataset
 *   npm run bench:recognizers -- --size 20MB --top 15
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateDataset } from '../generate-dataset.js';

interface Built {
  createAnalyzer: typeof import('../../src/analyzer/analyzer.js').createAnalyzer;
  resolveRecognizers: typeof import('../../src/analyzer/resolve-recognizers.js').resolveRecognizers;
  normalizeAnalyzerOptions: typeof import('../../src/options.js').normalizeAnalyzerOptions;
  triggers: typeof import('../../src/recognizer/triggers.js');
  CsvTokenizer: typeof import('../../src/io/csv.js').CsvTokenizer;
  contextWords: typeof import('../../src/analyzer/context.js').contextWords;
}

/** The built package's modules: what users run, with no TypeScript loader in the way. */
async function loadBuilt(): Promise<Built> {
  const at = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href;
  const [analyzer, resolve, options, triggers, csv, context] = await Promise.all([
    import(at('src/analyzer/analyzer.js')),
    import(at('src/analyzer/resolve-recognizers.js')),
    import(at('src/options.js')),
    import(at('src/recognizer/triggers.js')),
    import(at('src/io/csv.js')),
    import(at('src/analyzer/context.js')),
  ]);
  return {
    createAnalyzer: analyzer.createAnalyzer,
    resolveRecognizers: resolve.resolveRecognizers,
    normalizeAnalyzerOptions: options.normalizeAnalyzerOptions,
    triggers,
    CsvTokenizer: csv.CsvTokenizer,
    contextWords: context.contextWords,
  };
}

/** CPU microseconds per item of `fn` over `count` items. */
function cpuMicros(count: number, fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({ options: { size: { type: 'string', default: '5MB' }, top: { type: 'string', default: '12' } } });
  const bytes = Number.parseFloat(args.size) * (/GB$/i.test(args.size) ? 1e9 : /MB$/i.test(args.size) ? 1e6 : /KB$/i.test(args.size) ? 1e3 : 1);
  const built = await loadBuilt();
  const data = await generateDataset('csv', Math.round(bytes));
  const text = readFileSync(data.path, 'utf8');
  const tokenizer = new built.CsvTokenizer(text, ',');
  const columns: string[] = [];
  const byColumn = new Map<string, string[]>();
  for (let t = tokenizer.next(); t !== undefined; t = tokenizer.next()) {
    if (t.kind !== 'row') continue;
    if (columns.length === 0) {
      for (const f of t.fields) columns.push(f.value);
      for (const c of columns) byColumn.set(c, []);
      continue;
    }
    t.fields.forEach((f, i) => byColumn.get(columns[i]!)!.push(f.value));
  }
  const recognizers = ['recommended', { id: 'nlp-entities', disabled: true }];
  const analyzer = built.createAnalyzer({ recognizers });
  const options = built.normalizeAnalyzerOptions({ recognizers });
  const instances = built.resolveRecognizers(options.recognizers).map(({ recognizer, options: o }) => ({
    id: recognizer.meta.id,
    instance: recognizer.create(o),
  }));

  console.log(`${data.path}: ${(data.bytes / 1e6).toFixed(0)} MB, ${byColumn.get(columns[0]!)!.length} records`);
  const head = ['field', 'analyzer us/value', 'profile us/value', ...Array.from({ length: Number(args.top) }, (_, i) => `#${i + 1} recognizer us/value`)];
  console.log(`| ${head.slice(0, 3).join(' | ')} | slowest recognizers (us/value, share of values run) |`);
  console.log('|---|---|---|---|');
  for (const column of columns) {
    const values = byColumn.get(column)!;
    // Warm up once, then measure.
    for (const v of values) analyzer.analyze(v, { field: column });
    const total = cpuMicros(values.length, () => {
      for (const v of values) analyzer.analyze(v, { field: column });
    });
    const profiles = values.map((v) => built.triggers.profileValue(v));
    const profileCost = cpuMicros(values.length, () => {
      for (const v of values) built.triggers.profileValue(v);
    });
    const ctx = { field: column, fieldContext: built.contextWords(column), language: options.language, defaultRegions: options.defaultRegions };
    const rows = instances.map(({ id, instance }) => {
      const requirement = built.triggers.compileRequirement(instance.requires);
      let ran = 0;
      const cost = cpuMicros(values.length, () => {
        for (let i = 0; i < values.length; i++) {
          if (!built.triggers.meets(profiles[i]!, requirement)) continue;
          if (instance.trigger && !instance.trigger(values[i]!, profiles[i])) continue;
          ran++;
          instance.analyze(values[i]!, ctx, profiles[i]);
        }
      });
      return { id, cost, share: ran / values.length };
    });
    rows.sort((a, b) => b.cost - a.cost);
    const slowest = rows.slice(0, Number(args.top)).map((r) => `${r.id} ${r.cost.toFixed(2)} (${Math.round(r.share * 100)}%)`).join(', ');
    console.log(`| ${column} | ${total.toFixed(2)} | ${profileCost.toFixed(2)} | ${slowest} |`);
  }
  console.log('Recognizers are timed alone and without the context gate or the field value cache, so their sum exceeds the analyzer column.');
}

await main();
