/** `pii-scan init`: writes a commented starter config (JSON has no comments: `$comment` keys carry them). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CONFIG_FILE_NAME } from '../../config/load-config.js';
import { PiiScanError } from '../../errors.js';
import { type CliIo, EXIT_CLEAN } from '../cli-io.js';

/** The starter config: every field valid against schemas/config.schema.json. */
export const STARTER_CONFIG = {
  $schema: './node_modules/pii-scan/schemas/config.schema.json',
  $comment: [
    'pii-scan config. Command-line options override it; every field is documented in the schema above.',
    'recognizers: ids and presets (recommended, all, pii, secrets, country:de), { id, disabled: true }, or custom',
    '  { entity, patterns: [{ regex, score }], context } and deny lists { entity, denyList: [...] }. See: pii-scan recognizers',
    'allowList: values never reported - exact strings or { regex, flags } matching the whole value. allowPaths: files never scanned.',
    'operators: per entity, DEFAULT as fallback: replace, redact, mask, hash, encrypt, pseudonymize, generalize, keep.',
    '  hash, encrypt and pseudonymize need a key of 16+ bytes from the environment variable named by keyEnv - never put it here.',
    'fieldOperators: { "<column or JSON path>": { ENTITY: operator } }. fields / excludeFields: what to scan.',
    'onError: fail | skip | passthrough for malformed records. failOn: which findings make scan and the hook exit 1.',
  ],
  recognizers: ['recommended'],
  scoreThreshold: 0.5,
  excludeEntities: [],
  allowList: [],
  operators: {
    DEFAULT: { type: 'replace' },
    EMAIL_ADDRESS: { type: 'mask', keepDomain: true },
    CREDIT_CARD: { type: 'mask', keepLast: 4 },
  },
  onError: 'fail',
  failOn: { score: 0.5 },
  keyEnv: 'PII_SCAN_KEY',
};

export function registerInitCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('init')
    .description(`write a starter ${CONFIG_FILE_NAME} in the current directory`)
    .option('--force', 'overwrite an existing file')
    .addHelpText('after', `\nExamples:\n  pii-scan init\n  pii-scan init --force\n\nEvery field is described in schemas/config.schema.json (editors complete it through "$schema").`)
    .action(async (opts: { force?: boolean }) => {
      const path = join(io.cwd, CONFIG_FILE_NAME);
      try {
        await writeFile(path, JSON.stringify(STARTER_CONFIG, null, 2) + '\n', { flag: opts.force ? 'w' : 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new PiiScanError('PII_IO_ERROR', `${path} already exists (use --force to overwrite)`, { file: path });
        }
        throw err;
      }
      io.stdout.write(`wrote ${path}\n`);
      done(EXIT_CLEAN);
    });
}
