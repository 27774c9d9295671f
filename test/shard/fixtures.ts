/** Shared inputs of the shard tests: JSONL and CSV files with planted values, big enough to split. */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { partOutputName, type ShardManifest } from '../../src/shard/manifest.js';
import { gzipSync } from 'node:zlib';

export { RECOGNIZERS } from '../pipeline/helpers.js';

/** A planted value of record `i`: unique, so a leak names its record. */
export const email = (i: number) => `user${i}.x@corp-mail.io`;
export const ticketId = (i: number) => `TCK-${String(100000 + i)}`;

/**
 * Writes `dir/a/chats.jsonl` (`jsonl` records), `dir/a/users.csv` (`csv` records, some quoted
 * across lines, with a BOM), `dir/b/small.jsonl.gz` and an empty `dir/b/empty.jsonl`. Returns
 * every planted value.
 */
export async function writeDataset(dir: string, { jsonl = 400, csv = 300 }: { jsonl?: number; csv?: number } = {}): Promise<string[]> {
  const planted: string[] = [];
  await mkdir(join(dir, 'a'), { recursive: true });
  await mkdir(join(dir, 'b'), { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < jsonl; i++) {
    planted.push(email(i), ticketId(i));
    lines.push(JSON.stringify({ id: i, messages: [{ role: 'user', content: `hi, mail ${email(i)} about ${ticketId(i)}` }, { role: 'assistant', content: 'ok '.repeat(i % 7) }] }));
    if (i % 50 === 17) lines.push('');
    if (i === jsonl - 30) lines.push('{"broken": "no end');
  }
  await writeFile(join(dir, 'a', 'chats.jsonl'), `${lines.join('\n')}\n`);
  const rows = ['id,"e-mail",note'];
  for (let i = 0; i < csv; i++) {
    const e = email(10_000 + i);
    planted.push(e);
    rows.push(i % 9 === 4 ? `${i},"${e}","line one\nline two, ""quoted""\n${ticketId(10_000 + i)}"` : `${i},${e},plain note ${i}`);
    if (i % 9 === 4) planted.push(ticketId(10_000 + i));
  }
  await writeFile(join(dir, 'a', 'users.csv'), `\uFEFF${rows.join('\r\n')}\r\n`);
  const small = Array.from({ length: 20 }, (_, i) => JSON.stringify({ text: `call ${email(20_000 + i)}` }));
  for (let i = 0; i < 20; i++) planted.push(email(20_000 + i));
  await writeFile(join(dir, 'b', 'small.jsonl.gz'), gzipSync(`${small.join('\n')}\n`));
  await writeFile(join(dir, 'b', 'empty.jsonl'), '');
  return planted;
}

/** Every file under `dir` (relative, sorted) with its bytes. */
export async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.set(relative(dir, path).split('\\').join('/'), await readFile(path));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Each input's whole anonymized output rebuilt from its parts in order (a CSV part after the first
 * repeats the header, which is dropped): equal to a plain run's output when every record is
 * written exactly once.
 */
export async function assembledOutputs(manifest: ShardManifest, out: string): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  for (const [fi, f] of manifest.files.entries()) {
    const parts = manifest.shards.flatMap((s) => s.parts).filter((p) => p.file === fi).sort((a, b) => a.piece - b.piece);
    const bytes = await Promise.all(parts.map(async (p) => {
      const b = await readFile(join(out, partOutputName(manifest, p)));
      return p.piece > 0 && f.format !== 'jsonl' ? b.subarray(f.headerEnd) : b;
    }));
    result.set(f.name, Buffer.concat(bytes));
  }
  return result;
}
