/**
 * Option normalization: every default lives here. Each option gets one block that maps "empty"
 * to its default, accepts the legal shapes, and otherwise throws `PII_INVALID_OPTION`.
 */
import { invalidOption } from './errors.js';
import type { AllowListEntry, AnalyzerOptions, RecognizerSpec } from './types.js';

/** Analyzer options with every default filled in. */
export interface NormalizedAnalyzerOptions {
  readonly recognizers: readonly RecognizerSpec[];
  readonly entities: readonly string[] | undefined;
  readonly excludeEntities: readonly string[];
  readonly scoreThreshold: number;
  readonly language: string;
  readonly allowList: readonly AllowListEntry[];
  readonly context: readonly string[];
  readonly defaultRegions: readonly string[];
}

/** Default recognizer selection. */
export const DEFAULT_RECOGNIZERS: readonly RecognizerSpec[] = ['recommended'];
/** Default minimum score. */
export const DEFAULT_SCORE_THRESHOLD = 0.5;
/** Default phone regions, most common first: national formats are tried in this order. */
export const DEFAULT_REGIONS: readonly string[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'IN', 'CA', 'AU', 'BR'];

const isEmpty = (v: unknown): boolean => v === undefined || v === null;

function stringList(name: string, value: unknown, fallback: readonly string[]): readonly string[] {
  if (isEmpty(value)) return fallback;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0)) {
    invalidOption(name, 'an array of non-empty strings', value);
  }
  return value as string[];
}

/**
 * Fills in defaults and validates analyzer options.
 *
 * @example
 * normalizeAnalyzerOptions({ scoreThreshold: 0.7 }).language // 'en'
 */
export function normalizeAnalyzerOptions(options: AnalyzerOptions = {}): NormalizedAnalyzerOptions {
  if (typeof options !== 'object' || options === null) invalidOption('options', 'an object', options);

  // Normalize option `recognizers`
  const recognizers = isEmpty(options.recognizers) ? DEFAULT_RECOGNIZERS : options.recognizers!;
  if (!Array.isArray(recognizers)) invalidOption('recognizers', 'an array of recognizer ids, presets, configs or objects', recognizers);

  // Normalize option `entities` (undefined = all)
  const entities = isEmpty(options.entities) ? undefined : stringList('entities', options.entities, []);

  // Normalize option `excludeEntities`
  const excludeEntities = stringList('excludeEntities', options.excludeEntities, []);

  // Normalize option `scoreThreshold`
  const scoreThreshold = isEmpty(options.scoreThreshold) ? DEFAULT_SCORE_THRESHOLD : options.scoreThreshold!;
  if (typeof scoreThreshold !== 'number' || !(scoreThreshold >= 0 && scoreThreshold <= 1)) {
    invalidOption('scoreThreshold', 'a number from 0 to 1', scoreThreshold);
  }

  // Normalize option `language`
  const language = isEmpty(options.language) ? 'en' : options.language!;
  if (typeof language !== 'string' || !/^[a-z]{2,3}$/.test(language)) invalidOption('language', 'an ISO 639-1 code such as "en"', language);

  // Normalize option `allowList`
  const allowList = isEmpty(options.allowList) ? [] : options.allowList!;
  if (!Array.isArray(allowList) || allowList.some((e) => typeof e !== 'string' && !(e instanceof RegExp))) {
    invalidOption('allowList', 'an array of strings and regular expressions', allowList);
  }

  // Normalize option `context`
  const context = stringList('context', options.context, []);

  // Normalize option `defaultRegions`
  const regions = stringList('defaultRegions', options.defaultRegions, DEFAULT_REGIONS).map((r) => r.toUpperCase());
  if (regions.some((r) => !/^[A-Z]{2}$/.test(r))) invalidOption('defaultRegions', 'ISO 3166-1 alpha-2 codes such as "US"', options.defaultRegions);

  return { recognizers, entities, excludeEntities, scoreThreshold, language, allowList, context, defaultRegions: regions };
}
