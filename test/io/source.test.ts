import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { READ_AHEAD_MAX, readAhead, readInput } from '../../src/io/source.js';

const dir = await mkdtemp(join(tmpdir(), 'pii-scan-source-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function bytesOf(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const piece of source) parts.push(piece);
  return Buffer.concat(parts);
}

describe('readAhead', () => {
  it.each([
    ['a small file', 'id,email\n1,jane.doe@acme.io\n'],
    ['an empty file', ''],
    ['multi-byte text', 'név\nÁrvíztűrő tükörfúrógép\n'],
  ])('yields the bytes readInput yields: %s', async (_name, text) => {
    const path = join(dir, 'small.csv');
    await writeFile(path, text);
    const size = Buffer.byteLength(text);
    const ahead = readAhead(path, size);
    expect(ahead).toBeDefined();
    expect(await bytesOf(ahead!)).toEqual(await bytesOf(readInput(path, undefined, size)));
  });

  it.each<[string, string, number | undefined]>([
    ['a compressed file', 'x.csv.gz', 10],
    ['a file larger than READ_AHEAD_MAX', 'big.csv', READ_AHEAD_MAX + 1],
    ['a file of unknown size', 'x.csv', undefined],
  ])('does not read %s ahead', (_name, file, size) => {
    expect(readAhead(join(dir, file), size)).toBeUndefined();
  });

  it('fails when consumed, not when started: PII_IO_ERROR naming the file', async () => {
    const path = join(dir, 'missing.csv');
    const ahead = readAhead(path, 10);
    expect(ahead).toBeDefined();
    await new Promise((r) => setTimeout(r, 20)); // the read has failed by now; nothing was thrown or left unhandled
    await expect(bytesOf(ahead!)).rejects.toMatchObject({ code: 'PII_IO_ERROR', file: path, message: 'Cannot read the input (ENOENT)' });
  });
});
