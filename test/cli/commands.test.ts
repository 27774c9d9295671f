import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/report/baseline.js';
import { runBin, runCli } from '../helpers/run-cli.js';

// Planted values: none of them may appear in any output but the anonymize/deanonymize data.
const EMAIL = 'greta.holm@mailbox.org';
const EMAIL2 = 'olaf.berg@posteo.de';
const CARD = '4532015112830366';
const KEY = 'hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b';

async function dataset(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pii-scan-cli-'));
  await mkdir(join(dir, 'data', 'sub'), { recursive: true });
  await writeFile(join(dir, 'data', 'users.csv'), `id,email,note\n1,${EMAIL},fine\n2,none,card ${CARD}\n`);
  await writeFile(join(dir, 'data', 'sub', 'chat.jsonl'), `{"m":"write to ${EMAIL2}"}\n{"m":"ok"}\n`);
  await writeFile(join(dir, 'data', 'clean.csv'), 'id,status\n1,open\n');
  await writeFile(join(dir, 'data', 'notes.txt'), `${EMAIL}\n`);
  return dir;
}
const noValues = (text: string) => {
  for (const v of [EMAIL, EMAIL2, CARD]) expect(text).not.toContain(v);
};
const W = ['--workers', '0'];

describe('scan', () => {
  it('a directory: recurses into data files, lists file:line, field, entity and a masked preview, exits 1', async () => {
    const dir = await dataset();
    const r = await runCli(['scan', 'data', ...W], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/data\/users\.csv:2 +field "email" +EMAIL_ADDRESS +g\*\*\*@\*\*\*\.org/);
    expect(r.stdout).toMatch(/data\/users\.csv:3 +field "note" +CREDIT_CARD/);
    expect(r.stdout).toMatch(/data\/sub\/chat\.jsonl:1 +field "m" +EMAIL_ADDRESS/);
    expect(r.stdout).toMatch(/scanned 3 file\(s\)/);
    expect(r.stdout).not.toMatch(/notes\.txt/);
    expect(r.stdout).not.toMatch(/\u001b\[/); // not a TTY: no colour
    expect(r.stderr).toBe('');
    noValues(r.stdout);
  });

  it('a clean file exits 0; a glob selects files', async () => {
    const dir = await dataset();
    expect((await runCli(['scan', 'data/clean.csv', ...W], { cwd: dir })).exitCode).toBe(0);
    const g = await runCli(['scan', 'data/**/*.jsonl', ...W], { cwd: dir });
    expect(g.exitCode).toBe(1);
    expect(g.stdout).toMatch(/scanned 1 file\(s\)/);
  });

  it.each([
    ['0.99,US_SSN', 0],
    ['EMAIL_ADDRESS', 1],
    ['none', 0],
    ['1', 1],
  ])('--fail-on %s -> exit %d', async (spec, code) => {
    const dir = await dataset();
    expect((await runCli(['scan', 'data', '--fail-on', spec, '-q', ...W], { cwd: dir })).exitCode).toBe(code);
  });

  it('the config file: failOn, allowPaths and excludeEntities apply; the command line overrides them', async () => {
    const dir = await dataset();
    await writeFile(join(dir, 'pii-scan.config.json'), JSON.stringify({ allowPaths: ['data/users.csv'], excludeEntities: ['CREDIT_CARD'] }));
    const r = await runCli(['scan', 'data', ...W], { cwd: dir });
    expect(r.stdout).toMatch(/scanned 2 file\(s\)/);
    await writeFile(join(dir, 'pii-scan.config.json'), JSON.stringify({ allowPaths: ['sub/'], failOn: { entities: ['US_SSN'] } }));
    expect((await runCli(['scan', 'data', '-q', ...W], { cwd: dir })).exitCode).toBe(0);
    expect((await runCli(['scan', 'data', '-q', '--fail-on', 'CREDIT_CARD', ...W], { cwd: dir })).exitCode).toBe(1);
  });

  it('an invalid operator in the config is exit 2 naming the file and the parameter', async () => {
    const dir = await dataset();
    await writeFile(join(dir, 'pii-scan.config.json'), JSON.stringify({ operators: { EMAIL_ADDRESS: { type: 'mask', keepLst: 2 } } }));
    const r = await runCli(['anonymize', 'data/users.csv', '-o', 'out.csv', ...W], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/pii-scan\.config\.json: .*operators\.EMAIL_ADDRESS\.keepLst.*PII_INVALID_CONFIG/);
  });

  it.each([
    ['json', 'r.json', (t: string) => expect(JSON.parse(t).totals.findings).toBe(3)],
    ['sarif', 'r.sarif', (t: string) => expect(JSON.parse(t).runs[0].results).toHaveLength(3)],
    ['markdown', 'r.md', (t: string) => expect(t).toMatch(/^# pii-scan scan report/)],
  ])('--report writes %s (format from the extension), with no values', async (_f, name, check) => {
    const dir = await dataset();
    const r = await runCli(['scan', 'data', '--report', name, ...W], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const text = await readFile(join(dir, name), 'utf8');
    check(text);
    noValues(text);
  });

  it('--report - puts the report on stdout and the summary on stderr', async () => {
    const dir = await dataset();
    const r = await runCli(['scan', 'data/users.csv', '--report', '-', ...W], { cwd: dir });
    expect(JSON.parse(r.stdout).totals.findings).toBe(2);
    expect(r.stderr).toMatch(/scanned 1 file/);
  });

  it('stdin with --format', async () => {
    const r = await runCli(['scan', '-', '--format', 'jsonl', ...W], { stdin: `{"a":"${EMAIL}"}\n` });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^-:1 +field "a" +EMAIL_ADDRESS/m);
    noValues(r.stdout);
  });

  it.each([
    ['a missing file', ['scan', 'nope.csv'], /nope\.csv: no such file or directory \[PII_IO_ERROR\]/],
    ['a glob with no match', ['scan', 'data/*.parquet'], /no file matches/],
    ['a bad --fail-on', ['scan', 'data', '--fail-on', 'lots'], /--fail-on/],
    ['a bad --on-error', ['scan', 'data', '--on-error', 'ignore'], /^error: option '--on-error/],
    ['a bad --workers', ['scan', 'data', '--workers', '-1'], /^error: /],
    ['no paths', ['scan'], /^error: missing required argument/],
    ['a bad --operator', ['anonymize', 'data/users.csv', '-o', 'x.csv', '--operator', 'EMAIL_ADDRESS'], /^error: option '--operator/],
    ['anonymize without -o', ['anonymize', 'data/users.csv'], /^error: required option/],
  ])('%s: exit 2 with one clear line', async (_n, argv, message) => {
    const dir = await dataset();
    const r = await runCli(argv, { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a malformed record: exit 2 naming file and line; --on-error skip goes on', async () => {
    const dir = await dataset();
    await writeFile(join(dir, 'bad.jsonl'), `{"a":1}\n{"a": "${EMAIL}\n`);
    const r = await runCli(['scan', 'bad.jsonl', ...W], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/bad\.jsonl:2: .*PII_PARSE_ERROR/);
    noValues(r.stderr);
    const skip = await runCli(['scan', 'bad.jsonl', '--on-error', 'skip', ...W], { cwd: dir });
    expect(skip.exitCode).toBe(0);
    expect(skip.stdout).toMatch(/1 malformed record\(s\) skipped/);
  });

  it('every command has --help with examples', async () => {
    for (const cmd of [['scan'], ['anonymize'], ['baseline'], ['deanonymize'], ['hook', 'install'], ['hook', 'run'], ['recognizers'], ['init']]) {
      const r = await runCli([...cmd, '--help']);
      expect(r.exitCode, cmd.join(' ')).toBe(0);
      if (cmd[0] !== 'hook') expect(r.stdout, cmd.join(' ')).toMatch(/Examples:/);
    }
  });
});

describe('anonymize and deanonymize', () => {
  it('a file, with --operator; the summary names counts only', async () => {
    const dir = await dataset();
    const r = await runCli(['anonymize', 'data/users.csv', '-o', 'out/users.csv', '--operator', 'CREDIT_CARD=mask:keepLast=4', ...W], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(await readFile(join(dir, 'out', 'users.csv'), 'utf8')).toBe('id,email,note\n1,<EMAIL_ADDRESS>,fine\n2,none,card ************0366\n');
    noValues(r.stdout + r.stderr);
  });

  it('column inference: on by default, listed in the report; --no-infer-columns and the config turn it off', async () => {
    const dir = await dataset();
    const people = ['Maren Novak', 'Kenji Tanaka', 'Zofia Kowalski', 'Arjun Castillo'];
    await writeFile(join(dir, 'people.csv'), `id,full_name\n${people.map((p, i) => `${i},${p}`).join('\n')}\n`);
    const columnsOf = async (args: string[]) => {
      expect((await runCli(['anonymize', 'people.csv', '-o', 'p.out.csv', '--report', 'r.json', '-q', ...W, ...args], { cwd: dir })).exitCode).toBe(0);
      const report = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')) as { inputs: { columns?: unknown }[]; options: { inferColumns: boolean } };
      return [report.inputs[0]!.columns, report.options.inferColumns];
    };
    expect(await columnsOf([])).toEqual([[{ field: 'full_name', entity: 'PERSON', confidence: 1, sampled: 4, evidence: 'name+values' }], true]);
    expect(await readFile(join(dir, 'p.out.csv'), 'utf8')).toBe('id,full_name\n0,<PERSON>\n1,<PERSON>\n2,<PERSON>\n3,<PERSON>\n');
    expect(await columnsOf(['--no-infer-columns'])).toEqual([undefined, false]);
    await writeFile(join(dir, 'pii-scan.config.json'), JSON.stringify({ inferColumns: false }));
    expect(await columnsOf([])).toEqual([undefined, false]);
  });

  it('a directory mirrored into another', async () => {
    const dir = await dataset();
    const r = await runCli(['anonymize', 'data', '-o', 'anon', ...W], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(await readFile(join(dir, 'anon', 'sub', 'chat.jsonl'), 'utf8')).toBe('{"m":"write to <EMAIL_ADDRESS>"}\n{"m":"ok"}\n');
  });

  it('encrypt then deanonymize restores CSV and JSONL byte for byte, re-quoting what needs it', async () => {
    const dir = await dataset();
    const csv = `id,who\n1,"${EMAIL}, ""x"""\n2,${EMAIL2}\n`;
    await writeFile(join(dir, 'q.csv'), csv);
    const env = { PII_SCAN_KEY: KEY };
    expect((await runCli(['anonymize', 'q.csv', '-o', 'q.enc.csv', '--operator', 'DEFAULT=encrypt', '-q', ...W], { cwd: dir, env })).exitCode).toBe(0);
    const enc = await readFile(join(dir, 'q.enc.csv'), 'utf8');
    noValues(enc);
    expect(enc).toMatch(/\[\[enc:EMAIL_ADDRESS:/);
    expect((await runCli(['deanonymize', 'q.enc.csv', '-o', 'q.dec.csv'], { cwd: dir, env })).exitCode).toBe(0);
    expect(await readFile(join(dir, 'q.dec.csv'), 'utf8')).toBe(csv);
    const jsonl = `{"m":"to ${EMAIL}","n":"\\"${EMAIL2}\\""}\n`;
    const a = await runCli(['anonymize', '-', '-o', '-', '--format', 'jsonl', '--operator', 'DEFAULT=encrypt', '-q', ...W], { env, stdin: jsonl });
    expect(a.exitCode).toBe(0);
    noValues(a.stdout);
    const d = await runCli(['deanonymize', '-', '-o', '-', '--format', 'jsonl'], { env, stdin: a.stdout });
    expect(d.stdout).toBe(jsonl);
  });

  describe('--delimiter and the config\'s delimiter', () => {
    const semicolons = `id;note\r\n1;"a line\r\nand ${EMAIL}; ""quoted"""\r\n2;none\r\n`;
    const expected = 'id;note\r\n1;"a line\r\nand <EMAIL_ADDRESS>; ""quoted"""\r\n2;none\r\n';
    it.each([
      ['--delimiter ;', ['--delimiter', ';'], undefined],
      ['the config', [], { delimiter: ';' }],
      ['--delimiter over the config', ['--delimiter', ';'], { delimiter: '|' }],
    ])('%s: a semicolon-separated file is anonymized, quoting and line ends kept', async (_n, args, config) => {
      const dir = await dataset();
      await writeFile(join(dir, 'semi.csv'), semicolons);
      if (config) await writeFile(join(dir, 'pii-scan.config.json'), JSON.stringify(config));
      const r = await runCli(['anonymize', 'semi.csv', '-o', 'semi.out.csv', '-q', ...args, ...W], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(await readFile(join(dir, 'semi.out.csv'), 'utf8')).toBe(expected);
    });

    it('without it, the malformed record\'s error suggests the delimiter the header holds, and names no value', async () => {
      const dir = await dataset();
      await writeFile(join(dir, 'semi.csv'), semicolons);
      const r = await runCli(['scan', 'semi.csv', ...W], { cwd: dir });
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/semi\.csv:2: Malformed record: quote inside an unquoted field \(the header reads as one column holding ';': if that is the delimiter, set it with --delimiter ';'/);
      noValues(r.stderr);
    });

    it.each([
      ['tab', 'tab'],
      ['\\t', '\\t'],
    ])('--delimiter %s is a tab, for scan from stdin', async (_n, flag) => {
      const r = await runCli(['scan', '-', '--format', 'csv', '--delimiter', flag, ...W], { stdin: `id\tnote\n1\tmail ${EMAIL}\n` });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/^-:2 +field "note" +EMAIL_ADDRESS/m);
    });

    it.each([
      ['two characters', ['--delimiter', ';;'], undefined, /^error: option '--delimiter <char>' argument ';;' is invalid/],
      ['a quote', ['--delimiter', '"'], undefined, /^error: option '--delimiter <char>'/],
      ['two characters in the config', [], { delimiter: '||' }, /pii-scan\.config\.json: invalid config:\n {2}delimiter: /],
    ])('%s: exit 2', async (_n, args, config, message) => {
      const dir = await dataset();
      if (config) await writeFile(join(dir, 'pii-scan.config.json'), JSON.stringify(config));
      const r = await runCli(['scan', 'data/users.csv', ...args, ...W], { cwd: dir });
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(message);
    });

    it('encrypt then deanonymize with the same delimiter restores the file byte for byte', async () => {
      const dir = await dataset();
      await writeFile(join(dir, 'semi.csv'), semicolons);
      const env = { PII_SCAN_KEY: KEY };
      expect((await runCli(['anonymize', 'semi.csv', '-o', 'semi.enc.csv', '--delimiter', ';', '--operator', 'DEFAULT=encrypt', '-q', ...W], { cwd: dir, env })).exitCode).toBe(0);
      noValues(await readFile(join(dir, 'semi.enc.csv'), 'utf8'));
      expect((await runCli(['deanonymize', 'semi.enc.csv', '-o', 'semi.dec.csv', '--delimiter', ';'], { cwd: dir, env })).exitCode).toBe(0);
      expect(await readFile(join(dir, 'semi.dec.csv'), 'utf8')).toBe(semicolons);
    });
  });

  it('deanonymize: no key is PII_MISSING_KEY, a wrong key PII_DECRYPT_FAILED, both exit 2', async () => {
    const dir = await dataset();
    await runCli(['anonymize', 'data/users.csv', '-o', 'e.csv', '--operator', 'DEFAULT=encrypt', '-q', ...W], { cwd: dir, env: { PII_SCAN_KEY: KEY } });
    expect((await runCli(['deanonymize', 'e.csv', '-o', 'd.csv'], { cwd: dir })).stderr).toMatch(/PII_MISSING_KEY/);
    const wrong = await runCli(['deanonymize', 'e.csv', '-o', 'd.csv'], { cwd: dir, env: { PII_SCAN_KEY: KEY.replace('1b', '1c') } });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toMatch(/PII_DECRYPT_FAILED/);
  });
});

describe('baseline', () => {
  it('records fingerprints (no values), sorted; accepted findings pass, new ones fail, moved rows stay accepted', async () => {
    const dir = await dataset();
    const made = await runCli(['baseline', 'data', ...W], { cwd: dir });
    expect(made.exitCode).toBe(0);
    const text = await readFile(join(dir, '.pii-scan-baseline.json'), 'utf8');
    noValues(text);
    const b = parseBaseline(text, 'b');
    expect(b.entries.map((e) => `${e.file}|${e.field}|${e.entity}`)).toEqual(['data/sub/chat.jsonl|m|EMAIL_ADDRESS', 'data/users.csv|email|EMAIL_ADDRESS', 'data/users.csv|note|CREDIT_CARD']);
    expect((await runCli(['scan', 'data', '--baseline', '.pii-scan-baseline.json', ...W], { cwd: dir })).exitCode).toBe(0);
    // Rows moved and one new value: only the new one fails.
    await writeFile(join(dir, 'data', 'users.csv'), `id,email,note\n0,${EMAIL2},x\n2,none,card ${CARD}\n1,${EMAIL},fine\n`);
    const r = await runCli(['scan', 'data', '--baseline', '.pii-scan-baseline.json', ...W], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/data\/users\.csv:2 +field "email"/);
    expect(r.stdout).toMatch(/3 accepted by the baseline; 1 fail the run/);
    // Re-running keeps the salt, and the file is stable.
    await runCli(['baseline', 'data', ...W], { cwd: dir });
    const again = parseBaseline(await readFile(join(dir, '.pii-scan-baseline.json'), 'utf8'), 'b');
    expect(again.salt).toBe(b.salt);
    expect(again.entries).toHaveLength(4);
  });

  it('--hook uses ./.pii-scan-baseline.json when present', async () => {
    const dir = await dataset();
    expect((await runCli(['scan', '--hook', 'data/users.csv', ...W], { cwd: dir })).exitCode).toBe(1);
    await runCli(['baseline', 'data/users.csv', ...W], { cwd: dir });
    expect((await runCli(['scan', '--hook', 'data/users.csv', ...W], { cwd: dir })).exitCode).toBe(0);
  });
});

describe('hook install / run (plain git hook)', () => {
  it('scans the staged content only, names file, line and entity', async () => {
    const dir = await dataset();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q');
    const inst = await runCli(['hook', 'install'], { cwd: dir });
    expect(inst.exitCode).toBe(0);
    expect(await readFile(join(dir, '.git', 'hooks', 'pre-commit'), 'utf8')).toMatch(/hook run/);
    expect((await runCli(['hook', 'run', ...W], { cwd: dir })).exitCode).toBe(0); // nothing staged
    git('add', 'data/clean.csv');
    expect((await runCli(['hook', 'run', ...W], { cwd: dir })).exitCode).toBe(0);
    // Staged clean, working tree dirty: the staged content is what counts.
    await writeFile(join(dir, 'data', 'clean.csv'), `id,status\n1,${EMAIL}\n`);
    expect((await runCli(['hook', 'run', ...W], { cwd: dir })).exitCode).toBe(0);
    git('add', 'data/users.csv');
    const r = await runCli(['hook', 'run', ...W], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^data\/users\.csv:2 +field "email" +EMAIL_ADDRESS/m);
    noValues(r.stdout + r.stderr);
    const again = await runCli(['hook', 'install'], { cwd: dir });
    expect(again.exitCode).toBe(0);
  });
});

describe('through the real bin/', () => {
  it('exit codes and stream separation: findings 1, clean 0, missing file 2 on stderr', async () => {
    const dir = await dataset();
    const found = await runBin(['scan', 'data/users.csv'], { cwd: dir });
    expect(found.exitCode).toBe(1);
    expect(found.stdout).toMatch(/EMAIL_ADDRESS/);
    expect(found.stderr).toBe('');
    noValues(found.stdout);
    expect((await runBin(['scan', 'data/clean.csv'], { cwd: dir })).exitCode).toBe(0);
    const missing = await runBin(['scan', 'missing.csv'], { cwd: dir });
    expect(missing).toMatchObject({ exitCode: 2, stdout: '' });
    expect(missing.stderr).toMatch(/missing\.csv/);
  });

  it('stdin to stdout piping with --format', async () => {
    const r = await runBin(['anonymize', '-', '-o', '-', '--format', 'csv'], { stdin: `id,email\n1,${EMAIL}\n` });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('id,email\n1,<EMAIL_ADDRESS>\n');
    expect(r.stderr).toMatch(/anonymized 1 file/);
    noValues(r.stderr);
  });
});
