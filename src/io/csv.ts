/**
 * RFC 4180 CSV for the pipeline: a quote-aware byte scan that finds record boundaries across reads
 * (main thread), and a tokenizer that keeps each field's raw span so unchanged fields and records
 * are written back byte for byte (workers).
 */

import { countLineFeedsIn } from './line-feeds.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Finds record boundaries (the byte after a line feed outside quotes) in a byte stream fed in
 * pieces. The quote state is carried across pieces; a quote that does not open a field (inside an
 * unquoted value) does not change it, like the tokenizer, which reports that record as malformed.
 * Cost is linear: it jumps between quotes with `indexOf`.
 */
export class CsvBoundaryScanner {
  #delimiter: number;
  #inQuotes = false;
  /** The last byte of the previous piece was a quote inside a quoted field: the next byte decides. */
  #quotePending = false;
  #prevByte = LF;

  constructor(delimiter: string) {
    this.#delimiter = delimiter.charCodeAt(0);
  }

  /** True when the bytes fed so far end inside a quoted field. */
  get inQuotes(): boolean {
    return this.#inQuotes && !this.#quotePending;
  }

  /**
   * Feeds the next piece; returns the offset in `buf` just after its last record boundary, or -1.
   * With `stopAtFirst`, returns the first boundary instead and leaves the scanner positioned there
   * (the rest of `buf` is not consumed and must be fed again).
   */
  feed(buf: Uint8Array, stopAtFirst = false): number {
    let i = 0;
    let last = -1;
    const n = buf.length;
    if (n === 0) return -1;
    if (this.#quotePending) {
      this.#quotePending = false;
      if (buf[0] === QUOTE) i = 1; // escaped quote: still inside
      else this.#inQuotes = false;
    }
    while (i < n) {
      if (this.#inQuotes) {
        const q = buf.indexOf(QUOTE, i);
        if (q < 0) { i = n; break; }
        if (q + 1 === n) { this.#quotePending = true; i = n; break; }
        if (buf[q + 1] === QUOTE) { i = q + 2; continue; }
        this.#inQuotes = false;
        i = q + 1;
        continue;
      }
      const q = buf.indexOf(QUOTE, i);
      const end = q < 0 ? n : q;
      if (stopAtFirst) {
        const nl = buf.indexOf(LF, i);
        if (nl >= 0 && nl < end) {
          this.#prevByte = LF;
          return nl + 1;
        }
      } else if (end > i) {
        const nl = buf.lastIndexOf(LF, end - 1);
        if (nl >= i) last = nl + 1;
      }
      if (q < 0) break;
      const prev = q > 0 ? buf[q - 1]! : this.#prevByte;
      if (prev === this.#delimiter || prev === LF) this.#inQuotes = true;
      i = q + 1;
    }
    this.#prevByte = buf[n - 1]!;
    return stopAtFirst ? -1 : last;
  }
}

/** One field of a tokenized record: its value and its raw span in the text. */
export interface CsvField {
  readonly value: string;
  /** Raw span `[start, end)` in the tokenized text, quotes included. */
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/** A well-formed record. */
export interface CsvRow {
  readonly kind: 'row';
  readonly fields: CsvField[];
  /** Raw span of the record, terminator excluded. */
  readonly start: number;
  readonly end: number;
  /** Offset just after the terminator (or the end of the text). */
  readonly next: number;
  /** 0-based line of the record's first character within the text. */
  readonly line: number;
}

/** An empty line (kept as is, not a record, unless the file has a single column). */
export interface CsvBlank {
  readonly kind: 'blank';
  readonly start: number;
  readonly next: number;
  readonly line: number;
}

/** A malformed record: the tokenizer resumes after the end of the line where the problem is. */
export interface CsvBad {
  readonly kind: 'bad';
  /** What is wrong, without any content of the record. */
  readonly problem: string;
  readonly start: number;
  readonly next: number;
  readonly line: number;
  /** 0-based line of the problem itself. */
  readonly problemLine: number;
}

export type CsvToken = CsvRow | CsvBlank | CsvBad;

/**
 * Tokenizes CSV text record by record (strict RFC 4180 quoting, LF or CRLF line ends).
 *
 * @example
 * const t = new CsvTokenizer('a,"b ""x"""\n', ',');
 * t.next() // { kind: 'row', fields: [{ value: 'a', ... }, { value: 'b "x"', quoted: true, ... }], ... }
 */
export class CsvTokenizer {
  readonly #text: string;
  readonly #delim: string;
  #pos = 0;
  #line = 0;
  #nextQuote = -1;

  constructor(text: string, delimiter: string, startOffset = 0) {
    this.#text = text;
    this.#delim = delimiter;
    this.#pos = startOffset;
  }

  /** Lines consumed so far (line feeds passed). */
  get line(): number {
    return this.#line;
  }

  /** The next record, or undefined at the end of the text. */
  next(): CsvToken | undefined {
    const text = this.#text;
    const len = text.length;
    const start = this.#pos;
    if (start >= len) return undefined;
    const line0 = this.#line;
    const c0 = text.charCodeAt(start);
    if (c0 === LF || (c0 === CR && text.charCodeAt(start + 1) === LF)) {
      const next = c0 === LF ? start + 1 : start + 2;
      this.#pos = next;
      this.#line++;
      return { kind: 'blank', start, next, line: line0 };
    }
    const delim = this.#delim;
    const fields: CsvField[] = [];
    let p = start;
    let eol = text.indexOf('\n', p);
    if (eol < 0) eol = len;
    let extraLines = 0;
    for (;;) {
      const fieldStart = p;
      if (text.charCodeAt(p) === QUOTE) {
        let q = p + 1;
        let value = '';
        let closed = -1;
        for (;;) {
          const idx = text.indexOf('"', q);
          if (idx < 0) break;
          if (text.charCodeAt(idx + 1) === QUOTE) {
            value += text.slice(q, idx + 1);
            q = idx + 2;
            continue;
          }
          value += text.slice(q, idx);
          closed = idx;
          break;
        }
        if (closed < 0) return this.#bad(start, line0, 'unclosed quoted field', len);
        const inner = countLineFeedsIn(text, fieldStart, closed);
        if (inner > 0) {
          extraLines += inner;
          eol = text.indexOf('\n', closed);
          if (eol < 0) eol = len;
        }
        p = closed + 1;
        fields.push({ value, start: fieldStart, end: p, quoted: true });
        const c = text.charCodeAt(p);
        if (p < len && text.startsWith(delim, p)) { p += delim.length; continue; }
        if (p >= len) return this.#row(fields, start, len, len, line0, extraLines);
        if (c === LF) return this.#row(fields, start, p, p + 1, line0, extraLines + 1);
        if (c === CR && text.charCodeAt(p + 1) === LF) return this.#row(fields, start, p, p + 2, line0, extraLines + 1);
        return this.#bad(start, line0 + extraLines, 'unexpected character after a closing quote', p);
      }
      // Unquoted field: ends at the next delimiter on this line, or at the line end.
      let d = text.indexOf(delim, p);
      if (d < 0 || d > eol) d = -1;
      const fieldEnd0 = d < 0 ? eol : d;
      if (this.#nextQuote < p) {
        this.#nextQuote = text.indexOf('"', p);
        if (this.#nextQuote < 0) this.#nextQuote = len;
      }
      if (this.#nextQuote < fieldEnd0) return this.#bad(start, line0 + extraLines, 'quote inside an unquoted field', this.#nextQuote);
      if (d >= 0) {
        fields.push({ value: text.slice(p, d), start: p, end: d, quoted: false });
        p = d + delim.length;
        continue;
      }
      const end = eol < len && eol > p && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
      fields.push({ value: text.slice(p, end), start: p, end, quoted: false });
      return eol < len
        ? this.#row(fields, start, end, eol + 1, line0, extraLines + 1)
        : this.#row(fields, start, end, len, line0, extraLines);
    }
  }

  #row(fields: CsvField[], start: number, end: number, next: number, line: number, lines: number): CsvRow {
    this.#pos = next;
    this.#line = line + lines;
    return { kind: 'row', fields, start, end, next, line };
  }

  /** Malformed record: resume after the line feed that ends the line at `at` (or at the end). */
  #bad(start: number, problemLine: number, problem: string, at: number): CsvBad {
    const text = this.#text;
    const nl = at >= text.length ? -1 : text.indexOf('\n', at);
    const next = nl < 0 ? text.length : nl + 1;
    const line0 = this.#line;
    this.#pos = next;
    this.#line = line0 + countLineFeedsIn(text, start, next);
    return { kind: 'bad', problem, start, next, line: line0, problemLine };
  }
}

/** True when a value must be quoted to stay one field. */
export function csvNeedsQuotes(value: string, delimiter: string): boolean {
  return value.includes(delimiter) || QUOTE_OR_LINE_END.test(value);
}

// A constant: a regex literal in the function would be a new RegExp object per call.
const QUOTE_OR_LINE_END = /["\r\n]/;

/**
 * Writes one field: quoted when the input field was quoted (so re-written records keep their
 * look) or when the value needs it.
 */
export function formatCsvField(value: string, delimiter: string, quoted: boolean): string {
  return quoted || csvNeedsQuotes(value, delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Parses one header record; returns the column names or a problem description. */
export function parseCsvHeader(text: string, delimiter: string): { columns: string[] } | { problem: string } {
  const t = new CsvTokenizer(text, delimiter);
  const token = t.next();
  if (token === undefined || token.kind === 'blank') return { problem: 'empty header row' };
  if (token.kind === 'bad') return { problem: token.problem };
  return { columns: token.fields.map((f) => f.value) };
}
