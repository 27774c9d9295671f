/**
 * The two ways to write a recognizer: `defineRecognizer` for arbitrary logic and
 * `definePatternRecognizer` for regexes with Presidio's validate / invalidate scoring.
 */
import { PiiScanError } from '../errors.js';
import type { AllowListEntry, Recognizer, RecognizerCategory, RecognizerInstance, RecognizerMeta, RecognizerResult, ValueProfile, ValueRequirement } from '../types.js';
import { anyOf, withFlags } from './regex.js';

/**
 * Declares a recognizer with arbitrary logic. Checks the metadata once, at definition time.
 *
 * @example
 * export const employeeId = defineRecognizer({
 *   meta: { id: 'employee-id', entities: ['EMPLOYEE_ID'], recommended: false },
 *   create: () => ({ analyze: (value) => findEmployeeIds(value) }),
 * });
 */
export function defineRecognizer<Options = unknown>(recognizer: Recognizer<Options>): Recognizer<Options> {
  checkMeta(recognizer.meta);
  if (typeof recognizer.create !== 'function') {
    throw new PiiScanError('PII_INVALID_RECOGNIZER', `Recognizer \`${recognizer.meta.id}\`: \`create\` must be a function`, { option: recognizer.meta.id });
  }
  return Object.freeze(recognizer);
}

const ID = /^[a-z0-9][a-z0-9-]*(?::[a-z0-9-]+)?$/;
const ENTITY = /^[A-Z][A-Z0-9_]*$/;

function checkMeta(meta: RecognizerMeta): void {
  const fail = (what: string): never => {
    throw new PiiScanError('PII_INVALID_RECOGNIZER', `Recognizer \`${String(meta?.id)}\`: ${what}`, { option: String(meta?.id) });
  };
  if (!meta || typeof meta.id !== 'string' || !ID.test(meta.id)) fail('`meta.id` must be a kebab-case string');
  if (!Array.isArray(meta.entities) || meta.entities.length === 0) fail('`meta.entities` must list at least one entity');
  for (const e of meta.entities) if (typeof e !== 'string' || !ENTITY.test(e)) fail(`entity ${JSON.stringify(e)} must be SCREAMING_SNAKE_CASE`);
}

/** What a validator sees of one match. */
export interface PatternMatch {
  /** The matched text (the capture group's text when the pattern names a group). */
  readonly text: string;
  /** The whole value the match was found in. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** Named groups of the regex match. */
  readonly groups: Readonly<Record<string, string | undefined>>;
  /** Name of the pattern that matched. */
  readonly pattern: string;
}

/** One regex of a pattern recognizer. */
export interface Pattern {
  /** Name used in tests and explanations, e.g. `visa-16-grouped`. */
  readonly name: string;
  /** The regex; `g` and `d` are added. Guard boundaries with lookarounds, never `\b` around digits and letters of other scripts. */
  readonly regex: RegExp;
  /** Base score in (0, 1]. Weak patterns (0.15-0.45) only pass the default threshold with context. */
  readonly score: number;
  /** Capture group (index or name) whose span is the finding; default the whole match. */
  readonly group?: number | string;
  /** Entity of this pattern when it differs from the recognizer's. */
  readonly entity?: string;
}

/** Options every recognizer accepts from configuration; the analyzer applies them. */
export interface PatternRecognizerOptions {
  /** Matches never reported by this recognizer: exact strings or whole-match regexes. @default [] */
  readonly allow?: readonly AllowListEntry[];
}

/** A pattern recognizer's declaration. */
export interface PatternRecognizerDefinition extends Omit<RecognizerMeta, 'entities' | 'recommended'> {
  /** Entity of every pattern that does not name its own. */
  readonly entity: string;
  readonly patterns: readonly Pattern[];
  /** In the `recommended` preset. @default false */
  readonly recommended?: boolean;
  readonly category?: RecognizerCategory;
  /** Bounds on the value's profile every match needs; see `RecognizerInstance.requires`. */
  readonly requires?: ValueRequirement;
  /** Cheap precondition on the whole value, tested after `requires`; see `RecognizerInstance.trigger`. */
  readonly trigger?: (value: string, profile?: ValueProfile) => boolean;
  /** Canonical form before validation and the ignore list (strip separators, upper-case...). @default identity */
  readonly normalize?: (text: string) => string;
  /**
   * Decides the score from the normalized text: `true` -> 1.0, `false` -> dropped, a number ->
   * that score (0 drops), `undefined` -> the pattern's score.
   */
  readonly validate?: (normalized: string, match: PatternMatch) => boolean | number | undefined;
  /** `true` drops the match (known-bad values such as SSN area 000). */
  readonly invalidate?: (normalized: string, match: PatternMatch) => boolean;
  /** Normalized values that are documentation / test samples (Visa 4111 1111 1111 1111...). */
  readonly ignore?: readonly string[];
}

/**
 * Declares a regex recognizer with Presidio's scoring: base score per pattern, then `validate`
 * (true -> 1.0, false -> drop), then `invalidate` (true -> drop), then the ignore and allow lists.
 * Spans come from the regex `d` flag, so a capture group's span is exact.
 *
 * @example
 * export const ukPostcode = definePatternRecognizer({
 *   id: 'uk-postcode', entity: 'UK_POSTCODE', country: 'gb',
 *   patterns: [{ name: 'postcode', regex: /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/, score: 0.4 }],
 *   context: ['postcode', 'address'],
 * });
 */
export function definePatternRecognizer(def: PatternRecognizerDefinition): Recognizer<PatternRecognizerOptions> {
  if (!Array.isArray(def.patterns) || def.patterns.length === 0) {
    throw new PiiScanError('PII_INVALID_RECOGNIZER', `Recognizer \`${def.id}\`: \`patterns\` must not be empty`, { option: def.id });
  }
  const entities = [...new Set([def.entity, ...def.patterns.map((p) => p.entity ?? def.entity)])];
  def.patterns.forEach((p, i) => checkPattern(def.id, p, i));
  const meta: RecognizerMeta = {
    id: def.id,
    entities,
    recommended: def.recommended ?? false,
    ...(def.category !== undefined && { category: def.category }),
    ...(def.context !== undefined && { context: def.context }),
    ...(def.languages !== undefined && { languages: def.languages }),
    ...(def.country !== undefined && { country: def.country }),
    ...(def.description !== undefined && { description: def.description }),
  };
  return defineRecognizer<PatternRecognizerOptions>({
    meta,
    create: () => createPatternInstance(def),
  });
}

function checkPattern(id: string, p: Pattern, i: number): void {
  if (!(p.regex instanceof RegExp)) {
    throw new PiiScanError('PII_INVALID_RECOGNIZER', `Recognizer \`${id}\`: patterns[${i}].regex must be a RegExp`, { option: `patterns[${i}].regex` });
  }
  if (!(typeof p.score === 'number' && p.score > 0 && p.score <= 1)) {
    throw new PiiScanError('PII_INVALID_RECOGNIZER', `Recognizer \`${id}\`: patterns[${i}].score must be in (0, 1], got ${String(p.score)}`, { option: `patterns[${i}].score` });
  }
}

function createPatternInstance(def: PatternRecognizerDefinition): RecognizerInstance {
  // `d` (match indices) makes every exec allocate index arrays: only patterns that report a group need it.
  const patterns = def.patterns.map((p) => ({ ...p, regex: withFlags(p.regex, p.group === undefined ? 'g' : 'gd') }));
  const ignore = new Set(def.ignore ?? []);
  const normalize = def.normalize ?? ((text: string) => text);
  // Most values match none of the patterns: one scan for all of them says so (see `anyOf`).
  const anyPattern = patterns.length > 1 ? anyOf(def.patterns.map((p) => p.regex)) : undefined;
  const instance: RecognizerInstance = {
    analyze(value) {
      const out: RecognizerResult[] = [];
      if (anyPattern !== undefined && !anyPattern.test(value)) return out;
      for (const p of patterns) {
        const regex = p.regex;
        regex.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = regex.exec(value)) !== null) {
          if (m[0].length === 0) regex.lastIndex++;
          const span: readonly [number, number] | undefined = p.group === undefined ? [m.index, m.index + m[0].length] : groupSpan(m, p.group);
          if (!span || span[1] <= span[0]) continue;
          const [start, end] = span;
          const text = value.slice(start, end);
          const normalized = normalize(text);
          if (ignore.has(normalized)) continue;
          const match: PatternMatch = { text, value, start, end, groups: m.groups ?? {}, pattern: p.name };
          let score = p.score;
          const verdict = def.validate?.(normalized, match);
          if (verdict === false || verdict === 0) continue;
          if (verdict === true) score = 1;
          else if (typeof verdict === 'number') score = Math.min(1, verdict);
          if (def.invalidate?.(normalized, match)) continue;
          out.push({ entity: p.entity ?? def.entity, start, end, score });
        }
      }
      return out;
    },
  };
  // Without a validator no match scores above its pattern's score.
  const maxScore = def.validate ? undefined : Math.max(...def.patterns.map((p) => p.score));
  return {
    ...instance,
    ...(def.requires && { requires: def.requires }),
    ...(def.trigger && { trigger: def.trigger }),
    ...(maxScore !== undefined && { maxScore }),
  };
}

function groupSpan(m: RegExpExecArray, group: number | string): [number, number] | undefined {
  return typeof group === 'number' ? m.indices?.[group] : m.indices?.groups?.[group];
}

/** Compiles an allow list into a predicate over a matched span's text. Regexes must match the whole span. */
export function compileAllowList(entries: readonly AllowListEntry[]): (text: string) => boolean {
  if (entries.length === 0) return () => false;
  const exact = new Set<string>();
  const regexes: RegExp[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') exact.add(entry);
    else if (entry instanceof RegExp) regexes.push(new RegExp(`^(?:${entry.source})$`, entry.flags.replace(/[gy]/g, '')));
    else throw new PiiScanError('PII_INVALID_OPTION', 'Invalid option `allowList`: expected strings or regular expressions', { option: 'allowList' });
  }
  return (text) => exact.has(text) || regexes.some((r) => r.test(text));
}
