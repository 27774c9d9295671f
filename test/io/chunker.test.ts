import { describe, expect, it } from 'vitest';
import { chunkRecords, type InputChunk, type InputHead } from '../../src/io/chunker.js';

async function* pieces(text: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(text: string | Uint8Array, size: number, format: 'csv' | 'jsonl', chunkSize: number, maxRecordBytes = 1 << 20) {
  let head: InputHead | undefined;
  const chunks: InputChunk[] = [];
  for await (const item of chunkRecords(pieces(text, size), { format, delimiter: ',', chunkSize, maxRecordBytes, file: 'f.csv' })) {
    if (item.kind === 'head') head = item;
    else chunks.push(item);
  }
  return { head, chunks, texts: chunks.map((c) => Buffer.from(c.bytes).toString()) };
}

describe('chunkRecords', () => {
  const csv = 'id,"note\nx"\r\n1,"a\nb"\r\n2,"say ""hi"" \n there"\r\n3,plain\r\n4,last';
  it.each([1, 2, 3, 7, 16, 1000])('cuts CSV only between records (reads of %i bytes)', async (size) => {
    for (const chunkSize of [1, 5, 20, 1000]) {
      const { head, chunks, texts } = await collect(csv, size, 'csv', chunkSize);
      expect(Buffer.from(head!.header!).toString()).toBe('id,"note\nx"\r\n');
      expect(texts.join('')).toBe(csv.slice('id,"note\nx"\r\n'.length));
      for (const t of texts) expect(['1,"a\nb"\r\n', '2,"say ""hi"" \n there"\r\n', '3,plain\r\n', '4,last']).toEqual(expect.arrayContaining(splitRecords(t)));
      expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
      // Each chunk owns its ArrayBuffer, so it can be transferred to a worker.
      for (const c of chunks) expect(c.bytes.byteOffset).toBe(0);
    }
  });
  it('cuts JSONL at line feeds and keeps a last line without one', async () => {
    const jsonl = '{"a":1}\n\n{"b":"x\\ny"}\r\n{"c":3}';
    for (const size of [1, 4, 100]) {
      const { head, texts } = await collect(jsonl, size, 'jsonl', 3);
      expect(head).toEqual({ kind: 'head', bom: false, header: undefined });
      expect(texts.join('')).toBe(jsonl);
      for (const t of texts.slice(0, -1)) expect(t.endsWith('\n')).toBe(true);
    }
  });
  it('strips a UTF-8 BOM even when it arrives byte by byte', async () => {
    const { head, texts } = await collect('\uFEFFa,b\n1,2\n', 1, 'csv', 1);
    expect(head?.bom).toBe(true);
    expect(Buffer.from(head!.header!).toString()).toBe('a,b\n');
    expect(texts.join('')).toBe('1,2\n');
  });
  it('handles empty input and a header without a line end', async () => {
    expect(await collect('', 10, 'csv', 10)).toMatchObject({ head: { header: undefined }, chunks: [] });
    const { head, chunks } = await collect('a,b', 10, 'csv', 10);
    expect(Buffer.from(head!.header!).toString()).toBe('a,b');
    expect(chunks).toEqual([]);
  });
  it('fails with PII_PARSE_ERROR and a line when a record exceeds maxRecordBytes (unclosed quote)', async () => {
    const text = `h\n1\n2\n"${'x'.repeat(5000)}`;
    await expect(collect(text, 64, 'csv', 4, 1000)).rejects.toMatchObject({ code: 'PII_PARSE_ERROR', file: 'f.csv', line: 4 });
    // Also when whole records precede it in the same (not yet full) chunk: the line is the long record's.
    await expect(collect(text, 64, 'csv', 1 << 20, 1000)).rejects.toMatchObject({ code: 'PII_PARSE_ERROR', line: 4 });
    await expect(collect(`{}\n{}\n{"a":"${'x'.repeat(5000)}`, 64, 'jsonl', 1 << 20, 1000)).rejects.toMatchObject({ code: 'PII_PARSE_ERROR', line: 3 });
  });
  it.each([
    ['jsonl', 1],
    ['jsonl', 777],
    ['jsonl', 5000],
    ['csv', 1],
    ['csv', 777],
    ['csv', 5000],
  ] as const)('cuts %s at the first record boundary at or after chunkSize, whatever the read size (%i)', async (format, size) => {
    // Records of varied length; CSV ones hold quoted line feeds that are not boundaries.
    const records: string[] = [];
    for (let i = 0; i < 400; i++) {
      const pad = 'p'.repeat((i * 37) % 90);
      records.push(format === 'jsonl' ? `{"i":${i},"t":"${pad}"}\n` : `${i},"${pad}\n${pad}",x\n`);
    }
    const header = format === 'csv' ? 'id,text,x\n' : '';
    const body = records.join('');
    const chunkSize = 1000;
    const { chunks, texts } = await collect(header + body, size, format, chunkSize);
    expect(texts.join('')).toBe(body);
    const ends = new Set<number>();
    for (let at = 0, i = 0; i < records.length; i++) ends.add((at += records[i]!.length));
    let at = 0;
    for (const [k, t] of texts.entries()) {
      at += t.length;
      expect(ends.has(at)).toBe(true); // whole records only
      if (k === texts.length - 1) break;
      expect(t.length).toBeGreaterThanOrEqual(chunkSize);
      // The cut is the first boundary at or after chunkSize: without its last record it is short.
      const last = records.find((r, i) => [...ends][i] === at)!;
      expect(t.length - last.length).toBeLessThan(chunkSize);
    }
    for (const c of chunks) expect(c.bytes.byteOffset === 0 && c.bytes.buffer.byteLength === c.bytes.length).toBe(true);
  });
});

function splitRecords(text: string): string[] {
  const out: string[] = [];
  for (const r of ['1,"a\nb"\r\n', '2,"say ""hi"" \n there"\r\n', '3,plain\r\n', '4,last']) if (text.includes(r)) out.push(r);
  expect(out.join('')).toBe(text);
  return out;
}
