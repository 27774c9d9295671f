/**
 * Anonymization of one text given its findings: each span is rewritten by the operator configured
 * for its entity (or `DEFAULT`, or `<ENTITY>` when neither is set). Configs are validated and
 * compiled once in `createAnonymizer`; `anonymize` only splices.
 */
import { invalidOption, PiiScanError } from '../errors.js';
import type { Finding } from '../types.js';
import { decryptTokens } from './encrypt.js';
import { KeyRing, parseKey } from './keys.js';
import { compileOperator, needsKey, validateOperatorConfig, type CompiledOperator } from './operators.js';
import type { OperatorConfig, OperatorsConfig } from './types.js';

/** Options of `createAnonymizer`. */
export interface AnonymizerOptions {
  /** Entity (or `DEFAULT`) -> operator. @default { DEFAULT: { type: 'replace' } } */
  readonly operators?: OperatorsConfig;
  /** Key of the keyed operators (see `parseKey` for the string syntax); use `resolveKey` to read it from the environment or a file. */
  readonly key?: Uint8Array | string | undefined;
}

/** What one span became. Offsets are in the OUTPUT text; the original value is never included. */
export interface AnonymizedItem {
  readonly entity: string;
  readonly operator: OperatorConfig['type'];
  /** Start in the output text (UTF-16). */
  readonly start: number;
  /** End in the output text (exclusive); equals `start` for `redact`. */
  readonly end: number;
}

/** The anonymized text and what each span became, in text order. */
export interface AnonymizeResult {
  readonly text: string;
  readonly items: readonly AnonymizedItem[];
}

/** A compiled operator set. Create once per worker and reuse. */
export interface Anonymizer {
  /**
   * Rewrites every finding's span. Findings must be non-overlapping (the analyzer guarantees it);
   * if some overlap anyway they are merged, so no part of either span survives.
   */
  anonymize(text: string, findings: readonly Finding[]): AnonymizeResult;
  /** The text of `anonymize` alone (the pipeline's per-value path: no item objects are built). */
  anonymizedText(text: string, findings: readonly Finding[]): string;
}

/** The operator used when neither the entity nor `DEFAULT` has one. */
export const DEFAULT_OPERATOR: OperatorConfig = Object.freeze({ type: 'replace' });

/**
 * Validates and compiles the operators. Throws `PII_INVALID_OPERATOR` for an unknown operator or
 * bad parameter (option `operators.ENTITY.param`), `PII_MISSING_KEY` when a keyed operator has no
 * key, and `PII_INVALID_KEY` for a malformed key - all before any data is touched.
 *
 * @example
 * const anonymizer = createAnonymizer({
 *   operators: { DEFAULT: { type: 'replace' }, CREDIT_CARD: { type: 'mask', keepLast: 4 } },
 * });
 * anonymizer.anonymize('card 4111 1111 1111 1234', findings).text // 'card **** **** **** 1234'
 */
export function createAnonymizer(options: AnonymizerOptions = {}): Anonymizer {
  if (typeof options !== 'object' || options === null) invalidOption('options', 'an object', options);
  const operators = options.operators ?? {};
  if (typeof operators !== 'object' || operators === null || Array.isArray(operators)) invalidOption('operators', 'an object of entity -> operator', operators);

  const configs = new Map<string, OperatorConfig>();
  for (const [entity, config] of Object.entries(operators)) configs.set(entity, validateOperatorConfig(entity, config));

  const keyed = [...configs].filter(([, c]) => needsKey(c)).map(([entity]) => entity);
  let keys: KeyRing | undefined;
  if (options.key !== undefined) {
    keys = new KeyRing(parseKey(options.key));
  } else if (keyed.length > 0) {
    throw new PiiScanError(
      'PII_MISSING_KEY',
      `The operators for ${keyed.join(', ')} need a key: set the PII_SCAN_KEY environment variable or a key file`,
      { option: `operators.${keyed[0]!}` },
    );
  }

  const compiled = new Map<string, CompiledOperator>();
  for (const [entity, config] of configs) compiled.set(entity, compileOperator(config, keys));
  const fallback = compiled.get('DEFAULT') ?? compileOperator(DEFAULT_OPERATOR, keys);
  const operatorFor = (entity: string): CompiledOperator => compiled.get(entity) ?? fallback;

  /** Rewrites the spans; appends to `items` (when given) what each became. */
  const rewrite = (text: string, findings: readonly Finding[], items: AnonymizedItem[] | undefined): string => {
    if (findings.length === 0) return text;
    const spans = inOrder(text, findings) ? findings : orderedSpans(text, findings);
    let out = '';
    let cursor = 0;
    for (let i = 0; i < spans.length; i++) {
      const f = spans[i]!;
      if (f.start === f.end) continue;
      out += text.slice(cursor, f.start);
      const op = operatorFor(f.entity);
      const replacement = op.apply(text.slice(f.start, f.end), f.entity);
      items?.push({ entity: f.entity, operator: op.type, start: out.length, end: out.length + replacement.length });
      out += replacement;
      cursor = f.end;
    }
    return out + text.slice(cursor);
  };

  return {
    anonymize(text: string, findings: readonly Finding[]): AnonymizeResult {
      const items: AnonymizedItem[] = [];
      return { text: rewrite(text, findings, items), items };
    },
    anonymizedText: (text, findings) => rewrite(text, findings, undefined),
  };
}

/** The common case, checked in one pass: valid, sorted, non-overlapping spans. */
function inOrder(text: string, findings: readonly Finding[]): boolean {
  let prevEnd = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    // `>= 0` and `<=` comparisons are false for NaN and non-numbers, so bad spans take the slow path.
    if (!(f.start >= prevEnd && f.end >= f.start && f.end <= text.length) || !Number.isInteger(f.start) || !Number.isInteger(f.end)) return false;
    prevEnd = f.end;
  }
  return true;
}

/** Findings sorted by start, empty ones dropped, overlapping ones merged (first entity wins). */
function orderedSpans(text: string, findings: readonly Finding[]): Finding[] {
  let sorted = true;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > text.length || f.start > f.end) {
      throw new PiiScanError('PII_INVALID_OPTION', `Invalid finding ${i}: span ${f.start}-${f.end} is outside a text of ${text.length} characters`, { option: 'findings' });
    }
    if (i > 0 && f.start < findings[i - 1]!.start) sorted = false;
  }
  const list = sorted ? findings : [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of list) {
    if (f.start === f.end) continue;
    const last = out[out.length - 1];
    if (last !== undefined && f.start < last.end) {
      if (f.end > last.end) out[out.length - 1] = { ...last, end: f.end };
      continue;
    }
    out.push(f);
  }
  return out;
}

const anonymizerCache = new WeakMap<object, Map<string, Anonymizer>>();
const NO_OPERATORS = {};

/**
 * One-shot anonymization. Compiled anonymizers are cached per operators object and string key,
 * so calling it in a loop with the same config does not re-validate.
 *
 * @example
 * anonymizeText('mail alice@example.org', [{ entity: 'EMAIL_ADDRESS', start: 5, end: 22, score: 1, recognizer: 'email' }])
 * // { text: 'mail <EMAIL_ADDRESS>', items: [{ entity: 'EMAIL_ADDRESS', operator: 'replace', start: 5, end: 20 }] }
 */
export function anonymizeText(
  text: string,
  findings: readonly Finding[],
  operators?: OperatorsConfig,
  options: { readonly key?: Uint8Array | string | undefined } = {},
): AnonymizeResult {
  const key = options.key;
  if (key !== undefined && typeof key !== 'string') {
    return createAnonymizer({ operators: operators ?? {}, key }).anonymize(text, findings);
  }
  const holder = operators ?? NO_OPERATORS;
  let byKey = anonymizerCache.get(holder);
  if (byKey === undefined) {
    byKey = new Map();
    anonymizerCache.set(holder, byKey);
  }
  // The map key is never exposed; '\0' marks "no key" (a key string cannot be empty).
  const cacheKey = key ?? '\0';
  let anonymizer = byKey.get(cacheKey);
  if (anonymizer === undefined) {
    anonymizer = createAnonymizer({ operators: holder as OperatorsConfig, key });
    byKey.set(cacheKey, anonymizer);
  }
  return anonymizer.anonymize(text, findings);
}

/**
 * Restores the values the `encrypt` operator turned into `[[enc:ENTITY:...]]` tokens.
 * Throws `PII_DECRYPT_FAILED` on a wrong key or a tampered token, `PII_INVALID_KEY` on a bad key.
 *
 * @example
 * deanonymizeText(anonymized, { key: process.env.PII_SCAN_KEY! })
 */
export function deanonymizeText(text: string, options: { readonly key: Uint8Array | string }): string {
  if (options?.key === undefined) throw new PiiScanError('PII_MISSING_KEY', 'deanonymizeText needs the key used to encrypt', { option: 'key' });
  return decryptTokens(new KeyRing(parseKey(options.key)), text);
}
