/** `pii-scan recognizers`: every built-in recognizer, its entities, country, and whether it is on. */
import type { Command } from 'commander';
import { builtinRecognizers } from '../../../recognizers/index.js';
import { createAnalyzer } from '../../analyzer/analyzer.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_CLEAN } from '../cli-io.js';
import { analyzerOptionsFrom, type CommonOptions } from '../common-options.js';
import { formatTable } from '../format-table.js';

export function registerRecognizersCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('recognizers')
    .description('list every built-in recognizer, its entities and country, and whether the current config turns it on')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', '\nExamples:\n  pii-scan recognizers\n  pii-scan recognizers --config pii-scan.config.json --json')
    .action(async (opts: CommonOptions & { json?: boolean }) => {
      const { options } = await analyzerOptionsFrom(opts, io);
      const on = new Set(createAnalyzer(options).recognizers.map((r) => r.id));
      const rows = builtinRecognizers.map(({ meta }) => ({
        id: meta.id,
        entities: meta.entities.join(','),
        category: meta.category ?? 'pii',
        country: meta.country ?? '',
        on: on.has(meta.id),
        recommended: meta.recommended,
      }));
      if (opts.json) io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      else io.stdout.write(formatTable(['id', 'entities', 'category', 'country', 'on'], rows.map((r) => [r.id, r.entities, r.category, r.country, r.on ? 'yes' : 'no'])) + '\n');
      done(EXIT_CLEAN);
    });
}
