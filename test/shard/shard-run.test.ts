import { mkdir, readFile, writeFile, utimes, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { anonymizeDirectory, scanDirectory } from '../../src/pipeline/api.js';
import { planShards } from '../../src/shard/manifest.js';
import { mergeShardReports } from '../../src/shard/merge-reports.js';
import { runShard, shardReportPath } from '../../src/shard/run-shard.js';
import { shardStatus } from '../../src/shard/status.js';
import type { Report } from '../../src/report/report.js';
import { tempDir } from '../pipeline/helpers.js';
import { assembledOutputs, filesOf, RECOGNIZERS, writeDataset } from './fixtures.js';

const schema = JSON.parse(await readFile(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/ } }).compile(schema);

const root = await tempDir();
const data = join(root, 'data');
const planted = await writeDataset(data);
const options = { recognizers: RECOGNIZERS, maxFindings: 50, onError: 'skip' as const, operators: { DEFAULT: { type: 'replace' as const } } };
const all = { ...options, maxFindings: 100_000 };

/** What must not differ between a plain run and a merged sharded one. */
function comparable(r: Report) {
  return {
    totals: r.totals, byEntity: r.byEntity, byField: r.byField, byFile: r.byFile, findings: r.findings, truncated: r.truncated, errors: r.errors,
    inputs: r.inputs.map(({ output: _o, ...rest }) => rest), options: r.options, mode: r.mode,
  };
}

const plainOut = join(root, 'plain');
const plain = await anonymizeDirectory(data, plainOut, { ...options, workers: 0 });
const plainFiles = await filesOf(plainOut);
const plainAll = await scanDirectory(data, { ...all, workers: 0 });

describe('sharded run = one plain run', () => {
  it.each([1, 3, 8])('%i shard(s): same anonymized bytes, same merged report', async (shards) => {
    const manifest = await planShards([data], { shards, options });
    expect(manifest.shards).toHaveLength(shards);
    const out = join(root, `out-${shards}`);
    // Run in reverse order: the merge must not depend on completion order.
    for (const s of [...manifest.shards].reverse()) expect((await runShard(manifest, out, s.index, { workers: s.index % 2 })).status).toBe('done');
    const merged = await mergeShardReports(manifest, out);
    expect(validate(merged), JSON.stringify(validate.errors)).toBe(true);
    expect(comparable(merged)).toEqual(comparable(plain));
    expect(await assembledOutputs(manifest, out)).toEqual(new Map([...plainFiles].filter(([k]) => !k.startsWith('_'))));
    const text = [...(await filesOf(out)).values()].map((b, i) => (i >= 0 ? b : b)).map((b) => (b[0] === 0x1f ? gunzipSync(b) : b).toString()).join('\n');
    for (const v of planted) expect(text).not.toContain(v);
    expect(JSON.stringify(merged)).not.toMatch(/user\d+\.x@/);
    expect(merged.truncated).toBe(true);
  });

  it.each([1, 8])('%i shard(s), every finding listed: absolute lines and records across parts, errors shifted too', async (shards) => {
    const manifest = await planShards([data], { shards, options: all, mode: 'scan' });
    const out = join(root, `all-${shards}`);
    await Promise.all(manifest.shards.map((s) => runShard(manifest, out, s.index, { workers: 0 })));
    const merged = await mergeShardReports(manifest, out);
    expect(plainAll.findings.length).toBe(plainAll.totals.findings);
    expect(plainAll.errors).toHaveLength(1);
    expect(plainAll.errors[0]!.line).toBeGreaterThan(300);
    expect(comparable(merged)).toEqual(comparable(plainAll));
    expect(merged.truncated).toBe(false);
  });

  it('splits big files into parts at record boundaries and balances shards by size', async () => {
    const manifest = await planShards([data], { shards: 8, options });
    const files = Object.fromEntries(manifest.files.map((f, i) => [f.name, manifest.shards.flatMap((s) => s.parts).filter((p) => p.file === i)]));
    expect(files['a/chats.jsonl']!.length).toBeGreaterThan(2);
    expect(files['a/users.csv']!.length).toBeGreaterThan(1);
    expect(files['b/small.jsonl.gz']).toHaveLength(1);
    expect(files['b/empty.jsonl']).toHaveLength(1);
    const total = manifest.files.reduce((n, f) => n + f.size, 0);
    for (const s of manifest.shards) expect(Math.abs(s.bytes - total / 8)).toBeLessThan(total / 8);
    // Every byte of every file is in exactly one part.
    for (const [fi, f] of manifest.files.entries()) {
      const parts = manifest.shards.flatMap((s) => s.parts).filter((p) => p.file === fi).sort((a, b) => a.start - b.start);
      expect(parts[0]!.start).toBe(0);
      expect(parts.at(-1)!.end).toBe(f.size);
      for (let k = 1; k < parts.length; k++) expect(parts[k]!.start).toBe(parts[k - 1]!.end);
    }
    // JSONL cuts follow a line feed.
    const chats = await readFile(join(data, 'a', 'chats.jsonl'));
    for (const p of files['a/chats.jsonl']!) if (p.start > 0) expect(chats[p.start - 1]).toBe(0x0a);
  });

  it('more shards than records: empty shards commit too, and the merge is still the plain run', async () => {
    const dir = join(root, 'tiny');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'one.jsonl'), '{"e":"a.b@corp-mail.io"}\n{"e":"c.d@corp-mail.io"}\n');
    const manifest = await planShards([dir], { shards: 8, options });
    expect(manifest.shards.filter((s) => s.parts.length === 0).length).toBeGreaterThan(0);
    const out = join(root, 'tiny-out');
    for (const s of manifest.shards) await runShard(manifest, out, s.index);
    const merged = await mergeShardReports(manifest, out);
    expect(validate(merged), JSON.stringify(validate.errors)).toBe(true);
    const single = await scanDirectory(dir, { ...options, workers: 0 });
    expect(comparable(merged).totals).toEqual(single.totals);
    expect(comparable(merged).findings).toEqual(single.findings);
  });

  it('plans deterministically: the same inputs and options give the same manifest id', async () => {
    const a = await planShards([data], { shards: 5, options });
    const b = await planShards([join(data, 'a'), join(data, 'b')], { shards: 5, options });
    expect(b.id).toBe(a.id);
    const c = await planShards([data], { shards: 5, options: { ...options, scoreThreshold: 0.9 } });
    expect(c.configHash).not.toBe(a.configHash);
  });

  it('scan mode: merged report equals a plain scan, no outputs', async () => {
    const manifest = await planShards([data], { shards: 4, options, mode: 'scan' });
    const out = join(root, 'scan-4');
    for (const s of manifest.shards) await runShard(manifest, out, s.index);
    const merged = await mergeShardReports(manifest, out);
    const single = await scanDirectory(data, { ...options, workers: 0 });
    expect(comparable(merged)).toEqual(comparable(single));
    expect([...(await filesOf(out)).keys()].every((k) => k.startsWith('_shards/'))).toBe(true);
  });
});

describe('keyed runs', () => {
  const key = 'k'.repeat(32);
  const keyed = { ...options, operators: { DEFAULT: { type: 'pseudonymize' as const } } };

  it('pseudonyms agree across shards (keyed, never random); the key is not in the manifest or any report', async () => {
    const manifest = await planShards([data], { shards: 5, options: { ...keyed, key } });
    expect(manifest.keyed).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain(key);
    const out = join(root, 'keyed');
    for (const s of manifest.shards) await runShard(manifest, out, s.index, { key });
    const plainKeyed = join(root, 'plain-keyed');
    await anonymizeDirectory(data, plainKeyed, { ...keyed, key, workers: 0 });
    expect(await assembledOutputs(manifest, out)).toEqual(await filesOf(plainKeyed));
    for (const [name, bytes] of await filesOf(out)) if (name.startsWith('_shards/')) expect(bytes.toString()).not.toContain(key);
  });

  it('a keyed plan refuses a shard run without the key', async () => {
    const manifest = await planShards([data], { shards: 2, options: { ...keyed, key } });
    await expect(runShard(manifest, join(root, 'keyless'), 0)).rejects.toMatchObject({ code: 'PII_MISSING_KEY' });
  });

  it('a keyed plan refuses another key before writing anything, also for a shard already done', async () => {
    const manifest = await planShards([data], { shards: 2, options: { ...keyed, key } });
    expect(manifest.keyCheck).toMatch(/^[0-9a-f]{64}$/);
    const out = join(root, 'other-key');
    for (const other of ['j'.repeat(32), `hex:${Buffer.from(key).toString('hex')}00`]) {
      await expect(runShard(manifest, out, 0, { key: other })).rejects.toMatchObject({ code: 'PII_KEY_MISMATCH' });
    }
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    // The same key in another spelling is the same key.
    expect((await runShard(manifest, out, 0, { key: `hex:${Buffer.from(key).toString('hex')}` })).status).toBe('done');
    await expect(runShard(manifest, out, 0, { key: 'j'.repeat(32) })).rejects.toMatchObject({ code: 'PII_KEY_MISMATCH' });
  });

  it('an unkeyed plan has no key check', async () => {
    expect((await planShards([data], { shards: 2, options })).keyCheck).toBeUndefined();
  });
});

describe('exactly once', () => {
  it('a committed shard is not run again; a deleted output makes it missing', async () => {
    const manifest = await planShards([data], { shards: 2, options });
    const out = join(root, 'once');
    expect((await runShard(manifest, out, 0)).status).toBe('done');
    const first = await readFile(shardReportPath(out, 0), 'utf8');
    expect((await runShard(manifest, out, 0)).status).toBe('skipped');
    expect(await readFile(shardReportPath(out, 0), 'utf8')).toBe(first);
    expect(await shardStatus(manifest, out)).toMatchObject({ done: [0], missing: [1], foreign: [] });
    const output = JSON.parse(first).parts[0].output as string;
    await writeFile(join(out, output), '');
    await (await import('node:fs/promises')).unlink(join(out, output));
    expect((await shardStatus(manifest, out)).missing).toEqual([0, 1]);
    expect((await runShard(manifest, out, 0)).status).toBe('done');
  });

  it('two attempts of a shard give byte-identical outputs', async () => {
    const manifest = await planShards([data], { shards: 3, options });
    const [a, b] = [join(root, 'attempt-a'), join(root, 'attempt-b')];
    await runShard(manifest, a, 1, { workers: 0 });
    await runShard(manifest, b, 1, { workers: 2, chunkSize: 4096 });
    const fa = [...(await filesOf(a))].filter(([k]) => !k.startsWith('_'));
    expect(fa.length).toBeGreaterThan(0);
    expect(fa).toEqual([...(await filesOf(b))].filter(([k]) => !k.startsWith('_')));
  });

  it('merge-reports refuses missing shards and shards of another run', async () => {
    const manifest = await planShards([data], { shards: 3, options });
    const out = join(root, 'refuse');
    await runShard(manifest, out, 0);
    await expect(mergeShardReports(manifest, out)).rejects.toMatchObject({ code: 'PII_SHARD_INCOMPLETE' });
    const other = await planShards([data], { shards: 3, options: { ...options, scoreThreshold: 0.8 } });
    await expect(runShard(other, out, 0)).rejects.toMatchObject({ code: 'PII_SHARD_MISMATCH' });
    await runShard(other, out, 1);
    await runShard(manifest, out, 2);
    await expect(mergeShardReports(manifest, out)).rejects.toMatchObject({ code: 'PII_SHARD_MISMATCH' });
    expect(await shardStatus(manifest, out)).toMatchObject({ done: [0, 2], missing: [], foreign: [1] });
  });

  it.each([
    ['size', async (p: string) => writeFile(p, `${(await readFile(p, 'utf8'))}{"x":1}\n`)],
    ['modification time', async (p: string) => { const s = await stat(p); await utimes(p, s.atime, new Date(s.mtimeMs + 5000)); }],
  ])('a changed input (%s) fails its shard loudly and commits nothing', async (_what, change) => {
    const dir = join(root, `changed-${_what.replace(' ', '-')}`);
    await writeDataset(dir, { jsonl: 50, csv: 20 });
    const manifest = await planShards([dir], { shards: 2, options });
    await change(join(dir, 'a', 'chats.jsonl'));
    const out = join(dir, 'out');
    const shard = manifest.shards.find((s) => s.parts.some((p) => manifest.files[p.file]!.name === 'a/chats.jsonl'))!;
    await expect(runShard(manifest, out, shard.index)).rejects.toMatchObject({ code: 'PII_SHARD_INPUT_CHANGED' });
    expect((await shardStatus(manifest, out)).missing).toContain(shard.index);
  });

  it('refuses a shard index outside the manifest', async () => {
    const manifest = await planShards([data], { shards: 2, options });
    await expect(runShard(manifest, join(root, 'x'), 2)).rejects.toMatchObject({ code: 'PII_SHARD_INVALID' });
  });
});

describe('column types of a split file', () => {
  it('every part types its columns from the file beginning, as one plain run does', async () => {
    const dir = join(root, 'typed');
    const firsts = ['Olivia', 'Liam', 'Emma', 'Noah', 'Amara', 'Mateo', 'Freya', 'Kenji'];
    const lasts = ['Smith', 'Johnson', 'Garcia', 'Novak', 'Tanaka', 'Moreau'];
    // The first 150 rows are plainly names; later rows alone would not make the column a PERSON column.
    const rows = ['id,name', ...Array.from({ length: 400 }, (_, i) => `${i},${i < 150 ? `${firsts[i % 8]} ${lasts[i % 6]}` : `zq${i}`}`)];
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'people.csv'), `${rows.join('\n')}\n`);
    const typedOptions = { recognizers: ['recommended'], operators: { DEFAULT: { type: 'replace' as const } } };
    const plainTyped = join(root, 'typed-plain');
    const single = await anonymizeDirectory(dir, plainTyped, { ...typedOptions, workers: 0 });
    expect(single.inputs[0]!.columns?.map((c) => [c.field, c.entity])).toEqual([['name', 'PERSON']]);
    const manifest = await planShards([dir], { shards: 4, options: typedOptions });
    expect(manifest.shards.flatMap((s) => s.parts).length).toBeGreaterThan(1);
    const out = join(root, 'typed-4');
    for (const s of manifest.shards) await runShard(manifest, out, s.index, { workers: 0 });
    expect(await assembledOutputs(manifest, out)).toEqual(await filesOf(plainTyped));
    expect(comparable(await mergeShardReports(manifest, out))).toEqual(comparable(single));
  });
});
