/**
 * The leaves of one JSON text in document order with their JSON paths and raw spans, so a changed
 * record is written back by splicing only the changed leaves: key order, whitespace, escapes and
 * number spelling of everything else stay byte-identical, and large integers are seen (and kept)
 * exactly as written. The walk also validates the text as JSON.parse does, so a JSONL record is
 * parsed once, not once by JSON.parse (which would build the whole object tree, only to throw it
 * away) and again here. Iterative, so deeply nested input cannot overflow the stack.
 */

/** A string or number leaf. */
export interface JsonLeaf {
  /** JSON path: `user.email`, `messages[3].content`, `["odd key"]`; `$` for a top-level scalar. */
  readonly path: string;
  readonly kind: 'string' | 'number';
  /** The string's value, or the number exactly as written. */
  readonly value: string;
  /** Raw span in the text (quotes included for strings). */
  readonly start: number;
  readonly end: number;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The path of key `key` under `parent` (`''` is the root). */
export function childKeyPath(parent: string, key: string): string {
  if (IDENT.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Paths already built, by parent path and key (a string) or array index (a number, below
 * `KNOWN_INDEX_LIMIT`): every record of a dataset has the same keys and short arrays, and handing
 * out the same path strings also keeps the analyzer's per-field lookups cheap. Bounded.
 */
const knownPaths = new Map<string, Map<string | number, string>>();
let knownPathCount = 0;
const KNOWN_PATHS_LIMIT = 10_000;
/** Longer arrays (data, not record structure) get their element paths built each time. */
const KNOWN_INDEX_LIMIT = 64;

function indexPath(parent: string, index: number): string {
  return index < KNOWN_INDEX_LIMIT ? knownPath(parent, index) : `${parent}[${index}]`;
}

/** A member an object under a parent path had at one position: its key's literal (quotes included, no escapes) and path. */
interface ShapeMember {
  readonly literal: string;
  readonly path: string;
}

/**
 * Per parent path, the members its first object had, in order. Records of a dataset repeat one
 * shape, so a key is first checked against the literal expected at its position in the text,
 * instead of being sliced and looked up. Cleared with `knownPaths` (it holds their paths).
 */
const shapes = new Map<string, ShapeMember[]>();
/** Members remembered per shape: an object with more (a map of ids, one key repeated) is data, not record structure. */
const SHAPE_MEMBERS_LIMIT = 256;

function knownPath(parent: string, child: string | number): string {
  let children = knownPaths.get(parent);
  const known = children?.get(child);
  if (known !== undefined) return known;
  const path = typeof child === 'number' ? `${parent}[${child}]` : childKeyPath(parent, child);
  if (knownPathCount >= KNOWN_PATHS_LIMIT) {
    knownPaths.clear();
    shapes.clear();
    knownPathCount = 0;
    children = undefined;
  }
  if (!children) knownPaths.set(parent, (children = new Map()));
  children.set(child, path);
  knownPathCount++;
  return path;
}

function skipWs(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

/** End (exclusive) of the string literal starting at `i`, or -1 if it is not closed. */
function stringEnd(text: string, i: number): number {
  let q = i + 1;
  for (;;) {
    const idx = text.indexOf('"', q);
    if (idx < 0) return -1;
    let b = idx - 1;
    while (text.charCodeAt(b) === 0x5c) b--;
    // An odd run of backslashes escapes the quote.
    if ((idx - 1 - b) % 2 === 0) return idx + 1;
    q = idx + 1;
  }
}

// A backslash (an escape) or a raw control character, which JSON does not allow in a string.
const NOT_PLAIN = /[\\\u0000-\u001f]/g;

/**
 * Where the text being walked has its next backslash or control character, at or after the last
 * literal read (its length if none): a module slot, set per text. Most records have none, so one
 * search per record replaces a test of every literal.
 */
let notPlainAt = 0;

function nextNotPlain(text: string, from: number): number {
  NOT_PLAIN.lastIndex = from;
  return NOT_PLAIN.test(text) ? NOT_PLAIN.lastIndex - 1 : text.length;
}

/**
 * The value of the string literal `[start, end)` (literals are read in text order). A literal with
 * an escape or a control character goes through JSON.parse, which decodes the one and throws on
 * the other (and on a bad escape).
 */
function stringValue(text: string, start: number, end: number): string {
  if (notPlainAt < start) notPlainAt = nextNotPlain(text, start);
  if (notPlainAt >= end) return text.slice(start + 1, end - 1);
  notPlainAt = nextNotPlain(text, end);
  return JSON.parse(text.slice(start, end)) as string;
}

interface Frame {
  readonly array: boolean;
  readonly path: string;
  /** The element's index (arrays) or the member's position (objects). */
  index: number;
  /** Objects: the members expected under this path (`shapes`). */
  readonly shape: ShapeMember[] | undefined;
}

function shapeOf(path: string): ShapeMember[] {
  let shape = shapes.get(path);
  if (shape === undefined) shapes.set(path, (shape = []));
  return shape;
}

/**
 * The string and number leaves of a JSON text in document order (each occurrence of a duplicate
 * key is a leaf), or undefined if the text is not valid JSON (exactly when JSON.parse would throw).
 *
 * @example
 * jsonLeaves('{"user":{"email":"a@b.io"},"n":[1]}')
 * // [{ path: 'user.email', kind: 'string', value: 'a@b.io', start: 17, end: 25 }, { path: 'n[0]', kind: 'number', value: '1', ... }]
 * jsonLeaves('{"a":1,}') // undefined
 */
export function jsonLeaves(text: string): JsonLeaf[] | undefined {
  try {
    return walk(text);
  } catch {
    return undefined; // a string literal JSON.parse refused (see stringValue)
  }
}

/** The leaves, or undefined at the first thing JSON does not allow. */
function walk(text: string): JsonLeaf[] | undefined {
  notPlainAt = nextNotPlain(text, 0);
  const leaves: JsonLeaf[] = [];
  const stack: Frame[] = [];
  let i = skipWs(text, 0);
  let path = '';
  for (;;) {
    // A value starts at i.
    const c = text.charCodeAt(i);
    let opened = false;
    if (c === 0x7b /* { */) {
      i = skipWs(text, i + 1);
      if (text.charCodeAt(i) === 0x7d) {
        i++;
      } else {
        const frame: Frame = { array: false, path, index: 0, shape: shapeOf(path) };
        stack.push(frame);
        i = member(text, i, frame);
        if (i < 0) return undefined;
        path = memberPath;
        opened = true;
      }
    } else if (c === 0x5b /* [ */) {
      i = skipWs(text, i + 1);
      if (text.charCodeAt(i) === 0x5d) {
        i++;
      } else {
        const frame: Frame = { array: true, path, index: 0, shape: undefined };
        stack.push(frame);
        path = indexPath(frame.path, 0);
        opened = true;
      }
    } else if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (end < 0) return undefined;
      leaves.push({ path: path === '' ? '$' : path, kind: 'string', value: stringValue(text, i, end), start: i, end });
      i = end;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m === null) return undefined;
      const end = i + m[0].length;
      leaves.push({ path: path === '' ? '$' : path, kind: 'number', value: text.slice(i, end), start: i, end });
      i = end;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
      i += 4;
    } else if (text.startsWith('false', i)) {
      i += 5;
    } else {
      return undefined;
    }
    if (opened) continue;
    // After a value: close containers or move to the next member; at the top, only whitespace may follow.
    for (;;) {
      i = skipWs(text, i);
      const top = stack[stack.length - 1];
      if (top === undefined) return i === text.length ? leaves : undefined;
      const d = text.charCodeAt(i);
      if (d === 0x2c /* , */) {
        i = skipWs(text, i + 1);
        top.index++;
        if (top.array) {
          path = indexPath(top.path, top.index);
        } else {
          i = member(text, i, top);
          if (i < 0) return undefined;
          path = memberPath;
        }
        break;
      }
      if (d !== (top.array ? 0x5d /* ] */ : 0x7d /* } */)) return undefined;
      stack.pop();
      i++;
    }
  }
}

/** The path of the member whose key `member` read last: a module slot, so no pair is allocated per member. */
let memberPath = '';

/** Reads an object member's key at `i` and its colon: returns where its value starts (-1 if invalid) and sets `memberPath`. */
function member(text: string, i: number, frame: Frame): number {
  const shape = frame.shape!;
  const expected = shape[frame.index];
  let keyEnd: number;
  if (expected !== undefined && text.startsWith(expected.literal, i)) {
    keyEnd = i + expected.literal.length;
    memberPath = expected.path;
  } else {
    if (text.charCodeAt(i) !== 0x22) return -1;
    keyEnd = stringEnd(text, i);
    if (keyEnd < 0) return -1;
    const key = stringValue(text, i, keyEnd);
    memberPath = knownPath(frame.path, key);
    // A key without escapes is its literal: the next object of this shape can match it as text.
    if (shape.length === frame.index && shape.length < SHAPE_MEMBERS_LIMIT && keyEnd - i === key.length + 2) shape.push({ literal: text.slice(i, keyEnd), path: memberPath });
  }
  const colon = skipWs(text, keyEnd);
  return text.charCodeAt(colon) === 0x3a /* : */ ? skipWs(text, colon + 1) : -1;
}
