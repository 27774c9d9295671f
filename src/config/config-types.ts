/** The shape of `pii-scan.config.json` (see schemas/config.schema.json, which documents each field). */
import type { AllowListEntry, RecognizerConfig, RecognizerReference } from '../types.js';

/** A regex in JSON form. */
export interface RegexConfig {
  readonly regex: string;
  /** Any of `i`, `m`, `s`, `u`. */
  readonly flags?: string;
}

/** An operator in JSON form; its parameters are checked by the anonymizer. */
export interface OperatorJson {
  readonly type: string;
  readonly [parameter: string]: unknown;
}

/** A recognizer entry of a config file: id or preset, reference, or custom recognizer. */
export type RecognizerSpecJson = string | RecognizerReference | RecognizerConfig;

/** The config file as JSON (regexes as `{ regex, flags }`). */
export interface PiiScanConfigJson {
  /** Free text for people reading the file; ignored. */
  readonly $comment?: string | readonly string[];
  readonly recognizers?: readonly RecognizerSpecJson[];
  readonly entities?: readonly string[];
  readonly excludeEntities?: readonly string[];
  readonly scoreThreshold?: number;
  readonly language?: string;
  readonly defaultRegions?: readonly string[];
  readonly context?: readonly string[];
  readonly allowList?: readonly (string | RegexConfig)[];
  readonly allowPaths?: readonly string[];
  readonly operators?: Readonly<Record<string, OperatorJson>>;
  readonly fieldOperators?: Readonly<Record<string, Readonly<Record<string, OperatorJson>>>>;
  readonly fields?: readonly string[];
  readonly excludeFields?: readonly string[];
  readonly onError?: 'fail' | 'skip' | 'passthrough';
  /** CSV delimiter (one ASCII character); default `,` for csv, tab for tsv. */
  readonly delimiter?: string;
  readonly workers?: number;
  readonly maxFindings?: number;
  readonly inferColumns?: boolean;
  readonly failOn?: { readonly score?: number; readonly entities?: readonly string[] };
  readonly keyEnv?: string;
  readonly keyFile?: string;
}

/** A validated config: like the JSON, with allow-list regexes compiled. */
export type PiiScanConfig = Omit<PiiScanConfigJson, 'allowList'> & { readonly allowList?: readonly AllowListEntry[] };
