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
