/**
 * The detection engine for one value: run the recognizers whose trigger holds, apply context,
 * the threshold and the allow list, then resolve overlaps. Pure and synchronous; knows nothing
 * of files, streams or threads.
 */
import { compileAllowList } from '../recognizer/define.js';
import { escapeRegExp } from '../recognizer/regex.js';
import { compileRequirement, indexRequirements, lowerCaseOf, profileInto, profileSlot, type CompiledRequirement, type ValueProfile } from '../recognizer/triggers.js';
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
  /**
   * `analyze` with `call` fixed, for the values of one field (a column, a JSON path): the field's
   * context and value cache are looked up once, here, instead of once per value. Same findings.
   * @example
   * const analyzeEmail = analyzer.forField({ field: 'email' });
   * for (const row of rows) findings.push(analyzeEmail(row.email));
   */
  forField(call?: AnalyzeCallOptions): (value: string) => Finding[];
}

interface ActiveRecognizer {
  readonly meta: RecognizerMeta;
  readonly instance: RecognizerInstance;
  // Read off `meta` and `instance` once: each recognizer's objects have a shape of their own, so
  // reading these per call was a megamorphic property load (a stub-cache probe) every time.
  readonly id: string;
  readonly trigger: RecognizerInstance['trigger'];
  readonly analyze: RecognizerInstance['analyze'];
  /** `instance.requires`, compiled; checked (through `indexRequirements`) against the value's profile before any call. */
  readonly requirement: CompiledRequirement;
  readonly hasContext: ContextMatcher | undefined;
  /**
   * A test on the lower-cased value for the first word of each context phrase: without one (and
   * without context in the field name) no match of the value can be raised by context.
   */
  readonly contextInValue: (lowerValue: string) => boolean;
  /** The recognizer cannot reach the threshold without context (its `maxScore` is below it): it is not run where there is none. */
  readonly weak: boolean;
  /** The recognizer's own `allow` option (every recognizer accepts it): matches it never reports. */
  readonly isAllowed: ((text: string) => boolean) | undefined;
}

/** What the analyzer keeps per field: the context handed to recognizers and the value cache. */
interface FieldInfo {
  readonly ctx: AnalyzeContext;
  /** Per active recognizer (same index): whether the field name or call context holds one of its context words. */
  readonly hasContext: readonly boolean[];
  readonly values: ValueCache | undefined;
}

/**
 * Findings of a field's recent values. Dataset columns repeat values heavily (cities, names,
 * categories), and analysis is pure, so a repeated value is answered from here. A field whose
 * values rarely repeat (ids, timestamps, free text) turns its cache off after a trial, so unique
 * values pay for neither the lookups nor the memory.
 */
class ValueCache {
  /** Longer values are free text, which rarely repeats. */
  static readonly MAX_VALUE_LENGTH = 64;
  /** Entries per field; the map is cleared when full (cheaper than LRU upkeep, and as deterministic). */
  static readonly CAPACITY = 4096;
  /** Entries over all fields of one analyzer (JSON records can have thousands of paths): past it every cache is cleared. */
  static readonly TOTAL_CAPACITY = 65_536;
  /** Lookups before the hit rate is judged, and the rate below which the cache turns off. */
  static readonly TRIAL = 2048;
  static readonly MIN_HIT_RATE = 0.2;

  enabled = true;
  #map = new Map<string, Finding[]>();
  #lookups = 0;
  #hits = 0;

  /** `shared` is every cache of the analyzer with their entry count. */
  constructor(private readonly shared: { caches: ValueCache[]; entries: number }) {
    shared.caches.push(this);
  }

  get(value: string): Finding[] | undefined {
    const hit = this.#map.get(value);
    if (this.#lookups < ValueCache.TRIAL) {
      this.#lookups++;
      if (hit !== undefined) this.#hits++;
      if (this.#lookups === ValueCache.TRIAL && this.#hits < ValueCache.TRIAL * ValueCache.MIN_HIT_RATE) {
        this.enabled = false;
        this.shared.entries -= this.#map.size;
        this.#map.clear();
      }
    }
    return hit;
  }

  set(value: string, findings: Finding[]): void {
    if (!this.enabled) return;
    if (this.shared.entries >= ValueCache.TOTAL_CAPACITY) {
      for (const cache of this.shared.caches) cache.#map.clear();
      this.shared.entries = 0;
    }
    if (this.#map.size >= ValueCache.CAPACITY) {
      this.shared.entries -= this.#map.size;
      this.#map.clear();
    }
    this.#map.set(value, findings);
    this.shared.entries++;
  }
}

/** The cached answer of a value without findings (a hit returns a new empty array, never this one). */
const NO_FINDINGS: Finding[] = [];

/** The first word of each context phrase: a value without any of them cannot have the phrase nearby. */
function gateWords(context: readonly string[]): string[] {
  return [...new Set(context.map((c) => contextWords(c)[0]).filter((w): w is string => w !== undefined))];
}

/** A test for any of the words in a lower-cased value. */
function compileContextGate(words: readonly string[]): (lowerValue: string) => boolean {
  if (words.length === 0) return () => false;
  const any = new RegExp(words.map(escapeRegExp).join('|'));
  return (lowerValue) => any.test(lowerValue);
}

/** Whether one of the findings is `entity` over all of `[start, end)` (a loop: no closure per value). */
function coversWhole(found: readonly Finding[], entity: string, start: number, end: number): boolean {
  for (const f of found) if (f.entity === entity && f.start <= start && f.end >= end) return true;
  return false;
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
    const hasContext = meta.context?.length ? compileContext(meta.context) : undefined;
    const weak = instance.maxScore !== undefined && instance.maxScore < opts.scoreThreshold;
    // A weak recognizer that even context cannot lift to the threshold never reports anything.
    if (weak && (!hasContext || boostScore(instance.maxScore!) < opts.scoreThreshold)) continue;
    active.push({
      meta,
      instance,
      id: meta.id,
      trigger: instance.trigger,
      analyze: instance.analyze,
      requirement: compileRequirement(instance.requires),
      hasContext,
      contextInValue: compileContextGate(gateWords(meta.context ?? [])),
      weak,
      isAllowed: allow.length > 0 ? compileAllowList(allow) : undefined,
    });
  }
  const isAllowed = opts.allowList.length > 0 ? compileAllowList(opts.allowList) : undefined;
  // One test per value for the context words of every gated recognizer: most values hold none.
  const anyGateWord = compileContextGate([...new Set(active.flatMap((a) => (a.weak ? gateWords(a.meta.context!) : [])))]);
  const secretRecognizers = new Set(active.filter((a) => a.meta.category === 'secret').map((a) => a.meta.id));
  const isSecret = (f: Finding) => secretRecognizers.has(f.recognizer);
  const baseContext = opts.context.flatMap(contextWords);

  // Datasets have few distinct fields and millions of values: the field's context is built once,
  // and so is a cache of its values' findings while the field keeps repeating values.
  const fieldCache = new Map<string | undefined, FieldInfo>();
  const expectedFieldCache = new Map<string, Map<string | undefined, FieldInfo>>();
  // Which recognizers each value can match, as a bit set over `active` (see `RequirementIndex`):
  // most values fail most recognizers' requirements, and a few table lookups per value find the
  // rest, instead of a few comparisons per recognizer per value.
  const requirementIndex = indexRequirements(active.map((a) => a.requirement));
  const setWords = requirementIndex.words;
  const met = new Int32Array(setWords);
  const setOf = (include: (a: ActiveRecognizer) => boolean): Int32Array => {
    const set = new Int32Array(setWords);
    active.forEach((a, i) => {
      if (include(a)) set[i >> 5]! |= 1 << (i & 31);
    });
    return set;
  };
  // Per entity: which active recognizers report it (run first for a field expected to hold it).
  const reporting = new Map<string, Int32Array>();
  // (The sets are built apart: a closure over `entity` here would allocate a context per call.)
  const reportersOf = (entity: string): Int32Array => {
    let set = reporting.get(entity);
    if (set === undefined) reporting.set(entity, (set = reportingOf(entity)));
    return set;
  };
  const reportingOf = (entity: string): Int32Array => setOf((a) => a.meta.entities.includes(entity));
  const secret = setOf((a) => a.meta.category === 'secret');
  const valueCaches = { caches: [] as ValueCache[], entries: 0 };
  const fieldInfo = (field: string | undefined, extra: readonly string[] | undefined, expect: string | undefined): FieldInfo => {
    const cacheable = extra === undefined || extra.length === 0;
    // A field analyzed with an expected entity has its own value cache: its findings may be labelled otherwise.
    let fields = expect === undefined ? fieldCache : expectedFieldCache.get(expect);
    if (fields === undefined) expectedFieldCache.set(expect!, (fields = new Map()));
    const cached = cacheable ? fields.get(field) : undefined;
    if (cached) return cached;
    // Past 10,000 fields a field's info is rebuilt per call, so it gets no value cache.
    const stored = cacheable && fields.size < 10_000;
    const info = newFieldInfo(field, extra, stored);
    if (stored) fields.set(field, info);
    return info;
  };
  // Apart from fieldInfo, whose every call would otherwise allocate the context of this closure over `haystack`.
  const newFieldInfo = (field: string | undefined, extra: readonly string[] | undefined, withValueCache: boolean): FieldInfo => {
    const fieldContext = [...baseContext, ...(field ? contextWords(field) : []), ...(extra ?? []).flatMap(contextWords)];
    const haystack = ` ${fieldContext.join(' ')} `;
    return {
      ctx: { field, fieldContext, language: opts.language, defaultRegions: opts.defaultRegions, minScore },
      hasContext: active.map((a) => a.hasContext !== undefined && a.hasContext(haystack)),
      values: withValueCache ? new ValueCache(valueCaches) : undefined,
    };
  };

  // Per value, shared by its recognizers: its profile (one slot refilled per value), its words (for
  // context) and whether it holds a gate word.
  const profile = profileSlot();
  let words: ValueWords | undefined;
  let gateWordSeen: boolean | undefined;

  // The recognizer call in progress, for `ctx.minScore`: one function for all calls, reading these
  // (no closure or object per call), and computing its answer only when asked.
  let callee: ActiveRecognizer | undefined;
  let callValue = '';
  let callProfile: ValueProfile | undefined;
  let callFieldHasContext = false;
  let callMinScore: number | undefined;
  function minScore(): number {
    if (callee === undefined) return 0;
    callMinScore ??= callFieldHasContext || callee.contextInValue(lowerCaseOf(callValue, callProfile!)) ? 0 : opts.scoreThreshold;
    return callMinScore;
  }

  /** Runs active recognizer `i` (its requirement met) on the value and adds to `found` its findings that pass context, threshold and allow lists. */
  function runRecognizer(i: number, value: string, p: ValueProfile, { ctx, hasContext: fieldContextOf }: FieldInfo, found: Finding[]): void {
    const a = active[i]!;
    const { id, instance, trigger, hasContext, contextInValue, weak, isAllowed: recognizerAllows } = a;
    const fieldHasContext = fieldContextOf[i]!;
    if (weak && !fieldHasContext && !((gateWordSeen ??= anyGateWord(lowerCaseOf(value, p))) && contextInValue(lowerCaseOf(value, p)))) return;
    if (trigger !== undefined && !trigger.call(instance, value, p)) return;
    callee = a;
    callValue = value;
    callProfile = p;
    callFieldHasContext = fieldHasContext;
    callMinScore = undefined;
    const results = a.analyze.call(instance, value, ctx, p);
    callee = undefined;
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
      found.push({ entity: r.entity, start: r.start, end: r.end, score: Math.round(score * 1e4) / 1e4, recognizer: id });
    }
  }

  function detect(value: string, info: FieldInfo, expect: string | undefined): Finding[] {
    const p = profileInto(value, profile);
    requirementIndex.metBy(p, met);
    words = undefined;
    gateWordSeen = undefined;
    if (expect !== undefined) {
      const expected = detectExpected(value, p, info, expect);
      if (expected !== undefined) return expected;
    }
    const found: Finding[] = [];
    // In `active` order (word by word, low bit first): overlap resolution depends on the findings' order.
    for (let w = 0; w < setWords; w++) {
      for (let bits = met[w]!; bits !== 0; bits &= bits - 1) runRecognizer((w << 5) | (31 - Math.clz32(bits & -bits)), value, p, info, found);
    }
    // A single finding overlaps nothing: `found` is already the result (resolving would copy it).
    return found.length <= 1 ? found : resolveOverlaps(value, found, isSecret);
  }

  /**
   * The findings of a value expected to be `entity` when that entity's recognizers cover all of
   * it and no secret recognizer finds anything (secrets take precedence in overlaps); else undefined.
   */
  function detectExpected(value: string, p: ValueProfile, info: FieldInfo, entity: string): Finding[] | undefined {
    const reporters = reportersOf(entity);
    const found: Finding[] = [];
    for (let w = 0; w < setWords; w++) {
      for (let bits = met[w]! & reporters[w]!; bits !== 0; bits &= bits - 1) runRecognizer((w << 5) | (31 - Math.clz32(bits & -bits)), value, p, info, found);
    }
    const start = value.length - value.trimStart().length;
    const end = value.trimEnd().length;
    if (!coversWhole(found, entity, start, end)) return undefined;
    const secrets: Finding[] = [];
    for (let w = 0; w < setWords && secrets.length === 0; w++) {
      for (let bits = met[w]! & secret[w]! & ~reporters[w]!; bits !== 0 && secrets.length === 0; bits &= bits - 1) {
        runRecognizer((w << 5) | (31 - Math.clz32(bits & -bits)), value, p, info, secrets);
      }
    }
    return secrets.length === 0 ? resolveOverlaps(value, found, isSecret) : undefined;
  }

  /** `analyze` of a non-empty value, its field's info at hand. */
  function analyzeIn(value: string, info: FieldInfo, expect: string | undefined): Finding[] {
    const values = info.values;
    if (values === undefined || !values.enabled || value.length > ValueCache.MAX_VALUE_LENGTH) return detect(value, info, expect);
    const hit = values.get(value);
    if (hit !== undefined) return hit.length === 0 ? [] : hit.slice();
    const found = detect(value, info, expect);
    values.set(value, found.length === 0 ? NO_FINDINGS : found.slice());
    return found;
  }

  return {
    options: opts,
    recognizers: active.map((a) => a.meta),
    entities: [...new Set(active.flatMap((a) => a.meta.entities.filter(wanted)))],
    analyze: (value, call = {}) => (value.length === 0 ? [] : analyzeIn(value, fieldInfo(call.field, call.context, call.expect), call.expect)),
    forField(call = {}) {
      const info = fieldInfo(call.field, call.context, call.expect);
      const expect = call.expect;
      return (value) => (value.length === 0 ? [] : analyzeIn(value, info, expect));
    },
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
