import { describe, expect, it } from 'vitest';
import { analyzeText, createAnalyzer } from '../../src/analyzer/analyzer.js';
import { PiiScanError } from '../../src/errors.js';
import { definePatternRecognizer, defineRecognizer } from '../../src/recognizer/define.js';
import type { Finding, RecognizerConfig } from '../../src/types.js';

const spans = (text: string, findings: Finding[]) => findings.map((f) => [f.entity, text.slice(f.start, f.end), f.score]);

/** Weak 9-digit "order or SSN" pattern: only context makes it pass the 0.5 threshold. */
const weakNine = definePatternRecognizer({
  id: 'weak-nine',
  entity: 'NINE',
  patterns: [{ name: 'nine', regex: /(?<!\d)\d{9}(?!\d)/, score: 0.3 }],
  context: ['ssn', 'social security'],
});

describe('context scoring', () => {
  const analyzer = createAnalyzer({ recognizers: [weakNine] });
  it.each([
    ['no context: below threshold', '123456789', undefined, []],
    ['word before the match', 'my ssn is 123456789', undefined, [['NINE', '123456789', 0.65]]],
    ['phrase before the match', 'social security: 123456789', undefined, [['NINE', '123456789', 0.65]]],
    ['plural form', 'ssns: 123456789', undefined, [['NINE', '123456789', 0.65]]],
    ['word right after the match', '123456789 (ssn)', undefined, [['NINE', '123456789', 0.65]]],
    ['too far before (6 words)', 'ssn a b c d e 123456789', undefined, []],
    ['field name is context', '123456789', 'customer_ssn', [['NINE', '123456789', 0.65]]],
    ['camelCase field name', '123456789', 'socialSecurity', [['NINE', '123456789', 0.65]]],
    ['unrelated field name', '123456789', 'order_id', []],
    ['substring of a word is not context', 'lessn 123456789', undefined, []],
  ] as const)('%s', (_name, text, field, expected) => {
    expect(spans(text, analyzer.analyze(text, field ? { field } : {}))).toEqual(expected);
  });

  it('takes context words from the options (e.g. a column name)', () => {
    const withContext = createAnalyzer({ recognizers: [weakNine], context: ['SSN'] });
    expect(spans('123456789', withContext.analyze('123456789'))).toEqual([['NINE', '123456789', 0.65]]);
  });
});

describe('ctx.minScore', () => {
  /** A recognizer that records what `ctx.minScore` says for each value, with `ssn` as its context word. */
  function probe(context: readonly string[]) {
    const seen: number[] = [];
    const recognizer = defineRecognizer({
      meta: { id: 'probe', entities: ['PROBED'], recommended: false, context },
      create: () => ({ analyze: (_value: string, ctx) => (seen.push(ctx.minScore?.() ?? -1, ctx.minScore?.() ?? -1), []) }),
    });
    return { seen, recognizer };
  }
  it.each<[string, readonly string[], string, string, number]>([
    ['no context word anywhere: the threshold', ['ssn'], 'id 123456789', 'order_id', 0.6],
    ['context word in the field name', ['ssn'], 'id 123456789', 'customer_ssn', 0],
    ['context word in the value', ['ssn'], 'my ssn 123456789', 'notes', 0],
    ['context word in the value, upper case', ['ssn'], 'SSN 123456789', 'notes', 0],
    ['first word of a context phrase in the value', ['social security'], 'social 123456789', 'notes', 0],
    ['a recognizer without context words', [], 'ssn 123456789', 'ssn', 0.6],
  ])('%s', (_name, context, value, field, expected) => {
    const { seen, recognizer } = probe(context);
    createAnalyzer({ recognizers: [recognizer], scoreThreshold: 0.6 }).analyze(value, { field });
    // Asked twice in one call: the same answer.
    expect(seen).toEqual([expected, expected]);
  });
});

describe('threshold, entities and allow list', () => {
  const strong = definePatternRecognizer({
    id: 'codes', entity: 'CODE',
    patterns: [{ name: 'code', regex: /\bC-\d{4}\b/, score: 0.6 }, { name: 'ref', regex: /\bR-\d{4}\b/, score: 0.9, entity: 'REF' }],
  });
  const text = 'C-1234 and R-5678 and C-0000';
  it.each([
    ['default threshold 0.5 keeps both', {}, [['CODE', 'C-1234'], ['REF', 'R-5678'], ['CODE', 'C-0000']]],
    ['threshold 0.7 drops the weaker', { scoreThreshold: 0.7 }, [['REF', 'R-5678']]],
    ['entities include', { entities: ['REF'] }, [['REF', 'R-5678']]],
    ['entities exclude', { excludeEntities: ['REF'] }, [['CODE', 'C-1234'], ['CODE', 'C-0000']]],
    ['allow list: exact string', { allowList: ['C-0000'] }, [['CODE', 'C-1234'], ['REF', 'R-5678']]],
    ['allow list: regex must match the whole span', { allowList: [/C-0{4}/, /R-5/] }, [['CODE', 'C-1234'], ['REF', 'R-5678']]],
  ] as const)('%s', (_name, options, expected) => {
    const found = createAnalyzer({ ...options, recognizers: [strong] }).analyze(text);
    expect(found.map((f) => [f.entity, text.slice(f.start, f.end)])).toEqual(expected);
  });
});

describe('overlap resolution', () => {
  const make = (id: string, entity: string, regex: RegExp, score: number) =>
    definePatternRecognizer({ id, entity, patterns: [{ name: id, regex, score }] });
  const cases: [string, ReturnType<typeof make>[], string, [string, string][]][] = [
    ['same entity overlaps merge into the union', [make('a', 'X', /abcd/, 0.6), make('b', 'X', /cdef/, 0.8)], 'abcdefg', [['X', 'abcdef']]],
    ['contained in a higher-scored span: dropped', [make('a', 'X', /abcdef/, 0.9), make('b', 'Y', /cd/, 0.6)], 'abcdefg', [['X', 'abcdef']]],
    ['lower-scored container is split around the contained span', [make('a', 'X', /abcdef/, 0.6), make('b', 'Y', /cd/, 0.9)], 'abcdefg', [['X', 'ab'], ['Y', 'cd'], ['X', 'ef']]],
    ['partial overlap: the lower is trimmed', [make('a', 'X', /abcd/, 0.9), make('b', 'Y', /cdef/, 0.6)], 'abcdefg', [['X', 'abcd'], ['Y', 'ef']]],
    ['equal scores: the longer wins', [make('a', 'X', /abc/, 0.7), make('b', 'Y', /abcde/, 0.7)], 'abcdefg', [['Y', 'abcde']]],
    ['a secret beats a higher-scored container, which is split around it', [make('a', 'X', /https:\/\/h\.io\/\?token=\w+&a=1/, 1), { ...make('s', 'TOKEN', /tok_\w+/, 0.6), meta: { ...make('s', 'TOKEN', /tok_\w+/, 0.6).meta, category: 'secret' } }], 'https://h.io/?token=tok_abc123&a=1', [['X', 'https://h.io/?token='], ['TOKEN', 'tok_abc123'], ['X', '&a=1']]],
    ['fragments without letters or digits are dropped', [make('a', 'X', /ab-cd/, 0.9), make('b', 'Y', /cd-/, 0.6)], 'ab-cd-', [['X', 'ab-cd']]],
  ];
  it.each(cases)('%s', (_name, recognizers, text, expected) => {
    const found = createAnalyzer({ recognizers }).analyze(text);
    expect(found.map((f) => [f.entity, text.slice(f.start, f.end)])).toEqual(expected);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('recognizer selection', () => {
  it('runs the recommended preset by default and finds an email', () => {
    const text = 'contact: jane.doe@acme.io';
    expect(analyzeText(text).map((f) => [f.entity, text.slice(f.start, f.end)])).toContainEqual(['EMAIL_ADDRESS', 'jane.doe@acme.io']);
  });
  it('a later `disabled` reference removes a recognizer of a preset', () => {
    const analyzer = createAnalyzer({ recognizers: ['recommended', { id: 'email', disabled: true }] });
    expect(analyzer.recognizers.map((r) => r.id)).not.toContain('email');
    expect(analyzer.analyze('jane.doe@acme.io')).toEqual([]);
  });
  it('passes options to a built-in through a reference', () => {
    const analyzer = createAnalyzer({ recognizers: [{ id: 'email', options: { allow: ['ops@acme.io'] } }] });
    expect(analyzer.analyze('ops@acme.io')).toEqual([]);
    expect(analyzer.analyze('dev@acme.io')).toHaveLength(1);
  });
  it.each([
    ['unknown id', ['no-such-recognizer'], 'PII_UNKNOWN_RECOGNIZER', 'recognizers[0]'],
    ['unknown id after a preset', ['recommended', 'nope'], 'PII_UNKNOWN_RECOGNIZER', 'recognizers[1]'],
    ['not a spec at all', [42], 'PII_INVALID_OPTION', 'recognizers[0]'],
  ])('%s -> %s', (_name, recognizers, code, option) => {
    expect(() => createAnalyzer({ recognizers: recognizers as never })).toThrowError(expect.objectContaining({ code, option }));
  });
});

describe('JSON-configured recognizers and deny lists', () => {
  it('a regex config with context words', () => {
    const config: RecognizerConfig = { entity: 'TICKET_ID', patterns: [{ regex: '\\bTCK-\\d{6}\\b', score: 0.3 }], context: ['ticket'] };
    const analyzer = createAnalyzer({ recognizers: [config] });
    const text = 'ticket TCK-123456 and TCK-654321 done';
    expect(spans(text, analyzer.analyze(text))).toEqual([['TICKET_ID', 'TCK-123456', 0.65], ['TICKET_ID', 'TCK-654321', 0.65]]);
    expect(analyzer.analyze('see TCK-123456')).toEqual([]);
  });
  it('a deny list matches whole words, case-insensitively, longest first', () => {
    const analyzer = createAnalyzer({ recognizers: [{ entity: 'CODENAME', denyList: ['Blue', 'Blue Bird'] }] });
    const text = 'Project blue bird, not Bluetooth; BLUE.';
    expect(spans(text, analyzer.analyze(text))).toEqual([['CODENAME', 'blue bird', 1], ['CODENAME', 'BLUE', 1]]);
  });
  it.each([
    ['bad regex', { entity: 'X', patterns: [{ regex: '(', score: 0.5 }] }, 'recognizers[0].patterns[0].regex'],
    ['score out of range', { entity: 'X', patterns: [{ regex: 'x', score: 1.5 }] }, 'recognizers[0].patterns[0].score'],
    ['bad flags', { entity: 'X', patterns: [{ regex: 'x', score: 0.5, flags: 'gy' }] }, 'recognizers[0].patterns[0].flags'],
    ['entity not SCREAMING_SNAKE', { entity: 'ticket', patterns: [{ regex: 'x', score: 0.5 }] }, 'recognizers[0].entity'],
    ['nothing to match', { entity: 'X' }, 'recognizers[0].patterns'],
    ['deny list of non-strings', { entity: 'X', denyList: [1] }, 'recognizers[0].denyList'],
  ])('%s -> PII_INVALID_RECOGNIZER at %s', (_name, config, option) => {
    let error: unknown;
    try { createAnalyzer({ recognizers: [config as never] }); } catch (err) { error = err; }
    expect(error).toBeInstanceOf(PiiScanError);
    expect(error).toMatchObject({ code: 'PII_INVALID_RECOGNIZER', option });
    expect((error as Error).message.startsWith(option)).toBe(true);
  });
});

describe('offsets are UTF-16 code units', () => {
  it('emoji and astral characters before a match shift the span correctly', () => {
    const text = '𝒳😀 👩‍👩‍👧 mail jane@acme.io';
    const [f] = createAnalyzer({ recognizers: ['email'] }).analyze(text);
    expect(text.slice(f!.start, f!.end)).toBe('jane@acme.io');
  });
});

describe('shortcuts that must not change results', () => {
  it('a weak recognizer that context cannot lift to the threshold is not run at all', () => {
    const hopeless = definePatternRecognizer({ id: 'hopeless', entity: 'HOPELESS', patterns: [{ name: 'x', regex: /x+/, score: 0.1 }], context: ['x'] });
    const analyzer = createAnalyzer({ recognizers: [hopeless, weakNine] });
    expect(analyzer.recognizers.map((r) => r.id)).toEqual(['weak-nine']);
    expect(createAnalyzer({ recognizers: [hopeless], scoreThreshold: 0.4 }).recognizers.map((r) => r.id)).toEqual(['hopeless']);
  });

  it('repeated values are answered from the field cache with the same, independent results', () => {
    const analyzer = createAnalyzer({ recognizers: [weakNine] });
    const first = analyzer.analyze('123456789', { field: 'ssn' });
    first.pop();
    const again = analyzer.analyze('123456789', { field: 'ssn' });
    expect(spans('123456789', again)).toEqual([['NINE', '123456789', 0.65]]);
    // The cache is per field: the same value elsewhere has no context.
    expect(analyzer.analyze('123456789', { field: 'order_id' })).toEqual([]);
  });

  it('a field of unique values gives the same results once its cache turns itself off', () => {
    const analyzer = createAnalyzer({ recognizers: [weakNine] });
    for (let i = 0; i < 5000; i++) {
      const value = String(100_000_000 + i * 7919);
      expect(spans(value, analyzer.analyze(value, { field: 'ssn' }))).toEqual([['NINE', value, 0.65]]);
    }
  });
});

describe('expected entity of a typed column', () => {
  /** A real recognizer that finds nothing and counts the values it is run on. */
  function counter() {
    const seen: string[] = [];
    const recognizer = defineRecognizer({
      meta: { id: 'counter', entities: ['COUNTED'], recommended: false, description: 'counts its calls' },
      create: () => ({ analyze: (value: string) => (seen.push(value), []) }),
    });
    return { seen, recognizer };
  }
  const patterns = ['recommended', { id: 'nlp-entities', disabled: true }] as const;

  it.each<[string, string, string[][]]>([
    ['jane.doe@acme.io', 'EMAIL_ADDRESS', [['EMAIL_ADDRESS', 'jane.doe@acme.io']]],
    [' jane.doe@acme.io\t', 'EMAIL_ADDRESS', [['EMAIL_ADDRESS', 'jane.doe@acme.io']]],
    ['(617) 848-0055', 'PHONE_NUMBER', [['PHONE_NUMBER', '(617) 848-0055']]],
    ['+1 303 830 8926', 'PHONE_NUMBER', [['PHONE_NUMBER', '+1 303 830 8926']]],
  ])('%j expected as %s: only that entity\'s recognizers and the secret ones run', (value, entity, expected) => {
    const { seen, recognizer } = counter();
    const analyzer = createAnalyzer({ recognizers: [...patterns, recognizer] });
    const found = analyzer.analyze(value, { field: 'contact', expect: entity });
    expect(found.map((f) => [f.entity, value.slice(f.start, f.end)])).toEqual(expected);
    expect(seen).toEqual([]);
    // The same findings as the full analysis, which runs every recognizer.
    expect(analyzer.analyze(value, { field: 'contact' })).toEqual(found);
    expect(seen).toEqual([value]);
  });

  it.each<[string, string, string[][]]>([
    // Not the whole value: everything runs.
    ['mail jane.doe@acme.io', 'EMAIL_ADDRESS', [['EMAIL_ADDRESS', 'jane.doe@acme.io']]],
    ['2024-01-08T10:00:00Z', 'PHONE_NUMBER', [['DATE_TIME', '2024-01-08T10:00:00Z']]],
    ['n/a', 'EMAIL_ADDRESS', []],
    // A secret inside a whole-value match: secrets take precedence, so the full analysis decides.
    ['ghp_16C7e42F292c6912E7710c838347Ae178B4a@acme.io', 'EMAIL_ADDRESS', [['GITHUB_TOKEN', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'], ['EMAIL_ADDRESS', '@acme.io']]],
  ])('%j expected as %s is analyzed in full', (value, entity, expected) => {
    const { seen, recognizer } = counter();
    const analyzer = createAnalyzer({ recognizers: [...patterns, recognizer] });
    const found = analyzer.analyze(value, { field: 'contact', expect: entity });
    expect(found.map((f) => [f.entity, value.slice(f.start, f.end)])).toEqual(expected);
    expect(seen).toEqual([value]);
    expect(found).toEqual(createAnalyzer({ recognizers: [...patterns] }).analyze(value, { field: 'contact' }));
  });

  it('keeps the cached findings of a field apart with and without an expected entity', () => {
    const { seen, recognizer } = counter();
    const analyzer = createAnalyzer({ recognizers: [...patterns, recognizer] });
    for (let i = 0; i < 3; i++) analyzer.analyze('jane.doe@acme.io', { field: 'email', expect: 'EMAIL_ADDRESS' });
    expect(seen).toEqual([]);
    analyzer.analyze('jane.doe@acme.io', { field: 'email' });
    expect(seen).toEqual(['jane.doe@acme.io']);
  });
});

describe('forField: one field\'s analysis, its lookups done once', () => {
  const patterns = ['recommended', { id: 'nlp-entities', disabled: true }] as const;
  // Each call as [value, call options]: fields with and without context, an expected entity, extra context words.
  const calls: [string, { field?: string; expect?: string; context?: string[] }][] = [
    ['123456789', { field: 'ssn' }],
    ['123456789', { field: 'order_id' }],
    ['123456789', {}],
    ['123456789', { field: 'order_id', context: ['ssn'] }],
    ['jane.doe@acme.io', { field: 'email', expect: 'EMAIL_ADDRESS' }],
    ['mail jane.doe@acme.io', { field: 'email', expect: 'EMAIL_ADDRESS' }],
    ['(617) 848-0055', { field: 'phone', expect: 'PHONE_NUMBER' }],
    ['call (617) 848-0055 or 123-45-6789', { field: 'notes' }],
    ['', { field: 'notes' }],
  ];

  it.each(calls)('%j with %j: the same findings as analyze, on every repetition', (value, call) => {
    const reference = createAnalyzer({ recognizers: [...patterns, weakNine] });
    const analyzer = createAnalyzer({ recognizers: [...patterns, weakNine] });
    const ofField = analyzer.forField(call);
    const expected = reference.analyze(value, call);
    // Three rounds: the first fills the field's value cache, the next are answered from it.
    for (let round = 0; round < 3; round++) {
      const found = ofField(value);
      expect(found).toEqual(expected);
      // Callers may change the result: the cached one stays intact.
      found.length = 0;
    }
    expect(analyzer.analyze(value, call)).toEqual(expected);
  });

  it('shares the field\'s value cache with analyze', () => {
    const analyzer = createAnalyzer({ recognizers: [weakNine] });
    const ofSsn = analyzer.forField({ field: 'ssn' });
    for (let i = 0; i < 5000; i++) {
      const value = String(100_000_000 + (i % 97) * 7919);
      const found = i % 2 === 0 ? ofSsn(value) : analyzer.analyze(value, { field: 'ssn' });
      expect(spans(value, found)).toEqual([['NINE', value, 0.65]]);
    }
  });
});

describe('value cache bounds', () => {
  it('many fields of repeated values: results stay right as the shared bound clears the caches', () => {
    const analyzer = createAnalyzer({ recognizers: [weakNine] });
    // 300 fields x 300 distinct values x 2 rounds passes the 65,536-entry bound over all fields.
    for (let round = 0; round < 2; round++) {
      for (let f = 0; f < 300; f++) {
        for (let v = 0; v < 300; v++) {
          const value = String(100_000_000 + v);
          const field = f % 2 === 0 ? `ssn_${f}` : `order_${f}`;
          expect(analyzer.analyze(value, { field }).length).toBe(f % 2 === 0 ? 1 : 0);
        }
      }
    }
  });
});

describe('many recognizers', () => {
  // 70 recognizers (three words of requirement bits): recognizer i requires i characters, or a ':'
  // too when i is a multiple of 10, and reports the character at i.
  const calls: number[] = [];
  const recognizers = Array.from({ length: 70 }, (_x, i) =>
    defineRecognizer({
      meta: { id: `at-${i}`, entities: [`AT_${i}`], recommended: false },
      create: () => ({
        requires: i % 10 === 0 ? { minLength: i, anyOf: ':' } : { minLength: i },
        analyze: (value: string) => (calls.push(i), i < value.length ? [{ entity: `AT_${i}`, start: i, end: i + 1, score: 1 }] : []),
      }),
    }),
  );
  const analyzer = createAnalyzer({ recognizers });
  // Letters and digits (a finding among others needs one), then ':' or '-'; n characters in all.
  const alnum = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const text = (n: number, last: string) => Array.from({ length: n - 1 }, (_x, i) => alnum[i % alnum.length]).join('') + last;

  it.each([3, 5, 31, 32, 33, 63, 64, 65, 69, 70, 71, 100])('a value of %i characters runs the recognizers it can match, in order', (n) => {
    for (const value of [text(n, ':'), text(n, '-')]) {
      calls.length = 0;
      const found = analyzer.analyze(value);
      const runs = Array.from({ length: 70 }, (_x, i) => i).filter((i) => i <= n && (i % 10 !== 0 || value.endsWith(':')));
      expect(calls).toEqual(runs);
      const reported = runs.filter((i) => i < n - 1);
      expect(found.map((f) => [f.entity, value.slice(f.start, f.end)])).toEqual(reported.map((i) => [`AT_${i}`, alnum[i % alnum.length]]));
    }
  });
});
