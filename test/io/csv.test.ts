import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvBoundaryScanner, CsvTokenizer, formatCsvField, parseCsvHeader, type CsvToken } from '../../src/io/csv.js';

function tokens(text: string, delimiter = ','): CsvToken[] {
  const t = new CsvTokenizer(text, delimiter);
  const out: CsvToken[] = [];
  for (let x = t.next(); x !== undefined; x = t.next()) out.push(x);
  return out;
}

function rows(text: string, delimiter = ','): string[][] {
  return tokens(text, delimiter).map((t) => (t.kind === 'row' ? t.fields.map((f) => f.value) : [`<${t.kind}>`]));
}

/** Boundaries found when feeding `text` in pieces of `size` bytes, as absolute offsets. */
function boundaries(text: string, size: number, delimiter = ','): number[] {
  const bytes = Buffer.from(text);
  const scanner = new CsvBoundaryScanner(delimiter);
  const out: number[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    const piece = bytes.subarray(at, at + size);
    // Feed one piece, but collect every boundary in it by feeding line by line is not possible:
    // record only the last one, as the chunker does.
    const b = scanner.feed(piece);
    if (b > 0) out.push(at + b);
  }
  return out;
}

describe('CsvTokenizer (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(rows('a,"b,c","say ""hi""","x\ny"\n')).toEqual([['a', 'b,c', 'say "hi"', 'x\ny']]);
  });
  it('handles CRLF, LF, a missing final line end and empty fields', () => {
    expect(rows('a,b\r\n,\r\n"",x')).toEqual([['a', 'b'], ['', ''], ['', 'x']]);
  });
  it('keeps a lone CR inside an unquoted field as data', () => {
    expect(rows('a\rb,c\n')).toEqual([['a\rb', 'c']]);
  });
  it('reports blank lines separately', () => {
    expect(rows('a\n\n\r\nb\n')).toEqual([['a'], ['<blank>'], ['<blank>'], ['b']]);
  });
  it('supports tab and semicolon delimiters', () => {
    expect(rows('a\t"b\tc"\n', '\t')).toEqual([['a', 'b\tc']]);
    expect(rows('a;b,c\n', ';')).toEqual([['a', 'b,c']]);
  });
  it('gives raw spans so records can be rebuilt byte for byte', () => {
    const text = 'x,"q ""1""",z\r\n';
    const [t] = tokens(text);
    expect(t?.kind).toBe('row');
    if (t?.kind !== 'row') return;
    expect(t.fields.map((f) => text.slice(f.start, f.end))).toEqual(['x', '"q ""1"""', 'z']);
    expect(text.slice(t.start, t.end)).toBe('x,"q ""1""",z');
    expect(t.next).toBe(text.length);
  });
  it('tracks the line where each record starts across multi-line fields', () => {
    const ts = tokens('h\n"a\nb\nc"\nd\n');
    expect(ts.map((t) => t.line)).toEqual([0, 1, 4]);
  });
  it.each([
    ['a,b"c\nd,e\n', 'quote inside an unquoted field', 0],
    ['a,"b"c\nd,e\n', 'unexpected character after a closing quote', 0],
    ['x,y\na,"b\nc\n', 'unclosed quoted field', 1],
  ])('reports malformed records and resumes after the line: %j', (text, problem, line) => {
    const ts = tokens(text);
    const bad = ts.find((t) => t.kind === 'bad');
    expect(bad).toMatchObject({ kind: 'bad', problem, line });
    if (problem !== 'unclosed quoted field') expect(ts.at(-1)).toMatchObject({ kind: 'row', line: 1 });
  });
  it('matches csv-parse on generated records (quotes, delimiters, CR, LF, unicode)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\n', '\r', ' ', ';', '1'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (records, crlf) => {
        // A bare CR is data for both parsers only when quoted (csv-stringify leaves it unquoted).
        const text = stringify(records, { record_delimiter: crlf ? 'windows' : 'unix', quoted_match: /[\r\n]/ });
        const expected = parse(text, { record_delimiter: crlf ? '\r\n' : '\n' }) as string[][];
        expect(rows(text)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
  it('is linear on adversarial inputs', () => {
    for (const text of ['"'.repeat(1e5), '""'.repeat(5e4), ','.repeat(1e5), 'a"'.repeat(5e4), '\n'.repeat(1e5), '"\n'.repeat(5e4), `"${'a,'.repeat(5e4)}`]) {
      const t0 = performance.now();
      tokens(text);
      boundaries(text, 4096);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});

describe('CsvBoundaryScanner', () => {
  const text = 'id,note\n1,"a\nb"\n2,"x ""\n"" y"\n3,plain\n4,"\n"\n';
  const recordEnds = [8, 16, 30, 38, 44];
  it.each([1, 2, 3, 5, 7, 64])('finds only boundaries outside quotes when fed %i bytes at a time', (size) => {
    for (const b of boundaries(text, size)) expect(recordEnds).toContain(b);
    expect(boundaries(text, 64)).toEqual([44]);
  });
  it('returns the first boundary with stopAtFirst', () => {
    const s = new CsvBoundaryScanner(',');
    expect(s.feed(Buffer.from('"h\n1",h2\nrow\n'), true)).toBe(9);
  });
  it('does not let a stray quote in an unquoted field flip the state', () => {
    const s = new CsvBoundaryScanner(',');
    expect(s.feed(Buffer.from('a,5" screen\nb,c\n'))).toBe(16);
    expect(s.inQuotes).toBe(false);
  });
});

describe('formatCsvField / parseCsvHeader', () => {
  it('quotes when the input field was quoted or when needed', () => {
    expect(formatCsvField('abc', ',', false)).toBe('abc');
    expect(formatCsvField('abc', ',', true)).toBe('"abc"');
    expect(formatCsvField('a,b', ',', false)).toBe('"a,b"');
    expect(formatCsvField('say "x"', ',', false)).toBe('"say ""x"""');
    expect(formatCsvField('a\tb', '\t', false)).toBe('"a\tb"');
  });
  it('parses a header or names the problem', () => {
    expect(parseCsvHeader('id,"e,mail"\r\n', ',')).toEqual({ columns: ['id', 'e,mail'] });
    expect(parseCsvHeader('id,e"x\n', ',')).toEqual({ problem: 'quote inside an unquoted field' });
  });
});
