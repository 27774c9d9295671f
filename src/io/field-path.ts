/**
 * Field selection: which CSV columns or JSON paths are scanned, and which per-field operators
 * apply. CSV columns match by exact name; JSON patterns match a path or anything below it, with
 * `[*]` for any index and `*` for any key (`messages[*].content`, `*.email`).
 */

type Segment = { readonly key: string } | { readonly index: number } | { readonly anyKey: true } | { readonly anyIndex: true };

const SEGMENT = /\.?([A-Za-z_$][A-Za-z0-9_$-]*|\*)|\[(\d+|\*|"(?:[^"\\]|\\.)*")\]/y;

/** Splits a JSON path or pattern into segments; undefined when it does not parse. */
export function parseJsonPath(path: string): Segment[] | undefined {
  const out: Segment[] = [];
  SEGMENT.lastIndex = 0;
  let pos = 0;
  while (pos < path.length) {
    SEGMENT.lastIndex = pos;
    const m = SEGMENT.exec(path);
    if (!m || (pos === 0 && path.startsWith('.'))) return undefined;
    if (m[1] !== undefined) out.push(m[1] === '*' ? { anyKey: true } : { key: m[1] });
    else if (m[2] === '*') out.push({ anyIndex: true });
    else if (m[2]!.startsWith('"')) out.push({ key: JSON.parse(m[2]!) as string });
    else out.push({ index: Number(m[2]) });
    pos = SEGMENT.lastIndex;
  }
  return out;
}

function segmentMatches(p: Segment, s: Segment): boolean {
  if ('anyKey' in p) return 'key' in s;
  if ('anyIndex' in p) return 'index' in s;
  if ('key' in p) return 'key' in s && s.key === p.key;
  return 'index' in s && s.index === p.index;
}

/** Index of the first pattern matching a path, or -1. */
export type PatternMatcher = (field: string) => number;

const CACHE_LIMIT = 50_000;

/**
 * Compiles field patterns for one format. Results are cached per field (datasets repeat paths).
 *
 * @example compileFieldPatterns(['messages[*].content'], 'jsonl')('messages[2].content') // 0
 */
export function compileFieldPatterns(patterns: readonly string[], format: 'csv' | 'json'): PatternMatcher {
  if (patterns.length === 0) return () => -1;
  if (format === 'csv') {
    const index = new Map<string, number>();
    patterns.forEach((p, i) => { if (!index.has(p)) index.set(p, i); });
    const star = patterns.indexOf('*');
    return (field) => index.get(field) ?? star;
  }
  const compiled = patterns.map((p) => parseJsonPath(p) ?? [{ key: p } as Segment]);
  const cache = new Map<string, number>();
  return (field) => {
    const hit = cache.get(field);
    if (hit !== undefined) return hit;
    const segs = field === '$' ? [] : parseJsonPath(field) ?? [{ key: field } as Segment];
    let found = -1;
    for (let i = 0; i < compiled.length && found < 0; i++) {
      const p = compiled[i]!;
      if (p.length <= segs.length && p.every((seg, k) => segmentMatches(seg, segs[k]!))) found = i;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(field, found);
    return found;
  };
}

/** Decides whether a field is scanned: selected by `fields` (all when undefined) and not by `skipFields`. */
export function compileFieldSelector(fields: readonly string[] | undefined, skipFields: readonly string[], format: 'csv' | 'json'): (field: string) => boolean {
  const include = fields === undefined ? undefined : compileFieldPatterns(fields, format);
  const exclude = compileFieldPatterns(skipFields, format);
  return (field) => (include === undefined || include(field) >= 0) && exclude(field) < 0;
}
