import { describe, expect, it } from 'vitest';
import { compileFieldPatterns, compileFieldSelector, parseJsonPath } from '../../src/io/field-path.js';
import { forEachJsonLeaf, type JsonLeaf } from '../../src/io/json-leaves.js';

function leaves(text: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  forEachJsonLeaf(text, (l: JsonLeaf) => {
    // The raw span parses back to the leaf's value.
    expect(l.kind === 'string' ? JSON.parse(text.slice(l.start, l.end)) : text.slice(l.start, l.end)).toBe(l.value);
    out.push([l.path, l.kind, l.value]);
  });
  return out;
}

describe('forEachJsonLeaf', () => {
  it('walks nested objects and arrays in document order with JSON paths', () => {
    expect(leaves('{"user":{"email":"a@b.io","tags":["x",2]},"messages":[{"content":"hi"},{"content":"yo"}],"ok":true,"n":null}')).toEqual([
      ['user.email', 'string', 'a@b.io'],
      ['user.tags[0]', 'string', 'x'],
      ['user.tags[1]', 'number', '2'],
      ['messages[0].content', 'string', 'hi'],
      ['messages[1].content', 'string', 'yo'],
    ]);
  });
  it('keeps numbers exactly as written (no float rounding)', () => {
    expect(leaves('{"card":9123456789012345678,"f":1.50,"e":-2E+3}')).toEqual([
      ['card', 'number', '9123456789012345678'],
      ['f', 'number', '1.50'],
      ['e', 'number', '-2E+3'],
    ]);
  });
  it('decodes escapes, brackets odd keys, and gives raw spans', () => {
    const text = ' { "a b" : "q\\"x\\\\" , "é.k":["\\u00e9"], "": "" } ';
    expect(leaves(text)).toEqual([
      ['["a b"]', 'string', 'q"x\\'],
      ['["é.k"][0]', 'string', 'é'],
      ['[""]', 'string', ''],
    ]);
    const spans: string[] = [];
    forEachJsonLeaf(text, (l) => spans.push(text.slice(l.start, l.end)));
    expect(spans).toEqual(['"q\\"x\\\\"', '"\\u00e9"', '""']);
  });
  it('names a top-level scalar `$` and visits every duplicate key', () => {
    expect(leaves('"x"')).toEqual([['$', 'string', 'x']]);
    expect(leaves('{"a":"1","a":"2"}')).toEqual([['a', 'string', '1'], ['a', 'string', '2']]);
    expect(leaves('[[],{},[[1]]]')).toEqual([['[2][0][0]', 'number', '1']]);
  });
  it('does not overflow the stack on deep nesting', () => {
    const deep = `${'['.repeat(100_000)}"x"${']'.repeat(100_000)}`;
    let n = 0;
    forEachJsonLeaf(deep, () => n++);
    expect(n).toBe(1);
  });
  it('is linear on long strings of backslashes and quotes', () => {
    const t0 = performance.now();
    forEachJsonLeaf(JSON.stringify({ a: '\\"'.repeat(50_000), b: '"'.repeat(100_000) }), () => undefined);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('field selection', () => {
  it('parses paths and patterns', () => {
    expect(parseJsonPath('messages[*].content')).toEqual([{ key: 'messages' }, { anyIndex: true }, { key: 'content' }]);
    expect(parseJsonPath('a["b c"][2]')).toEqual([{ key: 'a' }, { key: 'b c' }, { index: 2 }]);
    expect(parseJsonPath('a[')).toBeUndefined();
  });
  it('matches JSON paths, descendants, [*] and *', () => {
    const m = compileFieldPatterns(['user.email', 'messages[*].content', '*.phone', 'meta'], 'json');
    expect(m('user.email')).toBe(0);
    expect(m('user.name')).toBe(-1);
    expect(m('messages[12].content')).toBe(1);
    expect(m('messages[12].role')).toBe(-1);
    expect(m('contact.phone')).toBe(2);
    expect(m('meta.source.url')).toBe(3);
    expect(m('metadata')).toBe(-1);
  });
  it('matches CSV columns by exact name; skipFields wins', () => {
    const s = compileFieldSelector(['email', 'user.email'], ['user.email'], 'csv');
    expect(s('email')).toBe(true);
    expect(s('user.email')).toBe(false);
    expect(s('user')).toBe(false);
    expect(compileFieldSelector(undefined, [], 'csv')('anything')).toBe(true);
  });
});
