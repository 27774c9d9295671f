/** Deny lists: exact terms that are always a given entity (project code names, staff names...). */
import type { Recognizer, RecognizerCategory } from '../types.js';
import { definePatternRecognizer, type Pattern, type PatternRecognizerOptions } from './define.js';
import { escapeRegExp, NO_ALNUM_AFTER, NO_ALNUM_BEFORE } from './regex.js';

/** A deny list's declaration. */
export interface DenyListDefinition {
  readonly id: string;
  readonly entity: string;
  /** Terms matched as whole words. */
  readonly terms: readonly string[];
  /** Score of every hit. @default 1 */
  readonly score?: number;
  /** Match case exactly. @default false */
  readonly caseSensitive?: boolean;
  readonly context?: readonly string[];
  readonly category?: RecognizerCategory;
  /** @default false */
  readonly recommended?: boolean;
}

/** The regex pattern of a deny list: one alternation, longest terms first so `Anna Lee` wins over `Anna`. */
export function denyListPattern(terms: readonly string[], score: number, caseSensitive: boolean): Pattern {
  const alternatives = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const source = `${NO_ALNUM_BEFORE}(?:${alternatives.join('|')})${NO_ALNUM_AFTER}`;
  return { name: 'deny-list', regex: new RegExp(source, caseSensitive ? 'u' : 'iu'), score };
}

/**
 * Declares a recognizer that reports every whole-word occurrence of the given terms.
 *
 * @example
 * const codenames = defineDenyListRecognizer({ id: 'codenames', entity: 'PROJECT', terms: ['Bluebird', 'Nightjar'] });
 */
export function defineDenyListRecognizer(def: DenyListDefinition): Recognizer<PatternRecognizerOptions> {
  return definePatternRecognizer({
    id: def.id,
    entity: def.entity,
    recommended: def.recommended ?? false,
    patterns: [denyListPattern(def.terms, def.score ?? 1, def.caseSensitive ?? false)],
    ...(def.context !== undefined && { context: def.context }),
    ...(def.category !== undefined && { category: def.category }),
  });
}
