import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { anonymizeFile, scanFile } from '../../src/pipeline/api.js';
import { createAnonymizeStream, createAnonymizeTextStream, type RecordFinding } from '../../src/pipeline/streams.js';
import type { Report, ReportFinding } from '../../src/report/report.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RECOGNIZERS, tempDir } from './helpers.js';

function sink(): { stream: Writable; text: () => string } {
  const parts: Buffer[] = [];
  return {
    stream: new Writable({ write(chunk: Buffer, _e, cb) { parts.push(Buffer.from(chunk)); cb(); } }),
    text: () => Buffer.concat(parts).toString(),
  };
}

describe('record stream', () => {
  it('anonymizes records in order and emits findings as they happen', async () => {
    const findings: RecordFinding[] = [];
    const out: unknown[] = [];
    const stream = createAnonymizeStream({ recognizers: RECOGNIZERS });
    stream.on('finding', (f: RecordFinding) => findings.push(f));
    await pipeline(
      Readable.from([{ user: { email: 'jane.doe@acme.io' } }, { n: 1 }, { msgs: ['TCK-123456'] }]),
      stream,
      new Writable({ objectMode: true, write(r, _e, cb) { out.push(r); cb(); } }),
    );
    expect(out).toEqual([{ user: { email: '<EMAIL_ADDRESS>' } }, { n: 1 }, { msgs: ['<TICKET_ID>'] }]);
    expect(findings.map((f) => [f.record, f.field, f.entity])).toEqual([[1, 'user.email', 'EMAIL_ADDRESS'], [3, 'msgs[0]', 'TICKET_ID']]);
  });

  it('accepts recognizer objects (it runs on the calling thread) and reports errors on the stream', async () => {
    const custom = { meta: { id: 'x-test', entities: ['X_TEST'], recommended: false }, create: () => ({ analyze: (v: string) => (v === 'X' ? [{ entity: 'X_TEST', start: 0, end: 1, score: 1 }] : []) }) };
    const out: unknown[] = [];
    await pipeline(Readable.from([{ a: 'X' }]), createAnonymizeStream({ recognizers: [custom] }), new Writable({ objectMode: true, write(r, _e, cb) { out.push(r); cb(); } }));
    expect(out).toEqual([{ a: '<X_TEST>' }]);
    await expect(pipeline(Readable.from([{ a: 'X' }]), createAnonymizeStream({ operators: { DEFAULT: { type: 'hash' } } }), new Writable({ objectMode: true, write(_r, _e, cb) { cb(); } })))
      .rejects.toMatchObject({ code: 'PII_MISSING_KEY' });
  });
});

describe('record stream column inference', () => {
  const FIRST = ['Maren', 'Tobias', 'Ingrid', 'Kenji', 'Zofia', 'Arjun'];
  const LAST = ['Kowalski', 'Moreau', 'Hartmann', 'Novak', 'Tanaka', 'Okafor'];
  const records = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: i, user: { name: `${FIRST[i % 6]} ${LAST[(i * 5) % 6]}`, email: `m${i}.x@fjordmail.no` }, note: i % 3 ? 'fine' : 'call me' }));
  const collect = async (stream: ReturnType<typeof createAnonymizeStream>, input: unknown[]) => {
    const out: unknown[] = [];
    const findings: RecordFinding[] = [];
    const columns: unknown[] = [];
    stream.on('finding', (f: RecordFinding) => findings.push(f));
    stream.on('columns', (c: unknown) => columns.push(c));
    await pipeline(Readable.from(input), stream, new Writable({ objectMode: true, write(r, _e, cb) { out.push(r); cb(); } }));
    return { out, findings, columns };
  };

  it.each([150, 40])('types columns from the first records and gives the output of the file pipeline (%i records)', async (n) => {
    const input = records(n);
    const { out, findings, columns } = await collect(createAnonymizeStream({ recognizers: ['recommended'] }), input);
    expect(columns).toEqual([[
      expect.objectContaining({ field: 'user.email', entity: 'EMAIL_ADDRESS' }),
      expect.objectContaining({ field: 'user.name', entity: 'PERSON', evidence: 'name+values' }),
    ]]);
    expect(findings.filter((f) => f.field === 'user.name').every((f) => f.recognizer === 'column-type')).toBe(true);
    expect(findings.filter((f) => f.field === 'user.name')).toHaveLength(n);
    const dir = await tempDir();
    await writeFile(join(dir, 'in.jsonl'), input.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const report = await anonymizeFile(join(dir, 'in.jsonl'), join(dir, 'out.jsonl'), { workers: 0, recognizers: ['recommended'] });
    expect(report.inputs[0]!.columns).toEqual(columns[0]);
    expect(out).toEqual((await readFile(join(dir, 'out.jsonl'), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l)));
  });

  it('holds no record back with inferColumns off: the first record comes out before the second goes in', async () => {
    const stream = createAnonymizeStream({ recognizers: RECOGNIZERS, inferColumns: false });
    const columns: unknown[] = [];
    stream.on('columns', (c: unknown) => columns.push(c));
    const first = new Promise((resolve) => stream.once('data', resolve));
    stream.write({ user: { email: 'jane.doe@acme.io' } });
    expect(await first).toEqual({ user: { email: '<EMAIL_ADDRESS>' } });
    stream.end();
    await new Promise((resolve) => stream.on('end', resolve).resume());
    expect(columns).toEqual([]);
  });
});

describe('text stream', () => {
  for (const workers of [0, 2]) {
    it(`anonymizes raw JSONL bytes in order with ${workers} workers, emitting findings and a report`, async () => {
      const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ i, e: i % 2 ? `p${i}@fjordmail.no` : 'none' }));
      const input = `${lines.join('\n')}\n`;
      const findings: ReportFinding[] = [];
      let report: Report | undefined;
      const out = sink();
      const stream = createAnonymizeTextStream({ format: 'jsonl', workers, chunkSize: 1024, recognizers: RECOGNIZERS });
      stream.on('finding', (f: ReportFinding) => findings.push(f));
      stream.on('report', (r: Report) => { report = r; });
      // Pieces that cut records in the middle.
      await pipeline(Readable.from(input.match(/[\s\S]{1,333}/g)!.map((s) => Buffer.from(s))), stream, out.stream);
      expect(out.text()).toBe(input.replace(/p\d+@fjordmail\.no/g, '<EMAIL_ADDRESS>'));
      expect(findings).toHaveLength(200);
      expect(findings.map((f) => f.line)).toEqual(Array.from({ length: 200 }, (_, k) => 2 * k + 2));
      expect(report?.totals).toMatchObject({ records: 400, findings: 200 });
    });
  }

  it('errors with PII_PARSE_ERROR and a line under onError fail', async () => {
    const stream = createAnonymizeTextStream({ format: 'csv', workers: 0, recognizers: RECOGNIZERS });
    await expect(pipeline(Readable.from([Buffer.from('a,b\n1,2\n3\n')]), stream, sink().stream)).rejects.toMatchObject({ code: 'PII_PARSE_ERROR', line: 3 });
  });

  it('requires a format', () => {
    expect(() => createAnonymizeTextStream({} as never)).toThrow(expect.objectContaining({ code: 'PII_UNSUPPORTED_FORMAT' }));
  });
});

describe('file API with stream input / output (stdin / stdout)', () => {
  it('needs an explicit format and writes through', async () => {
    await expect(scanFile(Readable.from([Buffer.from('a\n')]))).rejects.toMatchObject({ code: 'PII_UNSUPPORTED_FORMAT' });
    const out = sink();
    const report = await anonymizeFile(Readable.from([Buffer.from('e\njane.doe@acme.io\n')]), out.stream, { format: 'csv', workers: 0, recognizers: RECOGNIZERS });
    expect(out.text()).toBe('e\n<EMAIL_ADDRESS>\n');
    expect(report.inputs[0]).toMatchObject({ path: '-', output: '-', records: 1 });
  });
});
