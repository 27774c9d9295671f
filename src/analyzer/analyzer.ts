/**
 * The detection engine for one value: run the recognizers whose trigger holds, apply context,
 * the threshold and the allow list, then resolve overlaps. Pure and synchronous; knows nothing
 * of files, streams or threads.
 */
import { compileAllowList } from '../recognizer/define.js';
import { normalizeAnalyzerOptions, type NormalizedAnalyzerOptions } from '../options.js';
import type { AllowListEntry, AnalyzeCallOptions, AnalyzeContext, AnalyzerOptions, Finding, RecognizerInstance, RecognizerMeta } from '../types.js';
import { boostScore, compileContext, contextWords, valueWords, wordsAround, type ContextMatcher, type ValueWords } from './context.js';
import { resolveOverlaps } from './overlaps.js';
import { resolveRecognizers } from './resolve-recognizers.js';

/** A ready analyzer: recognizers created once, reused for every value. */
export interface Analyzer {
  /** The normalized options it was built with. */
  readonly options: NormalizedAnalyzerOptions;
  /** Metadata of the recognizers it runs, in order. */
  readonly recognizers: readonly RecognizerMeta[];
  /** Entities it can report. */
  readonly entities: readonly string[];
  /**
   * Finds PII and secrets in one value. Findings are sorted by start and never overlap.
   * @example analyzer.analyze('call 212-555-0199', { field: 'notes' })
   */
  analyze(value: string, call?: AnalyzeCallOptions): Finding[];
}

interface ActiveRecognizer {
  readonly meta: RecognizerMeta;
  readonly instance: RecognizerInstance;
  readonly hasContext: ContextMatcher | undefined;
  /** The recognizer's own `allow` option (every recognizer accepts it): matches it never reports. */
  readonly isAllowed: ((text: string) => boolean) | undefined;
}

/** The `allow` list of a recognizer's options, if any. */
function allowOption(options: unknown): readonly AllowListEntry[] {
  const allow = typeof options === 'object' && options !== null ? (options as { allow?: unknown }).allow : undefined;
  return Array.isArray(allow) ? (allow as AllowListEntry[]) : [];
}

/**
 * Creates an analyzer. Creating compiles every recognizer's regexes (and loads NLP), so create one
 * and reuse it; `analyzeText` does that for you.
 *
 * @example
 * const analyzer = createAnalyzer({ recognizers: ['recommended', 'country:de'], scoreThreshold: 0.6 });
 * for (const row of rows) findings.push(analyzer.analyze(row.comment, { field: 'comment' }));
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const opts = normalizeAnalyzerOptions(options);
  const include = opts.entities ? new Set(opts.entities) : undefined;
  const exclude = new Set(opts.excludeEntities);
  const wanted = (entity: string) => (!include || include.has(entity)) && !exclude.has(entity);

  const active: ActiveRecognizer[] = [];
  for (const { recognizer, options: recognizerOptions } of resolveRecognizers(opts.recognizers)) {
    const meta = recognizer.meta;
    if (!meta.entities.some(wanted)) continue;
    if (meta.languages && !meta.languages.includes(opts.language)) continue;
    const instance = recognizer.create(recognizerOptions);
    const allow = allowOption(recognizerOptions);
    active.push({
      meta,
      instance,
      hasContext: meta.context?.length ? compileContext(meta.context) : undefined,
      isAllowed: allow.length > 0 ? compileAllowList(allow) : undefined,
    });
  }
  const isAllowed = opts.allowList.length > 0 ? compileAllowList(opts.allowList) : undefined;
  const secretRecognizers = new Set(active.filter((a) => a.meta.category === 'secret').map((a) => a.meta.id));
  const isSecret = (f: Finding) => secretRecognizers.has(f.recognizer);
  const baseContext = opts.context.flatMap(contextWords);

  // Datasets have few distinct fields and millions of values: the field's context is built once.
  const fieldCache = new Map<string | undefined, { ctx: AnalyzeContext; haystack: string }>();
  const fieldInfo = (field: string | undefined, extra: readonly string[] | undefined) => {
    const cacheable = extra === undefined || extra.length === 0;
    const cached = cacheable ? fieldCache.get(field) : undefined;
    if (cached) return cached;
    const fieldContext = [...baseContext, ...(field ? contextWords(field) : []), ...(extra ?? []).flatMap(contextWords)];
    const info = {
      ctx: { field, fieldContext, language: opts.language, defaultRegions: opts.defaultRegions },
      haystack: ` ${fieldContext.join(' ')} `,
    };
    if (cacheable && fieldCache.size < 10_000) fieldCache.set(field, info);
    return info;
  };

  function analyze(value: string, call: AnalyzeCallOptions = {}): Finding[] {
    if (value.length === 0) return [];
    const { ctx, haystack: fieldHaystack } = fieldInfo(call.field, call.context);
    const found: Finding[] = [];
    let words: ValueWords | undefined;
    for (const { meta, instance, hasContext, isAllowed: recognizerAllows } of active) {
      if (instance.trigger && !instance.trigger(value)) continue;
      const results = instance.analyze(value, ctx);
      if (results.length === 0) continue;
      const fieldHasContext = hasContext !== undefined && hasContext(fieldHaystack);
      for (const r of results) {
        if (!wanted(r.entity)) continue;
        let score = r.score;
        if (hasContext && !r.contextApplied && score < 1 && (fieldHasContext || hasContext(wordsAround((words ??= valueWords(value)), r.start, r.end)))) {
          score = boostScore(score);
        }
        if (score < opts.scoreThreshold || score <= 0) continue;
        if (isAllowed || recognizerAllows) {
          const text = value.slice(r.start, r.end);
          if (isAllowed?.(text) || recognizerAllows?.(text)) continue;
        }
        found.push({ entity: r.entity, start: r.start, end: r.end, score: Math.round(score * 1e4) / 1e4, recognizer: meta.id });
      }
    }
    return resolveOverlaps(value, found, isSecret);
  }

  return {
    options: opts,
    recognizers: active.map((a) => a.meta),
    entities: [...new Set(active.flatMap((a) => a.meta.entities.filter(wanted)))],
    analyze,
  };
}

const cache = new WeakMap<object, Analyzer>();
let defaultAnalyzer: Analyzer | undefined;

/**
 * Finds PII and secrets in a string. The analyzer for a given options object is built once and
 * cached, so calling this in a loop with the same options object is cheap.
 *
 * @example
 * analyzeText('Mail jane.doe@acme.io or call +1 212 555 0199')
 * // [{ entity: 'EMAIL_ADDRESS', start: 5, end: 21, score: 1, recognizer: 'email' }, { entity: 'PHONE_NUMBER', ... }]
 */
export function analyzeText(text: string, options?: AnalyzerOptions & AnalyzeCallOptions): Finding[] {
  let analyzer: Analyzer;
  if (options === undefined) {
    analyzer = defaultAnalyzer ??= createAnalyzer();
  } else {
    analyzer = cache.get(options) ?? createAnalyzer(options);
    cache.set(options, analyzer);
  }
  const call: AnalyzeCallOptions = options?.field !== undefined ? { field: options.field } : {};
  return analyzer.analyze(text, call);
}
