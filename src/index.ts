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
export { hasDigits, containsAny, containsAnyIgnoreCase, minLength, allOf, profileValue, type ValueProfile, type ValueRequirement } from './recognizer/triggers.js';
export * from './operators/index.js';
export {
  scanFile,
  anonymizeFile,
  scanFiles,
  anonymizeFiles,
  scanDirectory,
  anonymizeDirectory,
  listDataFiles,
  type PipelineOptions,
  type PipelineInput,
  type PipelineOutput,
} from './pipeline/api.js';
export {
  createAnonymizeStream,
  createAnonymizeTextStream,
  type RecordStreamOptions,
  type TextStreamOptions,
  type RecordFinding,
} from './pipeline/streams.js';
export {
  createRecordEngine,
  analyzeRecord,
  anonymizeRecord,
  analyzeValue,
  anonymizeValue,
  type RecordEngine,
  type RecordEngineOptions,
  type FieldFinding,
} from './pipeline/record.js';
export {
  normalizeScanOptions,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_MAX_FINDINGS,
  DEFAULT_TASK_TIMEOUT,
  DEFAULT_MAX_RECORD_BYTES,
  DEFAULT_ERROR_POLICY,
  type ScanOptions,
  type NormalizedScanOptions,
  type DataFormat,
  type ErrorPolicy,
  type ModuleRecognizerSpec,
  type ScanRecognizerSpec,
} from './options.js';
export { REPORT_SCHEMA_VERSION, writeReport, type Report, type ReportFinding, type ReportError, type ReportInput, type ReportTotals } from './report/report.js';
export { detectFormat } from './io/format.js';
export { run } from './cli/run.js';
export type { CliIo, TextSink } from './cli/cli-io.js';
export { loadConfig, CONFIG_FILE_NAME, type LoadedConfig } from './config/load-config.js';
export { validateConfig, type ConfigValidation } from './config/validate-config.js';
export type { PiiScanConfig, PiiScanConfigJson } from './config/config-types.js';
export { toSarif } from './report/sarif.js';
export { toMarkdown } from './report/markdown.js';
export { readBaseline, writeBaseline, BASELINE_FILE_NAME, type Baseline, type BaselineEntry } from './report/baseline.js';
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
// Sharded runs on batch schedulers (Slurm, Kubernetes Indexed Jobs, AWS Batch, GCP Batch, Cloud
// Run Jobs): plan once, run each shard anywhere (exactly once in effect), check, merge.
export {
  planShards,
  readManifest,
  writeManifest,
  validateManifest,
  partOutputName,
  MANIFEST_VERSION,
  type PlanOptions,
  type ShardManifest,
  type ManifestFile,
  type ShardSpec,
  type ShardPart,
} from './shard/manifest.js';
export {
  runShard,
  readShardReport,
  shardReportPath,
  SHARD_REPORT_DIR,
  type RunShardOptions,
  type RunShardResult,
  type ShardReport,
  type ShardReportPart,
} from './shard/run-shard.js';
export { shardStatus, formatShardStatus, type ShardStatus } from './shard/status.js';
export { mergeShardReports, MERGED_REPORT_NAME } from './shard/merge-reports.js';
export { selectShards, parseShardSpec, schedulerTaskIndex, compressRanges, SCHEDULER_INDEX_VARIABLES, type ShardSelection } from './shard/scheduler-index.js';
export {
  enqueueShards,
  startShardWorker,
  shardJobId,
  DEFAULT_QUEUE_NAME,
  DEFAULT_REDIS_ENV,
  type QueueOptions,
  type ShardWorkerOptions,
  type ShardWorker,
  type ShardJobData,
} from './shard/queue.js';
