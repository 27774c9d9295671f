import { describe, expect, it } from 'vitest';
import { DEFAULT_CHUNK_SIZE, DEFAULT_MAX_FINDINGS, normalizeScanOptions } from '../../src/options.js';
import { detectFormat } from '../../src/io/format.js';

describe('normalizeScanOptions', () => {
  it('fills every default', () => {
    const o = normalizeScanOptions({});
    expect(o).toMatchObject({
      recognizers: ['recommended'], chunkSize: DEFAULT_CHUNK_SIZE, maxFindings: DEFAULT_MAX_FINDINGS, onError: 'fail',
      scanNumbers: true, blankLines: 'keep', skipFields: [], fieldOperators: {}, workersExplicit: false, scoreThreshold: 0.5,
      inferColumns: true,
    });
    expect(normalizeScanOptions({ inferColumns: false }).inferColumns).toBe(false);
    expect(normalizeScanOptions({ inferColumns: null as never }).inferColumns).toBe(true);
    expect(o.workers).toBeGreaterThanOrEqual(1);
    expect(o.format).toBeUndefined();
  });
  it.each([
    [{ workers: -1 }, 'workers'],
    [{ workers: 1.5 }, 'workers'],
    [{ chunkSize: 0 }, 'chunkSize'],
    [{ onError: 'ignore' }, 'onError'],
    [{ format: 'xml' }, 'format'],
    [{ delimiter: '"' }, 'delimiter'],
    [{ delimiter: ',,' }, 'delimiter'],
    [{ fields: ['ok', ''] }, 'fields'],
    [{ fieldOperators: { a: 'mask' } }, 'fieldOperators'],
    [{ blankLines: 'skip' }, 'blankLines'],
    [{ scanNumbers: 'yes' }, 'scanNumbers'],
    [{ inferColumns: 'off' }, 'inferColumns'],
    [{ inferColumns: 0 }, 'inferColumns'],
    [{ recognizers: [{ module: '' }] }, 'recognizers[0].module'],
    [{ scoreThreshold: 2 }, 'scoreThreshold'],
  ])('rejects %j with PII_INVALID_OPTION naming the option', (options, option) => {
    expect(() => normalizeScanOptions(options as never)).toThrow(expect.objectContaining({ code: 'PII_INVALID_OPTION', option }));
  });
  it('rejects recognizer objects when workers > 0 but not inline', () => {
    const r = { meta: { id: 'x', entities: ['X'], recommended: false }, create: () => ({ analyze: () => [] }) };
    expect(() => normalizeScanOptions({ workers: 2, recognizers: [r] })).toThrow(expect.objectContaining({ code: 'PII_INVALID_OPTION', option: 'recognizers[0]' }));
    expect(normalizeScanOptions({ workers: 0, recognizers: [r] }).recognizers).toEqual([r]);
  });
  it('never describes a bad key value in the error', () => {
    try {
      normalizeScanOptions({ key: 12345678 as never });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toContain('12345678');
    }
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.csv', 'csv', false], ['a.CSV.gz', 'csv', true], ['x/a.tsv', 'tsv', false], ['a.jsonl', 'jsonl', false], ['a.ndjson.gz', 'jsonl', true],
  ])('%s', (path, format, gzip) => expect(detectFormat(path)).toEqual({ format, gzip }));
  it('uses an explicit format and requires one for streams', () => {
    expect(detectFormat('data.txt', 'csv')).toEqual({ format: 'csv', gzip: false });
    expect(() => detectFormat(undefined)).toThrow(expect.objectContaining({ code: 'PII_UNSUPPORTED_FORMAT' }));
    expect(() => detectFormat('a.json')).toThrow(expect.objectContaining({ code: 'PII_UNSUPPORTED_FORMAT' }));
  });
});
