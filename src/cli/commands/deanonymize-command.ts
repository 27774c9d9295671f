/**
 * `pii-scan deanonymize <input> -o <output>`: restores the values the `encrypt` operator turned
 * into `[[enc:ENTITY:...]]` tokens, with the same key. Records are re-quoted (CSV) or re-escaped
 * (JSON strings) so a restored comma or quote cannot break the file.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { type Command, Option } from 'commander';
import { loadConfig } from '../../config/load-config.js';
import { PiiScanError } from '../../errors.js';
import { chunkRecords } from '../../io/chunker.js';
import { CsvTokenizer, formatCsvField } from '../../io/csv.js';
import { delimiterOf, detectFormat } from '../../io/format.js';
import { assertSafeOutput, fileSink, readInput, streamSink } from '../../io/source.js';
import { decodeUtf8 } from '../../io/utf8.js';
import { decryptTokens } from '../../operators/encrypt.js';
import { KeyRing } from '../../operators/keys.js';
import { resolveKey } from '../../operators/index.js';
import type { DataFormat } from '../../options.js';
import { type CliIo, EXIT_CLEAN } from '../cli-io.js';
import { delimiterOption } from '../common-options.js';
import { stdoutWritable } from './anonymize-command.js';

const MARK = '[[enc:';
const TOKEN = /\[\[enc:[A-Z][A-Z0-9_]*:[A-Za-z0-9_-]+\]\]/g;

/** Restores the tokens of one chunk of whole records. */
export function deanonymizeChunk(text: string, format: DataFormat, delimiter: string, keys: KeyRing): string {
  if (!text.includes(MARK)) return text;
  if (format === 'jsonl') {
    // Tokens only ever stand inside JSON strings: the restored value is escaped as string content.
    return text.replace(TOKEN, (token) => JSON.stringify(decryptTokens(keys, token)).slice(1, -1));
  }
  const tokenizer = new CsvTokenizer(text, delimiter);
  let out = '';
  let at = 0;
  for (let t = tokenizer.next(); t !== undefined; t = tokenizer.next()) {
    if (t.kind !== 'row') continue;
    for (const f of t.fields) {
      if (!f.value.includes(MARK)) continue;
      out += text.slice(at, f.start) + formatCsvField(decryptTokens(keys, f.value), delimiter, f.quoted);
      at = f.end;
    }
  }
  return out + text.slice(at);
}

export function registerDeanonymizeCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('deanonymize')
    .description('restore the values the encrypt operator replaced, using the same key')
    .argument('<input>', 'anonymized file, or - for stdin (with --format)')
    .requiredOption('-o, --output <path>', 'output file, or - for stdout')
    .addOption(new Option('--format <format>', 'input format when it cannot come from the file name').choices(['csv', 'tsv', 'jsonl']))
    .addOption(delimiterOption())
    .option('-c, --config <file>', 'config file (for keyEnv / keyFile / delimiter)')
    .option('--key-env <name>', 'environment variable holding the key (default: PII_SCAN_KEY)')
    .addHelpText('after', `
Examples:
  PII_SCAN_KEY=... pii-scan deanonymize users.anon.csv -o users.csv
  pii-scan deanonymize - -o - --format jsonl --key-env DATASET_KEY < rows.anon.jsonl

Only values written by the encrypt operator can be restored; the others are one-way.`)
    .action(async (input: string, opts: { output: string; format?: DataFormat; delimiter?: string; config?: string; keyEnv?: string }) => {
      const loaded = await loadConfig({ cwd: io.cwd, ...(opts.config === undefined ? {} : { path: opts.config }) });
      const c = loaded.config;
      const key = resolveKey({ keyEnv: opts.keyEnv ?? c.keyEnv, env: io.env, ...(c.keyFile === undefined ? {} : { keyFile: resolve(loaded.dir, c.keyFile) }) });
      if (key === undefined) throw new PiiScanError('PII_MISSING_KEY', `no key: set ${opts.keyEnv ?? c.keyEnv ?? 'PII_SCAN_KEY'} (or keyFile in the config) to the key used to encrypt`, { option: 'key' });
      const keys = new KeyRing(key);
      const inPath = input === '-' ? undefined : resolve(io.cwd, input);
      if (inPath !== undefined && !(await stat(inPath).then((s) => s.isFile(), () => false))) throw new PiiScanError('PII_IO_ERROR', `${input}: no such file`, { file: input });
      const { format } = detectFormat(inPath ?? (opts.output === '-' ? undefined : opts.output), opts.format);
      const delimiter = delimiterOf(format, opts.delimiter ?? c.delimiter);
      const source: AsyncIterable<Uint8Array | string> = inPath === undefined ? (io.stdin as Readable) : readInput(inPath);
      let sink;
      if (opts.output === '-') sink = streamSink(stdoutWritable(io));
      else {
        const out = resolve(io.cwd, opts.output);
        if (inPath !== undefined) await assertSafeOutput(inPath, out);
        await mkdir(dirname(out), { recursive: true });
        sink = fileSink(out);
      }
      const encoder = new TextEncoder();
      let line = 1;
      try {
        for await (const item of chunkRecords(source, { format, delimiter, chunkSize: 1 << 20, maxRecordBytes: 64 << 20, file: input })) {
          if (item.kind === 'head') {
            if (item.bom) await sink.write(new Uint8Array([0xef, 0xbb, 0xbf]));
            if (item.header) await sink.write(item.header);
            continue;
          }
          const text = decodeUtf8(item.bytes);
          if (text === undefined) throw new PiiScanError('PII_PARSE_ERROR', 'invalid UTF-8', { file: input, line });
          try {
            await sink.write(encoder.encode(deanonymizeChunk(text, format, delimiter, keys)));
          } catch (err) {
            if (err instanceof PiiScanError && err.line === undefined && err.code === 'PII_DECRYPT_FAILED') throw new PiiScanError(err.code, err.message, { file: input, line });
            throw err;
          }
          for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) line++;
        }
        await sink.commit();
      } catch (err) {
        await sink.abort();
        throw err;
      }
      done(EXIT_CLEAN);
    });
}
