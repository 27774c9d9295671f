/**
 * The options every command shares, their parsers, and how they combine with the config file:
 * command-line values override the file.
 */
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { OperatorJson } from '../config/config-types.js';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { PiiScanError } from '../errors.js';
import { resolveKey, validateOperatorConfig } from '../operators/index.js';
import type { OperatorConfig, OperatorsConfig } from '../operators/types.js';
import { DELIMITER_RULE, isValidDelimiter, type DataFormat, type ErrorPolicy } from '../options.js';
import type { PipelineOptions } from '../pipeline/api.js';
import type { AnalyzerOptions } from '../types.js';
import type { CliIo } from './cli-io.js';

/** Options as commander hands them to an action. */
export interface CommonOptions {
  readonly config?: string;
  readonly recognizers?: string[];
  readonly entities?: string[];
  readonly excludeEntities?: string[];
  readonly threshold?: number;
  readonly keyEnv?: string;
}

/** Options of the commands that run the pipeline (scan, anonymize, baseline). */
export interface PipelineCliOptions extends CommonOptions {
  readonly operator?: Record<string, OperatorConfig>;
  readonly fields?: string[];
  readonly excludeFields?: string[];
  readonly workers?: number;
  readonly onError?: ErrorPolicy;
  readonly maxFindings?: number;
  /** False with `--no-infer-columns`. */
  readonly inferColumns?: boolean;
  readonly format?: DataFormat;
  readonly delimiter?: string;
  readonly quiet?: boolean;
  /** False with `--no-progress`. */
  readonly progress?: boolean;
}

/** `a,b` -> ['a', 'b'], accumulating over repeated flags. */
export function parseList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter((s) => s.length > 0)];
}

/** A number in [0, 1]. */
export function parseScore(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1.');
  return n;
}

/** A whole number >= 0. */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

/**
 * A CSV delimiter: one ASCII character other than a quote or a line break; `\t` or `tab` for a
 * tab, which is awkward to type in a shell.
 */
export function parseDelimiter(value: string): string {
  const delimiter = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if (!isValidDelimiter(delimiter)) throw new InvalidArgumentError(`expected ${DELIMITER_RULE} (\\t or tab for a tab).`);
  return delimiter;
}

/** `--delimiter`, shared by the commands that read CSV. */
export function delimiterOption(): Option {
  return new Option('--delimiter <char>', 'CSV delimiter (default: , for csv, tab for tsv); \\t or tab for a tab').argParser(parseDelimiter);
}

/** Adds the shared detection options to a command. */
export function addCommonOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (default: pii-scan.config.json or package.json "pii-scan", searched upward)')
    .option('--recognizers <ids>', 'recognizer ids and presets, comma-separated (default: recommended)', parseList)
    .option('--entities <names>', 'only report these entities, comma-separated', parseList)
    .option('--exclude-entities <names>', 'never report these entities, comma-separated', parseList)
    .addOption(new Option('--threshold <score>', 'minimum score of a finding (default: 0.5)').argParser(parseScore))
    .option('--key-env <name>', 'environment variable holding the key for keyed operators (default: PII_SCAN_KEY)');
}

/** Parameter values of `--operator`: booleans and numbers as such, the rest as strings. */
function operatorParam(text: string): string | number | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
}

/**
 * `ENTITY=type[:param=value...]`, e.g. `CREDIT_CARD=mask:keepLast=4:char=#`, accumulated into an
 * operators object and validated with the anonymizer's own rules.
 */
export function parseOperator(value: string, previous: Record<string, OperatorConfig> = {}): Record<string, OperatorConfig> {
  const m = /^([A-Za-z][A-Za-z0-9_]*)=([a-z]+)((?::[A-Za-z]+=[^:]*)*)$/.exec(value);
  if (!m) throw new InvalidArgumentError('expected ENTITY=type[:param=value...], e.g. EMAIL_ADDRESS=mask:keepDomain=true.');
  const entity = m[1]!;
  const params = Object.fromEntries(m[3]!.split(':').slice(1).map((kv) => [kv.slice(0, kv.indexOf('=')), operatorParam(kv.slice(kv.indexOf('=') + 1))]));
  try {
    return { ...previous, [entity]: validateOperatorConfig(entity, { type: m[2], ...params }) };
  } catch (err) {
    throw new InvalidArgumentError(err instanceof PiiScanError ? err.message : 'invalid operator.');
  }
}

/** Adds the options of the commands that read datasets (on top of `addCommonOptions`). */
export function addPipelineOptions(command: Command, { operators = false }: { operators?: boolean } = {}): Command {
  addCommonOptions(command);
  if (operators) command.option('--operator <ENTITY=type[:param=value...]>', 'operator for an entity (repeatable; DEFAULT for the rest), e.g. CREDIT_CARD=mask:keepLast=4', parseOperator);
  return command
    .option('--fields <names>', 'only scan these fields: CSV columns or JSON paths such as messages[*].content', parseList)
    .option('--exclude-fields <names>', 'never scan these fields', parseList)
    .addOption(new Option('--workers <n>', 'worker threads; 0 runs inline (default: CPU cores)').argParser(parseCount))
    .addOption(new Option('--on-error <policy>', 'malformed records: fail, skip or passthrough (default: fail)').choices(['fail', 'skip', 'passthrough']))
    .addOption(new Option('--max-findings <n>', 'findings listed in the report; counts stay complete (default: 1000)').argParser(parseCount))
    .addOption(new Option('--format <format>', 'input format when it cannot come from the file name (stdin)').choices(['csv', 'tsv', 'jsonl']))
    .addOption(delimiterOption())
    .option('--no-infer-columns', 'no column-level inference: run name detection on every cell of name / city columns too')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--no-progress', 'no progress bar');
}

function checkedOperators(where: string, operators: Readonly<Record<string, OperatorJson>> | undefined): OperatorsConfig | undefined {
  if (operators === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(operators).map(([entity, config]) => {
      try {
        return [entity, validateOperatorConfig(entity, config)];
      } catch (err) {
        if (err instanceof PiiScanError) throw new PiiScanError('PII_INVALID_CONFIG', `${where}: ${err.message}`, { ...(err.option === undefined ? {} : { option: err.option }) });
        throw err;
      }
    }),
  ) as OperatorsConfig;
}

/** Everything a pipeline command needs: options for the library, and the loaded config. */
export interface PipelineSetup {
  readonly options: PipelineOptions;
  readonly loaded: LoadedConfig;
  /** The key for keyed operators, when one is set (never printed). */
  readonly key: Uint8Array | undefined;
}

/**
 * Pipeline options from the config file overridden by the command line. Operators from the file
 * are validated here (the message names the file); the key is read from `keyFile` (relative to
 * the config) or the environment variable, never from an argument.
 */
export async function pipelineOptionsFrom(opts: PipelineCliOptions, io: CliIo, mode: 'scan' | 'anonymize'): Promise<PipelineSetup> {
  const { options: analyzer, loaded } = await analyzerOptionsFrom(opts, io);
  const c = loaded.config;
  const where = loaded.path ?? 'config';
  const fileOperators = checkedOperators(where, c.operators);
  const fieldOperators = c.fieldOperators === undefined
    ? undefined
    : Object.fromEntries(Object.entries(c.fieldOperators).map(([field, ops]) => [field, checkedOperators(`${where}: fieldOperators.${field}`, ops)!]));
  const operators = fileOperators === undefined && opts.operator === undefined ? undefined : { ...fileOperators, ...opts.operator };
  const key = mode === 'anonymize'
    ? resolveKey({ keyEnv: opts.keyEnv ?? c.keyEnv, env: io.env, ...(c.keyFile === undefined ? {} : { keyFile: resolve(loaded.dir, c.keyFile) }) })
    : undefined;
  const options: PipelineOptions = Object.fromEntries(
    Object.entries({
      ...analyzer,
      recognizers: analyzer.recognizers as PipelineOptions['recognizers'],
      operators,
      fieldOperators,
      key,
      fields: opts.fields ?? c.fields,
      skipFields: opts.excludeFields ?? c.excludeFields,
      workers: opts.workers ?? c.workers,
      onError: opts.onError ?? c.onError,
      maxFindings: opts.maxFindings ?? c.maxFindings,
      // commander sets `inferColumns: true` unless --no-infer-columns is given; only `false` overrides the file.
      inferColumns: opts.inferColumns === false ? false : c.inferColumns,
      format: opts.format,
      delimiter: opts.delimiter ?? c.delimiter,
      cwd: io.cwd,
    }).filter(([, v]) => v !== undefined),
  );
  return { options, loaded, key };
}

/** Analyzer options from the config file overridden by the command line. */
export async function analyzerOptionsFrom(opts: CommonOptions, io: CliIo): Promise<{ options: AnalyzerOptions; loaded: LoadedConfig }> {
  const loaded = await loadConfig({ cwd: io.cwd, ...(opts.config !== undefined && { path: opts.config }) });
  const c = loaded.config;
  const pick = <T>(cli: T | undefined, file: T | undefined): T | undefined => cli ?? file;
  const options: AnalyzerOptions = Object.fromEntries(
    Object.entries({
      recognizers: pick(opts.recognizers, c.recognizers),
      entities: pick(opts.entities, c.entities),
      excludeEntities: pick(opts.excludeEntities, c.excludeEntities),
      scoreThreshold: pick(opts.threshold, c.scoreThreshold),
      language: c.language,
      allowList: c.allowList,
      context: c.context,
      defaultRegions: c.defaultRegions,
    }).filter(([, v]) => v !== undefined),
  );
  return { options, loaded };
}
