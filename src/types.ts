/**
 * Public types shared by the analyzer, the recognizers and every adapter (files, streams, CLI).
 * Everything here is plain data so it can cross into worker threads by structured clone.
 */

import type { ValueProfile, ValueRequirement } from './recognizer/triggers.js';

export type { ValueProfile, ValueRequirement };

/** One detected span in a value. Offsets are half-open UTF-16 indices: `value.slice(start, end)` is the match. */
export interface Finding {
  /** Presidio-style entity name, e.g. `EMAIL_ADDRESS`, `CREDIT_CARD`, `AWS_ACCESS_KEY`. */
  readonly entity: string;
  /** Start offset (inclusive, UTF-16 code units). */
  readonly start: number;
  /** End offset (exclusive, UTF-16 code units). */
  readonly end: number;
  /** Confidence in [0, 1]; 1.0 means a checksum or structural validation passed. */
  readonly score: number;
  /** Id of the recognizer that produced the finding. */
  readonly recognizer: string;
}

/** What a recognizer returns for one value; the engine adds the recognizer id and applies context. */
export interface RecognizerResult {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /**
   * Set when the recognizer already applied its own context logic (or when context must not
   * change the score, e.g. a validated checksum). The engine then leaves the score alone.
   */
  readonly contextApplied?: boolean;
}

/** Per-value information handed to `analyze`. */
export interface AnalyzeContext {
  /** CSV column name or JSON path of the value, when known. */
  readonly field: string | undefined;
  /**
   * Lower-cased tokens that describe the whole value: the field name split into words
   * (`customerEmail` -> `customer email`) plus the caller's `context` words.
   */
  readonly fieldContext: readonly string[];
  /** ISO 639-1 language of the text. */
  readonly language: string;
  /** ISO 3166-1 alpha-2 regions (upper case) for national phone numbers, in order of preference. */
  readonly defaultRegions: readonly string[];
  /**
   * The lowest score a match in the current value can be reported with: the analyzer's threshold
   * when neither the field nor the value holds one of the recognizer's context words (no match can
   * be raised), else 0. Lets a recognizer skip scoring matches that cannot be reported. Valid
   * during the `analyze` call only; absent outside an analyzer (treat as 0).
   */
  readonly minScore?: () => number;
}

/** Whether a recognizer finds personal data or credentials. */
export type RecognizerCategory = 'pii' | 'secret';

/** Static description of a recognizer: everything but its logic. */
export interface RecognizerMeta {
  /** Unique kebab-case id, e.g. `credit-card`, `us-ssn`, `github-token`. */
  readonly id: string;
  /** Entities it can produce. */
  readonly entities: readonly string[];
  /** In the `recommended` preset. */
  readonly recommended: boolean;
  /** `pii` (default) or `secret`. */
  readonly category?: RecognizerCategory;
  /** Lower-case context words that raise a match's score when they appear near it or in the field name. */
  readonly context?: readonly string[];
  /** Languages it supports; undefined means any. */
  readonly languages?: readonly string[];
  /** ISO 3166-1 alpha-2 country (lower case) for national identifiers, e.g. `de`. */
  readonly country?: string;
  /** One line for `pii-scan recognizers` and the docs. */
  readonly description?: string;
}

/** A recognizer as created once per thread: `requires` and `trigger` are cheap preconditions, `analyze` the work. */
export interface RecognizerInstance {
  /**
   * Bounds on the value's one-pass profile (digits, longest token run, marker characters...) that
   * every match needs. The analyzer profiles each value once and skips the recognizer without a
   * call when a bound fails, so declare it whenever possible. Must never exclude a value `analyze`
   * would match.
   * @example { minDigits: 9, minNumberRun: 9 }
   */
  readonly requires?: ValueRequirement;
  /**
   * The highest score `analyze` can return, before context. When it is below the analyzer's
   * threshold, nothing can be reported without context, so the analyzer runs the recognizer only
   * on values whose field name or text holds one of its context words. Leave it out when unsure.
   * @default 1
   */
  readonly maxScore?: number;
  /**
   * Cheap precondition tested once per value (contains `@`, has 9+ digits...), after `requires`.
   * When it returns false, `analyze` is not called. Must never return false for a value `analyze`
   * would match. The analyzer passes the value's profile, so a trigger need not scan the value again
   * (valid during the call only).
   */
  readonly trigger?: (value: string, profile?: ValueProfile) => boolean;
  /**
   * Finds matches in one value. Synchronous and pure. The analyzer passes the value's profile
   * (`profileValue`); it is valid during the call only (the analyzer refills it for the next value).
   */
  analyze(value: string, ctx: AnalyzeContext, profile?: ValueProfile): RecognizerResult[];
}

/**
 * A recognizer: plain metadata plus a factory. `create` runs once per analyzer (per worker thread)
 * to compile regexes or load dictionaries.
 *
 * @example
 * const employeeId = defineRecognizer({
 *   meta: { id: 'employee-id', entities: ['EMPLOYEE_ID'], recommended: false },
 *   create: () => ({
 *     analyze: (value) => [...value.matchAll(/\bEMP-\d{6}\b/g)].map((m) => ({
 *       entity: 'EMPLOYEE_ID', start: m.index, end: m.index + m[0].length, score: 0.9,
 *     })),
 *   }),
 * });
 */
export interface Recognizer<Options = unknown> {
  readonly meta: RecognizerMeta;
  create(options?: Options): RecognizerInstance;
}

/** A pattern of a JSON-configured recognizer. */
export interface PatternConfig {
  /** Name shown in explanations. Default: `pattern-<index>`. */
  readonly name?: string;
  /** JavaScript regular expression source (no slashes). */
  readonly regex: string;
  /** Extra flags (`i`, `u`, `m`, `s`); `g` and `d` are always added. */
  readonly flags?: string;
  /** Base score in [0, 1]. */
  readonly score: number;
}

/**
 * A custom recognizer declared as plain JSON (in code or in a config file): a regex recognizer,
 * a deny list, or both.
 *
 * @example
 * { "id": "ticket-id", "entity": "TICKET_ID", "patterns": [{ "regex": "\\bTCK-\\d{6}\\b", "score": 0.6 }],
 *   "context": ["ticket"] }
 * @example
 * { "entity": "PROJECT_CODENAME", "denyList": ["Bluebird", "Nightjar"] }
 */
export interface RecognizerConfig {
  /** Unique id. Default: derived from the entity (`custom-ticket-id`). */
  readonly id?: string;
  /** Entity the recognizer produces. */
  readonly entity: string;
  readonly patterns?: readonly PatternConfig[];
  /** Exact terms (whole words, case-insensitive unless `caseSensitive`) that are always this entity. */
  readonly denyList?: readonly string[];
  /** Score of deny-list hits. Default: 1.0. */
  readonly denyListScore?: number;
  readonly caseSensitive?: boolean;
  readonly context?: readonly string[];
  readonly category?: RecognizerCategory;
}

/** A built-in recognizer referenced by id, with options (the secretlint config shape). */
export interface RecognizerReference {
  readonly id: string;
  readonly options?: unknown;
  /** Remove this recognizer from the set built so far (e.g. from a preset). */
  readonly disabled?: boolean;
}

/**
 * How to choose recognizers: a built-in id (`email`), a preset (`recommended`, `all`, `secrets`,
 * `country:de`), a reference with options, a JSON-configured recognizer, or a recognizer object.
 */
export type RecognizerSpec = string | RecognizerReference | RecognizerConfig | Recognizer<any>;

/** A value the allow list lets through: an exact string, or a regex that must match the whole span. */
export type AllowListEntry = string | RegExp;

/** Options of the analyzer. Every default lives in `normalizeAnalyzerOptions`. */
export interface AnalyzerOptions {
  /**
   * Recognizers to run, applied in order (later `disabled` references remove earlier ones).
   * @default ['recommended']
   * @example ['recommended', 'country:de', { id: 'us-ssn', disabled: true }]
   */
  readonly recognizers?: readonly RecognizerSpec[];
  /**
   * Only report these entities. @default all entities of the chosen recognizers
   * @example ['EMAIL_ADDRESS', 'PHONE_NUMBER']
   */
  readonly entities?: readonly string[];
  /** Never report these entities. @default [] */
  readonly excludeEntities?: readonly string[];
  /** Minimum score of a reported finding, in [0, 1]. @default 0.5 */
  readonly scoreThreshold?: number;
  /** Language of the text (ISO 639-1). @default 'en' */
  readonly language?: string;
  /** Values never reported: exact strings, or regexes matched against the whole span. @default [] */
  readonly allowList?: readonly AllowListEntry[];
  /**
   * Extra context words that apply to every value, e.g. a column name.
   * @default []
   * @example ['ssn']
   */
  readonly context?: readonly string[];
  /**
   * Regions for national-format phone numbers, ISO 3166-1 alpha-2.
   * @default ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'IN', 'CA', 'AU', 'BR']
   */
  readonly defaultRegions?: readonly string[];
}

/** Per-call overrides of `analyze`: the field the value came from and extra context words. */
export interface AnalyzeCallOptions {
  /** Column name or JSON path; its words act as context for every match in the value. */
  readonly field?: string;
  /** Extra context words for this value only. */
  readonly context?: readonly string[];
  /**
   * The entity the field is known to hold (an inferred column type such as `EMAIL_ADDRESS`). Its
   * recognizers run first; when they find it over the whole value (surrounding spaces aside) and
   * no secret recognizer finds anything, that is the result, and the other recognizers are not
   * run: every character is covered already, as the column's entity. Otherwise the value is
   * analyzed in full. @default undefined (every recognizer runs)
   */
  readonly expect?: string;
}
