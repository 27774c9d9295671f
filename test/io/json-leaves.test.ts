import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFieldPatterns, compileFieldSelector, parseJsonPath } from '../../src/io/field-path.js';
import { childKeyPath, jsonLeaves, type JsonLeaf } from '../../src/io/json-leaves.js';

function leaves(text: string): [string, string, string][] {
  const all = jsonLeaves(text);
  expect(all).toBeDefined();
  return all!.map((l: JsonLeaf) => {
    // The raw span parses back to the leaf's value.
    expect(l.kind === 'string' ? JSON.parse(text.slice(l.start, l.end)) : text.slice(l.start, l.end)).toBe(l.value);
    return [l.path, l.kind, l.value];
  });
}

/** The leaves JSON.parse's tree has, in document order: what jsonLeaves must give for a text JSON.stringify wrote. */
function treeLeaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path === '' ? '$' : path, value]];
  if (typeof value === 'number') return [[path === '' ? '$' : path, JSON.stringify(value)]];
  if (Array.isArray(value)) return value.flatMap((v, i) => treeLeaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => treeLeaves(v, childKeyPath(path, k)));
  return [];
}

function validByJsonParse(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('jsonLeaves', () => {
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
    expect(jsonLeaves(text)!.map((l) => text.slice(l.start, l.end))).toEqual(['"q\\"x\\\\"', '"\\u00e9"', '""']);
  });
  it('names a top-level scalar `$` and visits every duplicate key', () => {
    expect(leaves('"x"')).toEqual([['$', 'string', 'x']]);
    expect(leaves('{"a":"1","a":"2"}')).toEqual([['a', 'string', '1'], ['a', 'string', '2']]);
    expect(leaves('[[],{},[[1]]]')).toEqual([['[2][0][0]', 'number', '1']]);
  });
  it('does not overflow the stack on deep nesting', () => {
    const deep = `${'['.repeat(100_000)}"x"${']'.repeat(100_000)}`;
    expect(jsonLeaves(deep)).toHaveLength(1);
    expect(jsonLeaves(`${'['.repeat(100_000)}"x"${']'.repeat(99_999)}`)).toBeUndefined();
  });
  it('is linear on long strings of backslashes and quotes', () => {
    const t0 = performance.now();
    expect(jsonLeaves(JSON.stringify({ a: '\\"'.repeat(50_000), b: '"'.repeat(100_000) }))).toHaveLength(2);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('jsonLeaves validates as JSON.parse does', () => {
  // Each text is invalid JSON for the reason named; JSON.parse agrees (checked) and so must jsonLeaves.
  const invalid: [string, string][] = [
    ['trailing comma in an object', '{"a":1,}'],
    ['trailing comma in an array', '[1,2,]'],
    ['missing colon', '{"a" 1}'],
    ['unquoted key', '{a:1}'],
    ['single quotes', "{'a':1}"],
    ['unclosed object', '{"a":1'],
    ['unclosed string', '{"a":"x}'],
    ['mismatched bracket', '{"a":[1}'],
    ['leading zero', '{"n":01}'],
    ['bare minus', '{"n":-}'],
    ['dot without digits', '{"n":1.}'],
    ['exponent without digits', '[1e]'],
    ['plus sign', '[+1]'],
    ['a word that starts like a literal', '[trueish]'],
    ['capitalized literal', '[True]'],
    ['bad escape', '["\\x41"]'],
    ['short unicode escape', '["\\u12"]'],
    ['raw tab in a string', '["a\tb"]'],
    ['raw control character in a string', '["a\u0001b"]'],
    ['two values', '{"a":1} {"b":2}'],
    ['garbage after the value', '"x"y'],
    ['byte order mark', '\uFEFF{"a":1}'],
    ['non-breaking space as whitespace', '{\u00a0"a":1}'],
    ['empty text', ''],
    ['comment', '{"a":1 /* c */}'],
  ];
  const valid: [string, string][] = [
    ['tabs and CR as whitespace', '{\t"a" :\r 1 }'],
    ['literals and empty containers', '{"t":true,"f":false,"n":null,"o":{},"a":[]}'],
    ['negative zero and exponents', '[-0,0.5e-7,1E+2]'],
    ['lone surrogate in a string', '["\ud800"]'],
    ['escaped quote before the closing one', '["a\\"", "b\\\\"]'],
  ];
  for (const [verdict, texts] of [['rejects', invalid], ['accepts', valid]] as const) {
    for (const [why, text] of texts) {
      it(`${verdict}: ${why}`, () => {
        expect(validByJsonParse(text)).toBe(verdict === 'accepts');
        expect(jsonLeaves(text) !== undefined).toBe(verdict === 'accepts');
      });
    }
  }

  it('gives JSON.parse\'s leaves for any value JSON.stringify writes, spaced or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, '\t'), (value, space) => {
        const text = JSON.stringify(value, null, space);
        const got = jsonLeaves(text);
        expect(got?.map((l) => [l.path, l.kind === 'number' ? JSON.stringify(Number(l.value)) : l.value])).toEqual(treeLeaves(JSON.parse(text)));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('gives the same leaves when records repeat, reorder or drop keys (shapes are remembered)', () => {
    // Few keys, some prefixes of others, some needing escapes: records share and break shapes.
    const key = fc.constantFrom('id', 'i', 'user', 'user2', 'e"q', 'tab\t', '\\', 'é', 'a b');
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 3 }), fc.integer(), fc.dictionary(key, tie('tree'), { maxKeys: 4 }), fc.array(tie('tree'), { maxLength: 2 })),
    }));
    fc.assert(
      fc.property(fc.array(fc.dictionary(key, tree, { maxKeys: 5 }), { minLength: 2, maxLength: 8 }), fc.nat(), fc.constantFrom('', ':', '"', ',', 'x'), (records, at, ch) => {
        for (const record of records) {
          const text = JSON.stringify(record);
          expect(jsonLeaves(text)?.map((l) => [l.path, l.kind === 'number' ? JSON.stringify(Number(l.value)) : l.value])).toEqual(treeLeaves(record));
          // The same shape, broken after a remembered key: still exactly as valid as JSON.parse says.
          const k = at % (text.length + 1);
          const edited = text.slice(0, k) + ch + text.slice(k + 1);
          expect(jsonLeaves(edited) !== undefined).toBe(validByJsonParse(edited));
        }
      }),
      { numRuns: 1500, seed: 5 },
    );
  });

  it('walks objects with more members than a shape remembers, twice, with the same leaves', () => {
    const record = Object.fromEntries(Array.from({ length: 600 }, (_, k) => [`k${k}`, `v${k}`]));
    const text = JSON.stringify({ wide: record });
    for (let pass = 0; pass < 2; pass++) {
      expect(jsonLeaves(text)?.map((l) => [l.path, l.value])).toEqual(treeLeaves({ wide: record }));
    }
  });

  it('agrees with JSON.parse on valid texts with one character inserted, deleted or replaced', () => {
    const chars = fc.constantFrom(...'{}[]":,\\ -+.0123456789eEtfnulrsa\t\u0001\u00a0x');
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), chars, (value, at, edit, ch) => {
        const base = JSON.stringify(value);
        const k = at % (base.length + 1);
        const text = edit === 'insert' ? base.slice(0, k) + ch + base.slice(k) : edit === 'delete' ? base.slice(0, k) + base.slice(k + 1) : base.slice(0, k) + ch + base.slice(k + 1);
        expect(jsonLeaves(text) !== undefined).toBe(validByJsonParse(text));
      }),
      { numRuns: 5000, seed: 11 },
    );
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
