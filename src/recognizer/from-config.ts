/** Turns a JSON recognizer config (from code or a config file) into a recognizer, validating every field. */
import { PiiScanError } from '../errors.js';
import type { Recognizer, RecognizerConfig } from '../types.js';
import { definePatternRecognizer, type Pattern } from './define.js';
import { denyListPattern } from './deny-list.js';

const ENTITY = /^[A-Z][A-Z0-9_]*$/;
const FLAGS = /^[imsu]*$/;

/**
 * Builds a recognizer from plain JSON. Errors name the failing path, e.g.
 * `recognizers[2].patterns[0].regex: invalid regular expression: ...` when `where` is `recognizers[2]`.
 *
 * @example
 * recognizerFromConfig({ entity: 'TICKET_ID', patterns: [{ regex: '\\bTCK-\\d{6}\\b', score: 0.6 }], context: ['ticket'] });
 */
export function recognizerFromConfig(config: RecognizerConfig, where = 'recognizer'): Recognizer {
  const fail = (path: string, problem: string): never => {
    throw new PiiScanError('PII_INVALID_RECOGNIZER', `${where}.${path}: ${problem}`, { option: `${where}.${path}` });
  };
  if (typeof config !== 'object' || config === null) fail('entity', 'expected an object with `entity`');
  if (typeof config.entity !== 'string' || !ENTITY.test(config.entity)) fail('entity', 'expected an entity name in SCREAMING_SNAKE_CASE');
  const patterns: Pattern[] = [];
  (config.patterns ?? []).forEach((p, i) => {
    if (typeof p?.regex !== 'string' || p.regex.length === 0) fail(`patterns[${i}].regex`, 'expected a non-empty string');
    const flags = p.flags ?? '';
    if (typeof flags !== 'string' || !FLAGS.test(flags)) fail(`patterns[${i}].flags`, 'expected a combination of i, m, s, u');
    if (typeof p.score !== 'number' || !(p.score > 0 && p.score <= 1)) fail(`patterns[${i}].score`, 'expected a number in (0, 1]');
    let regex: RegExp | undefined;
    try {
      regex = new RegExp(p.regex, flags);
    } catch (err) {
      fail(`patterns[${i}].regex`, `invalid regular expression: ${(err as Error).message}`);
    }
    patterns.push({ name: p.name ?? `pattern-${i}`, regex: regex!, score: p.score });
  });
  if (config.denyList !== undefined) {
    if (!Array.isArray(config.denyList) || config.denyList.some((t) => typeof t !== 'string')) fail('denyList', 'expected an array of strings');
    const score = config.denyListScore ?? 1;
    if (typeof score !== 'number' || !(score > 0 && score <= 1)) fail('denyListScore', 'expected a number in (0, 1]');
    if (config.denyList.length > 0) patterns.push(denyListPattern(config.denyList, score, config.caseSensitive ?? false));
  }
  if (patterns.length === 0) fail('patterns', 'expected at least one pattern or a non-empty `denyList`');
  const id = config.id ?? `custom-${config.entity.toLowerCase().replace(/_/g, '-')}`;
  return definePatternRecognizer({
    id,
    entity: config.entity,
    patterns,
    recommended: true,
    ...(config.context !== undefined && { context: config.context }),
    ...(config.category !== undefined && { category: config.category }),
  });
}
