/**
 * Operator configurations: how each detected entity is rewritten. Plain JSON only, so configs
 * cross into worker threads by structured clone and live in config files.
 */

/** `<{entity}>` by default. `{entity}` is the entity name, `{id}` a short keyed id of the value (needs a key). */
export interface ReplaceOperatorConfig {
  readonly type: 'replace';
  /** @default '<{entity}>' @example '<{entity}_{id}>' */
  readonly template?: string;
}

/** Removes the span. */
export interface RedactOperatorConfig {
  readonly type: 'redact';
}

/**
 * Replaces every letter, digit and other character with `char`, except separators (whitespace and
 * `- . / ( ) + @ : ,`), which stay so the shape remains readable. `keepFirst` / `keepLast` count
 * only masked characters; when they would leave nothing masked, everything is masked.
 */
export interface MaskOperatorConfig {
  readonly type: 'mask';
  /** One character (code point). @default '*' */
  readonly char?: string;
  /** Masked characters left visible at the start. @default 0 */
  readonly keepFirst?: number;
  /** Masked characters left visible at the end. @example 4 (last four digits of a card) @default 0 */
  readonly keepLast?: number;
  /** For values with `@`, keep `@domain` and mask only the local part. @default false */
  readonly keepDomain?: boolean;
}

/** Keyed HMAC of the normalized value (needs a key). */
export interface HashOperatorConfig {
  readonly type: 'hash';
  /** @default 'sha256' */
  readonly algorithm?: 'sha256' | 'sha512';
  /** @default 'hex' */
  readonly encoding?: 'hex' | 'base64';
  /** Truncate the digest to this many characters (at least 8). @default the full digest */
  readonly length?: number;
}

/** Deterministic authenticated encryption into a `[[enc:ENTITY:...]]` token (needs a key); `deanonymizeText` restores it. */
export interface EncryptOperatorConfig {
  readonly type: 'encrypt';
}

/** A realistic, valid fake of the same kind and shape, chosen by a keyed HMAC of the normalized value (needs a key). */
export interface PseudonymizeOperatorConfig {
  readonly type: 'pseudonymize';
}

/**
 * Coarser values: dates to a year, month or decade; ages to ranges; postcodes truncated.
 * A value that cannot be generalized becomes `<ENTITY>`.
 */
export interface GeneralizeOperatorConfig {
  readonly type: 'generalize';
  /** Dates: `2021-03-05` -> `2021` (year), `2021-03` (month) or `2020s` (decade). @default 'year' */
  readonly to?: 'year' | 'month' | 'decade';
  /** Ages: width of the range (`34` -> `30-39`). Ages of 90 and over become `90+`. @default 10 */
  readonly width?: number;
  /** Postcodes: letters and digits kept (`94103` -> `941`). Codes with a space keep their first part. @default 3 */
  readonly keep?: number;
}

/** Leaves the value as it is (it is still reported). */
export interface KeepOperatorConfig {
  readonly type: 'keep';
}

/** One operator, as plain JSON. */
export type OperatorConfig =
  | ReplaceOperatorConfig
  | RedactOperatorConfig
  | MaskOperatorConfig
  | HashOperatorConfig
  | EncryptOperatorConfig
  | PseudonymizeOperatorConfig
  | GeneralizeOperatorConfig
  | KeepOperatorConfig;

/** The operator names. */
export type OperatorType = OperatorConfig['type'];

/**
 * Entity name (or `DEFAULT`) -> operator. Plain JSON: crosses into workers and lives in config files.
 *
 * @example
 * { DEFAULT: { type: 'replace' }, CREDIT_CARD: { type: 'mask', keepLast: 4 }, PERSON: { type: 'pseudonymize' } }
 */
export type OperatorsConfig = Readonly<Record<string, OperatorConfig>>;
