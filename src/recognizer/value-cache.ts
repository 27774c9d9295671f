/**
 * A bounded per-thread cache of results per distinct value: datasets repeat values heavily (the
 * same city, status or template sentence in millions of rows), and NLP results depend on the value
 * alone. When full it is cleared at once - cheaper than LRU bookkeeping on every hit, and results
 * never depend on what is cached, only the work done does.
 */

/** Options of a value cache. */
export interface ValueCacheOptions {
  /** Entries kept before the cache is cleared. @default 20000 */
  readonly maxEntries?: number;
  /** Longer values are never cached (they rarely repeat and would hold memory). @default 512 */
  readonly maxValueLength?: number;
}

/**
 * Wraps `compute` with a bounded cache keyed by the value.
 *
 * @example
 * const cached = cachedByValue((v) => expensive(v), { maxEntries: 1000 });
 */
export function cachedByValue<T>(compute: (value: string) => T, options: ValueCacheOptions = {}): (value: string) => T {
  const maxEntries = options.maxEntries ?? 20_000;
  const maxValueLength = options.maxValueLength ?? 512;
  const cache = new Map<string, T>();
  return (value) => {
    if (value.length > maxValueLength) return compute(value);
    const hit = cache.get(value);
    if (hit !== undefined) return hit;
    const result = compute(value);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(value, result);
    return result;
  };
}
