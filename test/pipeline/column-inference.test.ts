import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { anonymizeFile, scanFile } from '../../src/pipeline/api.js';
import { columnKey, entityOfFieldName, inferColumnTypes, sampleChunk } from '../../src/pipeline/column-inference.js';
import { createRecordEngine } from '../../src/pipeline/record.js';
import { analyzeField, columnTyping, COLUMN_TYPE_RECOGNIZER } from '../../src/pipeline/typed-columns.js';
import { tempDir } from './helpers.js';

const FIRST = ['Maren', 'Tobias', 'Ingrid', 'Kenji', 'Zofia', 'Arjun', 'Amara', 'Mateo', 'Freya', 'Liam'];
const LAST = ['Kowalski', 'Moreau', 'Hartmann', 'Novak', 'Castillo', 'Tanaka', 'Brennan', 'Lindqvist', 'Okafor', 'Whitfield'];
const CITIES = ['Lyon', 'Porto', 'Osaka', 'Bergen', 'Gdańsk', 'Leeds', 'Munich', 'Austin'];
const name = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`;
const city = (i: number) => CITIES[i % CITIES.length]!;

const schema = JSON.parse(await readFile(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/ } }).compile(schema);

describe('column names', () => {
  it.each([
    ['name', 'PERSON'], ['full_name', 'PERSON'], ['customerName', 'PERSON'], ['user.last_name', 'PERSON'], ['author', 'PERSON'],
    ['city', 'LOCATION'], ['home_address', 'LOCATION'], ['country', 'LOCATION'], ['city_name', 'LOCATION'],
    ['company', 'ORGANIZATION'], ['employer_name', 'ORGANIZATION'],
    ['email', 'EMAIL_ADDRESS'], ['contact_email', 'EMAIL_ADDRESS'], ['mobile_phone', 'PHONE_NUMBER'],
    ['file_name', undefined], ['username', undefined], ['product_name', undefined], ['notes', undefined], ['messages[3].content', undefined],
  ])('%s -> %s', (field, entity) => expect(entityOfFieldName(field)).toBe(entity));

  it('collapses array indexes of JSON paths', () => {
    expect(columnKey('messages[12].content')).toBe('messages[*].content');
    expect(columnKey('user.name')).toBe('user.name');
  });
});

describe('inferColumnTypes', () => {
  const engine = createRecordEngine({ recognizers: ['recommended'] }, 'csv');
  const column = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

  it('types columns from their name and values; free text stays untyped', () => {
    const samples = new Map([
      ['name', column(10, name)],
      ['city', column(10, city)],
      ['email', column(10, (i) => `user${i}@fjordmail.no`)],
      ['notes', column(10, (i) => `the parcel arrived late, order ${i} please refund`)],
      ['status', column(10, () => 'pending')],
    ]);
    expect(inferColumnTypes(engine, samples)).toEqual([
      { field: 'city', entity: 'LOCATION', confidence: 1, sampled: 10, evidence: 'name+values' },
      { field: 'email', entity: 'EMAIL_ADDRESS', confidence: 1, sampled: 10, evidence: 'name+values' },
      { field: 'name', entity: 'PERSON', confidence: 1, sampled: 10, evidence: 'name+values' },
    ]);
  });

  it('needs the values to agree with the name', () => {
    const samples = new Map([['name', column(10, (i) => (i < 5 ? name(i) : `widget-${i}`))], ['city', ['', ' ', 'Lyon']]]);
    // 50% names is below the 60% a column name needs; two of three city values are empty (too few samples).
    expect(inferColumnTypes(engine, samples)).toEqual([]);
  });

  it('types a column from its values alone only with many, nearly all matching, values', () => {
    expect(inferColumnTypes(engine, new Map([['col7', column(25, name)]]))).toEqual([{ field: 'col7', entity: 'PERSON', confidence: 1, sampled: 25, evidence: 'values' }]);
    expect(inferColumnTypes(engine, new Map([['col7', column(10, name)]]))).toEqual([]);
  });

  it('considers only entities the engine reports and fields it scans', () => {
    const emailOnly = createRecordEngine({ recognizers: ['email'] }, 'csv');
    expect(inferColumnTypes(emailOnly, new Map([['name', column(10, name)]]))).toEqual([]);
    const skipping = createRecordEngine({ recognizers: ['recommended'], skipFields: ['name'] }, 'csv');
    expect(inferColumnTypes(skipping, new Map([['name', column(10, name)]]))).toEqual([]);
  });

  it('analyzes a value only while its column can still be typed and the gazetteer leaves it undecided', () => {
    const counting = createRecordEngine({ recognizers: ['recommended'] }, 'csv');
    const analyzed: string[] = [];
    const analyze = counting.analyzer.analyze.bind(counting.analyzer);
    counting.analyzer.analyze = (value, options) => (analyzed.push(value), analyze(value, options));
    const samples = new Map([
      ['name', column(100, name)],
      ['role', column(100, (i) => (i % 2 ? 'user' : 'assistant'))],
      ['amount', column(15, (i) => `${i}.50`)],
    ]);
    expect(inferColumnTypes(counting, samples)).toEqual([{ field: 'name', entity: 'PERSON', confidence: 1, sampled: 100, evidence: 'name+values' }]);
    // `role`: typing from values alone needs 90 of 100, out of reach after 11 misses; `amount` has too few values for that.
    expect(analyzed.filter((v) => v === 'user' || v === 'assistant')).toHaveLength(11);
    expect(analyzed.filter((v) => v.endsWith('.50'))).toHaveLength(0);
    // Known names: once the other entities are out of reach the gazetteer alone counts them.
    expect(analyzed.filter((v) => / /.test(v)).length).toBeLessThanOrEqual(11);
  });

  it('samples CSV columns and JSON paths with indexes collapsed', () => {
    const csv = sampleChunk({ format: 'csv', delimiter: ',', columns: ['id', 'name'], bytes: Buffer.from('1,Maren Novak\n2,"Kenji, Tanaka"\n') });
    expect([...csv]).toEqual([['id', ['1', '2']], ['name', ['Maren Novak', 'Kenji, Tanaka']]]);
    const jsonl = sampleChunk({ format: 'jsonl', delimiter: ',', bytes: Buffer.from('{"m":[{"c":"a"},{"c":"b"}],"n":1}\n{bad\n{"m":[{"c":"d"}]}\n') }, 2);
    expect([...jsonl]).toEqual([['m[*].c', ['a', 'b']]]);
  });
});

describe('analyzeField on a typed column', () => {
  const engine = createRecordEngine({ recognizers: ['recommended'] }, 'csv');
  const typing = columnTyping(engine, [{ field: 'name', entity: 'PERSON', confidence: 1, sampled: 10, evidence: 'name+values' }, { field: 'email', entity: 'EMAIL_ADDRESS', confidence: 1, sampled: 10, evidence: 'name+values' }]);
  const spans = (field: string, value: string) => analyzeField(engine, typing, field, value).map((f) => [f.entity, value.slice(f.start, f.end), f.recognizer]);

  it.each([
    ['the whole trimmed value', '  Quorra Venn-Achterberg \t', [['PERSON', 'Quorra Venn-Achterberg', COLUMN_TYPE_RECOGNIZER]]],
    ['a single unknown word NLP would not report alone', 'Zorblatt', [['PERSON', 'Zorblatt', COLUMN_TYPE_RECOGNIZER]]],
    ['a multi-line value', 'Maren\nNovak', [['PERSON', 'Maren\nNovak', COLUMN_TYPE_RECOGNIZER]]],
    ['a name without its titles', 'Prof. Dr. Maren Novak', [['PERSON', 'Maren Novak', COLUMN_TYPE_RECOGNIZER]]],
    ['a lone title, with no name after it, whole', 'Mrs', [['PERSON', 'Mrs', COLUMN_TYPE_RECOGNIZER]]],
    ['a placeholder', 'N/A', []],
    ['no letters', '--- 42', []],
    ['empty', '', []],
  ])('reports %s', (_name, value, expected) => expect(spans('name', value)).toEqual(expected));

  it('still finds an email in a name cell, with the name, by the full analysis', () => {
    const value = 'Maren Novak <maren.novak@fjordmail.no>';
    expect(spans('name', value)).toEqual([['PERSON', 'Maren Novak', 'nlp-entities'], ['EMAIL_ADDRESS', 'maren.novak@fjordmail.no', 'email']]);
  });

  it('leaves untyped fields to the analyzer, and has it expect the entity of a pattern-typed column', () => {
    expect(spans('notes', 'the parcel arrived late')).toEqual([]);
    expect(typing?.entityOf('email')).toBe('EMAIL_ADDRESS');
    expect(spans('email', 'maren@fjordmail.no')).toEqual([['EMAIL_ADDRESS', 'maren@fjordmail.no', 'email']]);
    // Not an email over the whole value: the full analysis.
    expect(spans('email', 'ask at +1 303 830 8926')).toEqual([['PHONE_NUMBER', '+1 303 830 8926', 'phone']]);
  });

  it('respects the allow list and a threshold above its score', () => {
    const allowing = createRecordEngine({ recognizers: ['recommended'], allowList: ['Maren Novak'] }, 'csv');
    const t = columnTyping(allowing, [{ field: 'name', entity: 'PERSON', confidence: 1, sampled: 10, evidence: 'name+values' }]);
    expect(analyzeField(allowing, t, 'name', ' Maren Novak ')).toEqual([]);
    const strict = createRecordEngine({ recognizers: ['recommended'], scoreThreshold: 0.9 }, 'csv');
    expect(columnTyping(strict, [{ field: 'name', entity: 'PERSON', confidence: 1, sampled: 10, evidence: 'name+values' }])).toBeUndefined();
  });
});

describe('column inference in the pipeline', () => {
  const rows = Array.from({ length: 60 }, (_, i) => [String(i), name(i), city(i), `order ${i}: the parcel arrived late${i % 7 === 0 ? ` - ask ${name(i + 1)} to call` : ''}`]);
  const csvText = `id,full_name,city,notes\n${rows.map((r) => r.map((v) => (v.includes(',') ? `"${v}"` : v)).join(',')).join('\n')}\n`;
  const jsonlText = `${rows.map(([id, n, c, notes]) => JSON.stringify({ id: Number(id), user: { name: n, home: { city: c } }, messages: [{ role: 'user', content: notes }] })).join('\n')}\n`;

  it.each([['csv', csvText], ['jsonl', jsonlText]] as const)('gives the same output and report with 0, 1 and 2 workers (%s)', async (format, text) => {
    const dir = await tempDir();
    const input = join(dir, `people.${format}`);
    await writeFile(input, text);
    const outputs: string[] = [];
    const reports: unknown[] = [];
    for (const workers of [0, 1, 2]) {
      const output = join(dir, `out-${workers}.${format}`);
      // Small chunks so several chunks (and both workers) see the typed columns.
      const report = await anonymizeFile(input, output, { workers, chunkSize: 512, recognizers: ['recommended'] });
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      outputs.push(await readFile(output, 'utf8'));
      const { startedAt, finishedAt, durationMs, execution, inputs, ...stable } = report;
      reports.push({ ...stable, inputs: inputs.map(({ output: _output, ...rest }) => rest) });
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
    const first = reports[0] as { inputs: { columns: unknown[] }[]; findings: { field: string; recognizer: string }[] };
    const [nameField, cityField, notesField] = format === 'csv' ? ['full_name', 'city', 'notes'] : ['user.name', 'user.home.city', 'messages[*].content'];
    expect(first.inputs[0]!.columns).toEqual([
      { field: cityField, entity: 'LOCATION', confidence: 1, sampled: 60, evidence: 'name+values' },
      { field: nameField, entity: 'PERSON', confidence: 1, sampled: 60, evidence: 'name+values' },
    ]);
    // Every name and city is gone; the free-text column is still scanned value by value.
    for (const r of rows) {
      expect(outputs[0]).not.toContain(r[1]);
      expect(outputs[0]).not.toMatch(new RegExp(`[,"]${r[2]}[,"]`, 'u'));
    }
    expect(outputs[0]).toContain('order 7: the parcel arrived late - ask <PERSON> to call');
    expect(first.findings.filter((f) => f.field === nameField).every((f) => f.recognizer === COLUMN_TYPE_RECOGNIZER)).toBe(true);
    expect(first.findings.some((f) => f.field.replace(/\[\d+\]/u, '[*]') === notesField && f.recognizer === 'nlp-entities')).toBe(true);
    const reportText = JSON.stringify(first);
    for (const r of rows) expect(reportText).not.toContain(r[1]);
  });

  it('a column typed as EMAIL_ADDRESS or PHONE_NUMBER gives the output and findings of the full analysis', async () => {
    const dir = await tempDir();
    const input = join(dir, 'contacts.csv');
    const contacts = Array.from({ length: 80 }, (_, i) => [
      String(i),
      i % 9 === 4 ? `${name(i)} <maren${i}@fjordmail.no>` : `user${i}.${i * 7}@fjordmail.no`,
      i % 2 ? `+1 303 830 ${String(1000 + i * 37).slice(-4)}` : `(617) 848-${String(1000 + i * 53).slice(-4)}`,
      i % 5 === 0 ? `paid with 4111 1111 1111 1111 on 2024-03-0${(i % 9) + 1}` : 'no notes',
    ]);
    await writeFile(input, `id,email,phone,notes\n${contacts.map((r) => r.map((v) => `"${v}"`).join(',')).join('\n')}\n`);
    const run = async (inferColumns: boolean, workers: number) => {
      const output = join(dir, `out-${inferColumns}-${workers}.csv`);
      const report = await anonymizeFile(input, output, { workers, chunkSize: 1024, inferColumns, recognizers: ['recommended', { id: 'nlp-entities', disabled: true }], maxFindings: 10_000 });
      return { output: await readFile(output, 'utf8'), report };
    };
    const full = await run(false, 0);
    for (const workers of [0, 2]) {
      const typed = await run(true, workers);
      expect(typed.report.inputs[0]!.columns?.map((c) => [c.field, c.entity])).toEqual([['email', 'EMAIL_ADDRESS'], ['phone', 'PHONE_NUMBER']]);
      expect(typed.output).toBe(full.output);
      expect(typed.report.findings).toEqual(full.report.findings);
      expect(typed.report.byEntity).toEqual(full.report.byEntity);
    }
    for (const r of contacts) for (const v of [r[1]!, r[2]!]) expect(full.output).not.toContain(v);
  });

  it('can be turned off: no column types, names found by NLP per cell', async () => {
    const dir = await tempDir();
    const input = join(dir, 'people.csv');
    await writeFile(input, csvText);
    const report = await scanFile(input, { workers: 0, recognizers: ['recommended'], inferColumns: false });
    expect(report.inputs[0]!.columns).toBeUndefined();
    expect(report.options['inferColumns']).toBe(false);
    expect(report.findings.some((f) => f.recognizer === COLUMN_TYPE_RECOGNIZER)).toBe(false);
    expect(validate(report)).toBe(true);
  });
});

describe('column types do not depend on how chunks are sized', () => {
  it('a file whose chunks shrink for 2 workers types its columns as with 0 workers', async () => {
    const dir = await tempDir();
    const input = join(dir, 'wide.csv');
    // ~6 KB records: 2 workers cut this 1.2 MB file into 256 KiB chunks (~43 records), 0 workers into 512 KiB ones
    // (~87). Sampling a first chunk would type the column for 2 workers (all names) and not for 0 (half names);
    // the fixed 1 MiB sample decides the same for both.
    const filler = 'x'.repeat(6000);
    const rows = ['id,name,blob', ...Array.from({ length: 200 }, (_, i) => `${i},${i < 45 ? name(i) : `zq${i}`},${filler}`)];
    await writeFile(input, `${rows.join('\n')}\n`);
    const outputs: string[] = [];
    const columns: unknown[] = [];
    for (const workers of [0, 2]) {
      const output = join(dir, `out-${workers}.csv`);
      const report = await anonymizeFile(input, output, { workers, recognizers: ['recommended'] });
      outputs.push(await readFile(output, 'utf8'));
      columns.push(report.inputs[0]!.columns);
    }
    expect(columns[1]).toEqual(columns[0]);
    expect(outputs[1]).toBe(outputs[0]);
  });
});
