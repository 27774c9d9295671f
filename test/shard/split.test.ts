import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvHeaderEnd, recordBoundaryAtOrAfter } from '../../src/shard/split.js';
import { parseSize } from '../../src/cli/commands/plan-command.js';
import { tempDir } from '../pipeline/helpers.js';

const dir = await tempDir();

/** Records joined, with the byte offset where each one starts. */
function build(head: string, records: readonly string[]): { text: string; starts: number[] } {
  let text = head;
  const starts: number[] = [];
  for (const r of records) {
    starts.push(Buffer.byteLength(text));
    text += r;
  }
  return { text, starts };
}

describe('record boundaries of byte ranges', () => {
  // Quoted fields with line feeds, escaped quotes, a quote at a line start, CRLF, multibyte text.
  const csvRecords = [
    '1,"a\nb",x\r\n',
    '2,"he said ""hi""\n""quoted"" line",y\r\n',
    '3,plain,z\r\n',
    '4,"\n\n\n",w\r\n',
    '5,"ünïcødé\n€",v\r\n',
    '6,"ends with quote """,u\n',
    '7,last,t',
  ];

  it.each([
    ['csv with a BOM and a quoted multi-line header', '\uFEFF"id","multi\nline",c\r\n', ','],
    ['csv', 'id,b,c\n', ','],
    ['tsv', 'id\tb\tc\n', '\t'],
  ])('%s: every cut lands on a real record boundary, never inside quotes', async (_name, head, delimiter) => {
    const records = delimiter === ',' ? csvRecords : csvRecords.map((r) => r.replaceAll(',', '\t'));
    const { text, starts } = build(head, records);
    const path = join(dir, `x-${_name.length}.csv`);
    await writeFile(path, text);
    const size = Buffer.byteLength(text);
    const headerEnd = await csvHeaderEnd(path, delimiter);
    expect(headerEnd).toBe(starts[0]);
    for (let from = headerEnd; from <= size; from++) {
      const expected = starts.find((s) => s >= from) ?? size;
      expect(await recordBoundaryAtOrAfter(path, 'csv', delimiter, from, headerEnd), `from ${from}`).toBe(expected);
    }
    // Scanning from a later known boundary gives the same answers.
    for (let from = starts[3]!; from <= size; from++) {
      expect(await recordBoundaryAtOrAfter(path, 'csv', delimiter, from, starts[3]!)).toBe(starts.find((s) => s >= from) ?? size);
    }
  });

  it('jsonl: the byte after the next line feed', async () => {
    const { text, starts } = build('', ['{"a":"x\\ny"}\n', '\n', '{"b":"€"}\r\n', '{"c":1}']);
    const path = join(dir, 'x.jsonl');
    await writeFile(path, text);
    const size = Buffer.byteLength(text);
    for (let from = 1; from <= size; from++) {
      expect(await recordBoundaryAtOrAfter(path, 'jsonl', ',', from)).toBe(starts.find((s) => s >= from) ?? size);
    }
  });

  it('a CSV with only a header has no data start before its end', async () => {
    const path = join(dir, 'header-only.csv');
    await writeFile(path, 'a,"b\nc"');
    expect(await csvHeaderEnd(path, ',')).toBe(Buffer.byteLength('a,"b\nc"'));
  });
});

describe('--target-shard-bytes sizes', () => {
  it.each([
    ['1000', 1000],
    ['64K', 65536],
    ['2KiB', 2048],
    ['2KB', 2000],
    ['1.5MiB', 1572864],
    ['512MB', 512e6],
    ['2GiB', 2 * 1024 ** 3],
    ['1TB', 1e12],
  ])('%s = %i bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
  it.each(['', '0', 'abc', '2XB', '-5M'])('refuses %j', (text) => {
    expect(() => parseSize(text)).toThrow();
  });
});
