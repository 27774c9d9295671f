/**
 * pii-scan: find and anonymize personal data and secrets in CSV and JSONL training datasets.
 * Named exports only.
 */
export { analyzeText, createAnalyzer, type Analyzer } from './analyzer/analyzer.js';
export { contextWords } from './analyzer/context.js';
export { PiiScanError, type PiiScanErrorCode, type PiiScanErrorContext } from './errors.js';
export {
  normalizeAnalyzerOptions,
  DEFAULT_RECOGNIZERS,
  DEFAULT_REGIONS,
  DEFAULT_SCORE_THRESHOLD,
  type NormalizedAnalyzerOptions,
} from './options.js';
export {
  defineRecognizer,
  definePatternRecognizer,
  compileAllowList,
  type Pattern,
  type PatternMatch,
  type PatternRecognizerDefinition,
  type PatternRecognizerOptions,
} from './recognizer/define.js';
export { defineDenyListRecognizer, type DenyListDefinition } from './recognizer/deny-list.js';
export { recognizerFromConfig } from './recognizer/from-config.js';
export { luhnValid, luhnCheckDigit, mod97, ibanValid, ibanCheckDigits, verhoeffValid, verhoeffCheckDigit, weightedSum, iso7064Mod11_10CheckDigit } from './recognizer/checksums.js';
export { hasDigits, containsAny, containsAnyIgnoreCase, minLength, allOf } from './recognizer/triggers.js';
export * from './operators/index.js';
export type {
  AllowListEntry,
  AnalyzeCallOptions,
  AnalyzeContext,
  AnalyzerOptions,
  Finding,
  PatternConfig,
  Recognizer,
  RecognizerCategory,
  RecognizerConfig,
  RecognizerInstance,
  RecognizerMeta,
  RecognizerReference,
  RecognizerResult,
  RecognizerSpec,
} from './types.js';
