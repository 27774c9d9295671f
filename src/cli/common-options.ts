/**
 * The options every command shares, their parsers, and how they combine with the config file:
 * command-line values override the file.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
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
