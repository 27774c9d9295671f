import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { anonymizeDirectory, anonymizeFile, anonymizeFiles, scanFile, scanFiles } from '../../src/pipeline/api.js';
import { RECOGNIZERS, tempDir } from './helpers.js';

const dir = await tempDir();
const base = { recognizers: RECOGNIZERS, workers: 0 } as const;

async function roundTrip(name: string, content: string | Buffer, options: Record<string, unknown> = {}) {
  const input = join(dir, name);
  const output = join(dir, `out-${name}`);
  await writeFile(input, content);
  const report = await anonymizeFile(input, output, { ...base, ...options });
  return { report, output: await readFile(output), outputPath: output };
}

describe('CSV files', () => {
  it('keeps header, column order, row count, quoting and line ends; rewrites only changed fields', async () => {
    const csv = 'id,"e-mail",note\r\n1,jane.doe@acme.io,"hi, ""you""\nthere"\r\n2,"bob@corp.de",plain\r\n3,,"quoted, nothing"\r\n4,x,"TCK-123456 and ""q"""';
    const { output, report } = await roundTrip('a.csv', csv);
    expect(output.toString()).toBe(
      'id,"e-mail",note\r\n1,<EMAIL_ADDRESS>,"hi, ""you""\nthere"\r\n2,"<EMAIL_ADDRESS>",plain\r\n3,,"quoted, nothing"\r\n4,x,"<TICKET_ID> and ""q"""',
    );
    expect(report.totals).toMatchObject({ records: 4, findings: 3, recordsWithFindings: 3 });
    // line is where the record starts; record 3 starts on line 5 because record 1 spans two lines
    expect(report.findings.map((f) => [f.record, f.line, f.field, f.entity])).toEqual([
      [1, 2, 'e-mail', 'EMAIL_ADDRESS'],
      [2, 4, 'e-mail', 'EMAIL_ADDRESS'],
      [4, 6, 'note', 'TICKET_ID'],
    ]);
  });

  it('is byte-identical when nothing is found, BOM included', async () => {
    const csv = '\uFEFFa,b\n"x ""1""",  spaced  \n\n"multi\nline",z\n';
    const { output } = await roundTrip('clean.csv', csv);
    expect(output.equals(Buffer.from(csv))).toBe(true);
  });

  it('reads TSV and a custom delimiter', async () => {
    expect((await roundTrip('t.tsv', 'a\tb\nmail jane.doe@acme.io\t"x\ty"\n')).output.toString()).toBe('a\tb\nmail <EMAIL_ADDRESS>\t"x\ty"\n');
    expect((await roundTrip('s.csv', 'a;b\njane.doe@acme.io;1,5\n', { delimiter: ';' })).output.toString()).toBe('a;b\n<EMAIL_ADDRESS>;1,5\n');
  });

  it('quotes a replacement that needs it', async () => {
    const { output } = await roundTrip('q.csv', 'a\njane.doe@acme.io\n', { operators: { DEFAULT: { type: 'replace', template: '<{entity}, "x">' } } });
    expect(output.toString()).toBe('a\n"<EMAIL_ADDRESS, ""x"">"\n');
  });

  it('round-trips gzip input and output by extension', async () => {
    const input = join(dir, 'g.csv.gz');
    await writeFile(input, gzipSync('a,b\njane.doe@acme.io,1\n'));
    const report = await anonymizeFile(input, join(dir, 'g.out.csv.gz'), base);
    expect(gunzipSync(await readFile(join(dir, 'g.out.csv.gz'))).toString()).toBe('a,b\n<EMAIL_ADDRESS>,1\n');
    expect(report.inputs[0]).toMatchObject({ compressed: true, format: 'csv', records: 1, bytes: 23 });
  });

  it('scans without writing and handles empty and header-only files', async () => {
    await writeFile(join(dir, 'empty.csv'), '');
    await writeFile(join(dir, 'header.csv'), 'a,b\r\n');
    const report = await scanFiles([join(dir, 'empty.csv'), join(dir, 'header.csv')], base);
    expect(report.totals).toMatchObject({ files: 2, records: 0, findings: 0 });
    expect((await roundTrip('header2.csv', 'a,b\r\n')).output.toString()).toBe('a,b\r\n');
  });
});

describe('JSONL files', () => {
  it('scans every string (and number) leaf, keeps key order, spelling and blank lines', async () => {
    const jsonl = [
      '{"user":{"email":"jane.doe@acme.io","n":1.50,"big":9123456789012345678},"messages":[{"role":"u","content":"see TCK-000042"}]}',
      '',
      '  {"acct":4000123412341234,"esc":"caf\\u00e9"}  ',
      '{"clean":"nothing","x":[1,2]}',
    ].join('\n');
    const { output, report } = await roundTrip('a.jsonl', jsonl);
    expect(output.toString()).toBe(
      [
        '{"user":{"email":"<EMAIL_ADDRESS>","n":1.50,"big":9123456789012345678},"messages":[{"role":"u","content":"see <TICKET_ID>"}]}',
        '',
        '  {"acct":"<ACCOUNT_NUMBER>","esc":"caf\\u00e9"}  ',
        '{"clean":"nothing","x":[1,2]}',
      ].join('\n'),
    );
    expect(report.findings.map((f) => [f.line, f.record, f.field])).toEqual([
      [1, 1, 'user.email'],
      [1, 1, 'messages[0].content'],
      [3, 2, 'acct'],
    ]);
    expect(report.byField).toEqual({ acct: 1, 'messages[*].content': 1, 'user.email': 1 });
  });

  it('drops blank lines when asked, consistently', async () => {
    const { output } = await roundTrip('b.jsonl', '{"a":1}\n\n\r\n{"b":2}\n', { blankLines: 'drop' });
    expect(output.toString()).toBe('{"a":1}\n{"b":2}\n');
  });

  it('selects fields by JSON path', async () => {
    const { output } = await roundTrip('c.jsonl', '{"messages":[{"content":"jane.doe@acme.io","meta":"bob@corp.de"}],"email":"x.y@acme.io"}\n', {
      fields: ['messages[*].content'],
    });
    expect(output.toString()).toBe('{"messages":[{"content":"<EMAIL_ADDRESS>","meta":"bob@corp.de"}],"email":"x.y@acme.io"}\n');
  });
});

describe('malformed input and error policies', () => {
  const badCsv = 'a,b\n1,ok\n2,"x\ny",extra\n3,bad"quote\n4,jane.doe@acme.io\n5,"unclosed\n';
  it('fails by default with file, line and record, and leaves no output', async () => {
    const input = join(dir, 'bad.csv');
    await writeFile(input, badCsv);
    const err = await anonymizeFile(input, join(dir, 'bad.out.csv'), base).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PII_PARSE_ERROR', file: input, line: 3, record: 2 });
    expect((err as Error).message).not.toContain('extra');
    expect((await readdir(dir)).filter((f) => f.includes('bad.out'))).toEqual([]);
  });

  it('skips malformed records and locates each in the report', async () => {
    const { output, report } = await roundTrip('bad-skip.csv', badCsv, { onError: 'skip' });
    expect(output.toString()).toBe('a,b\n1,ok\n4,<EMAIL_ADDRESS>\n');
    expect(report.errors.map((e) => [e.line, e.record, e.action, e.message])).toEqual([
      [3, 2, 'skipped', 'Malformed record: expected 2 fields, found 3'],
      [5, 3, 'skipped', 'Malformed record: quote inside an unquoted field'],
      [7, 5, 'skipped', 'Malformed record: unclosed quoted field'],
    ]);
    expect(report.totals).toMatchObject({ records: 5, skippedRecords: 3, errors: 3 });
  });

  it('passes malformed records through unchanged', async () => {
    const { output, report } = await roundTrip('bad-pass.csv', badCsv, { onError: 'passthrough' });
    expect(output.toString()).toBe(badCsv.replace('jane.doe@acme.io', '<EMAIL_ADDRESS>'));
    expect(report.totals).toMatchObject({ passedThroughRecords: 3 });
  });

  it('handles invalid JSON lines and invalid UTF-8 under each policy', async () => {
    const bytes = Buffer.concat([Buffer.from('{"a":"jane.doe@acme.io"}\n{"a": nope}\n{"b":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"c":1}\n')]);
    const input = join(dir, 'bad.jsonl');
    await writeFile(input, bytes);
    await expect(anonymizeFile(input, join(dir, 'bad.out.jsonl'), base)).rejects.toMatchObject({ code: 'PII_PARSE_ERROR', line: 2, record: 2 });
    const skip = await roundTrip('bad2.jsonl', bytes, { onError: 'skip' });
    expect(skip.output.toString()).toBe('{"a":"<EMAIL_ADDRESS>"}\n{"c":1}\n');
    expect(skip.report.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'Malformed record: invalid JSON'],
      [3, 'Malformed record: invalid UTF-8'],
    ]);
    const pass = await roundTrip('bad3.jsonl', bytes, { onError: 'passthrough' });
    expect(pass.output.equals(Buffer.from(bytes.toString('latin1').replace('jane.doe@acme.io', '<EMAIL_ADDRESS>'), 'latin1'))).toBe(true);
  });

  it('reports invalid UTF-8 in a CSV record at its line', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n3,"x\n'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n5,6\n')]);
    const input = join(dir, 'utf.csv');
    await writeFile(input, bytes);
    await expect(scanFile(input, base)).rejects.toMatchObject({ code: 'PII_PARSE_ERROR', line: 3, record: 2 });
    const pass = await roundTrip('utf2.csv', bytes, { onError: 'passthrough' });
    expect(pass.output.equals(bytes)).toBe(true);
  });

  it('refuses to write over the input, also through another spelling of the path', async () => {
    const input = join(dir, 'same.csv');
    await writeFile(input, 'a\n1\n');
    await expect(anonymizeFile(input, input, base)).rejects.toMatchObject({ code: 'PII_UNSAFE_OUTPUT' });
    await expect(anonymizeFile(input, join(dir, '.', 'same.csv'), base)).rejects.toMatchObject({ code: 'PII_UNSAFE_OUTPUT' });
    await expect(scanFile(input, { ...base, report: input })).rejects.toMatchObject({ code: 'PII_UNSAFE_OUTPUT' });
    expect((await readFile(input)).toString()).toBe('a\n1\n');
  });

  it('rejects unknown formats and missing files with coded errors', async () => {
    await writeFile(join(dir, 'x.txt'), 'a');
    await expect(scanFile(join(dir, 'x.txt'), base)).rejects.toMatchObject({ code: 'PII_UNSUPPORTED_FORMAT' });
    await expect(scanFile(join(dir, 'missing.csv'), base)).rejects.toMatchObject({ code: 'PII_IO_ERROR' });
    await writeFile(join(dir, 'corrupt.csv.gz'), 'not gzip');
    await expect(scanFile(join(dir, 'corrupt.csv.gz'), base)).rejects.toMatchObject({ code: 'PII_PARSE_ERROR' });
  });
});

describe('several files and directories', () => {
  it('anonymizes a directory tree into the same relative paths with one report', async () => {
    const src = join(dir, 'tree');
    await import('node:fs/promises').then((fs) => fs.mkdir(join(src, 'sub'), { recursive: true }));
    await writeFile(join(src, 'a.csv'), 'e\njane.doe@acme.io\n');
    await writeFile(join(src, 'sub', 'b.jsonl'), '{"e":"bob@corp.de"}\n');
    await writeFile(join(src, 'notes.txt'), 'jane.doe@acme.io');
    const out = join(dir, 'tree-out');
    const report = await anonymizeDirectory(src, out, base);
    expect((await readFile(join(out, 'sub', 'b.jsonl'))).toString()).toBe('{"e":"<EMAIL_ADDRESS>"}\n');
    expect(report.totals).toMatchObject({ files: 2, findings: 2 });
    expect(Object.keys(report.byFile)).toEqual([join(src, 'a.csv'), join(src, 'sub', 'b.jsonl')]);
    await expect(anonymizeDirectory(src, src, base)).rejects.toMatchObject({ code: 'PII_UNSAFE_OUTPUT' });
    await expect(anonymizeFiles([join(src, 'a.csv'), join(src, 'a.csv')], out, base)).rejects.toMatchObject({ code: 'PII_UNSAFE_OUTPUT' });
  });

  it('checks every output before writing any, and names the first unsafe one in input order', async () => {
    const src = join(dir, 'unsafe');
    await mkdir(src, { recursive: true });
    const inputs = ['a', 'b', 'c'].map((n) => join(src, `${n}.csv`));
    for (const f of inputs) await writeFile(f, 'e\njane.doe@acme.io\n');
    // Into their own directory, each output is its input; the first file's is checked first.
    await expect(anonymizeFiles(inputs, src, base)).rejects.toMatchObject({ code: 'PII_UNSAFE_OUTPUT', file: inputs[0] });
    expect((await readdir(src)).sort()).toEqual(['a.csv', 'b.csv', 'c.csv']);
    expect((await readFile(inputs[0]!)).toString()).toBe('e\njane.doe@acme.io\n');
  });

  it('fails at an unreadable input in its turn, even when it was read ahead, keeping the outputs before it', async () => {
    const src = join(dir, 'ahead');
    await mkdir(join(src, 'b.csv'), { recursive: true }); // a directory: reading it fails
    const inputs = ['a', 'b', 'c'].map((n) => join(src, `${n}.csv`));
    for (const f of [inputs[0]!, inputs[2]!]) await writeFile(f, 'e\njane.doe@acme.io\n');
    const out = join(dir, 'ahead-out');
    await expect(anonymizeFiles(inputs, out, base)).rejects.toMatchObject({ code: 'PII_IO_ERROR', file: inputs[1] });
    expect(await readdir(out)).toEqual(['a.csv']);
  });

  it('commits outputs in input order while the next file is processed; a failed commit fails the run and leaves no temp file', async () => {
    const src = join(dir, 'commits');
    await mkdir(src, { recursive: true });
    const inputs = ['a', 'b', 'c'].map((n) => join(src, `${n}.csv`));
    for (const f of inputs) await writeFile(f, 'e\njane.doe@acme.io\n');
    const out = join(dir, 'commits-out');
    // b's output path is a non-empty directory: writing its temp file works, renaming it into place cannot.
    await mkdir(join(out, 'b.csv', 'x'), { recursive: true });
    await expect(anonymizeFiles(inputs, out, base)).rejects.toMatchObject({ code: 'PII_IO_ERROR', file: join(out, 'b.csv') });
    expect((await readdir(out)).sort()).toEqual(['a.csv', 'b.csv']);
    expect((await readFile(join(out, 'a.csv'))).toString()).toBe('e\n<EMAIL_ADDRESS>\n');
    await rm(join(out, 'b.csv'), { recursive: true });
    const report = await anonymizeFiles(inputs, out, base);
    expect(report.totals).toMatchObject({ files: 3, findings: 3 });
    expect((await readdir(out)).sort()).toEqual(['a.csv', 'b.csv', 'c.csv']);
  });
});
