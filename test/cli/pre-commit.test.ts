/**
 * The pre-commit framework for real: this checkout (copied into a temporary git repository and
 * committed there, so uncommitted work is what gets tested) is the hook repository of a temporary
 * dataset repository. pre-commit installs it with the system node and npm, as a user's would.
 * Skipped where the `pre-commit` command is missing (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const EMAIL = 'maria.lopez@mailbox.org';
const NEW_EMAIL = 'tom.becker@posteo.de';

function sh(cwd: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

// Developers without the Debian package skip it; CI (.ci/run installs it) must run it.
describe.skipIf(!hasPreCommit && !process.env['CI'])('pre-commit framework hook (real pre-commit, real npm install)', () => {
  const base = mkdtempSync(join(tmpdir(), 'pii-scan-precommit-'));
  const hookRepo = join(base, 'hook-repo');
  const dataRepo = join(base, 'datasets');
  const env = { PRE_COMMIT_HOME: join(base, 'cache'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  const commit = (files: Record<string, string>, message: string) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dataRepo, name)), { recursive: true });
      writeFileSync(join(dataRepo, name), text);
    }
    git(dataRepo, 'add', '-A');
    return sh(dataRepo, 'git', ['commit', '-m', message], env);
  };

  beforeAll(() => {
    // The files git would see in this checkout: tracked and untracked, not ignored (no node_modules, no dist).
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const f of files) {
      try {
        mkdirSync(dirname(join(hookRepo, f)), { recursive: true });
        cpSync(join(ROOT, f), join(hookRepo, f));
      } catch {
        // deleted in the working tree but still tracked
      }
    }
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-qm', 'snapshot');
    const rev = git(hookRepo, 'rev-parse', 'HEAD').trim();
    mkdirSync(dataRepo);
    git(dataRepo, 'init', '-q');
    writeFileSync(join(dataRepo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: pii-scan\n`);
    const install = sh(dataRepo, 'pre-commit', ['install'], env);
    expect(install.status, install.out).toBe(0);
    const hooks = sh(dataRepo, 'pre-commit', ['install-hooks'], env);
    expect(hooks.status, hooks.out).toBe(0);
  }, 600_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('installs with the system node: no Node download, the hook runs from the plain repository', () => {
    const envs = execFileSync('find', [env.PRE_COMMIT_HOME, '-maxdepth', '2', '-name', 'node_env-*'], { encoding: 'utf8' }).trim().split('\n');
    expect(envs.length).toBe(1);
    expect(envs[0]).toMatch(/node_env-system$/);
    // nodeenv -n system writes a shell shim around the system node instead of a downloaded binary.
    expect(readFileSync(join(envs[0]!, 'bin', 'node'), 'utf8')).toMatch(/^#!/);
  }, 60_000);

  it('a clean commit passes', () => {
    const r = commit({ 'data/clean.csv': 'id,status\n1,open\n2,closed\n', 'README.md': 'data\n' }, 'clean');
    expect(r.status, r.out).toBe(0);
  }, 120_000);

  it('a commit adding a CSV with an email is blocked; the message names file, line and entity, not the value', () => {
    const r = commit({ 'data/users.csv': `id,contact\n1,open\n2,${EMAIL}\n` }, 'users');
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/data\/users\.csv:3\b.*"contact".*EMAIL_ADDRESS/);
    expect(r.out).not.toContain(EMAIL);
    git(dataRepo, 'reset', '-q');
  }, 120_000);

  it('a baselined finding passes; a new one fails', () => {
    // The baseline is created with the pii-scan the framework installed.
    const bin = execFileSync('find', [env.PRE_COMMIT_HOME, '-path', '*node_env-system/bin/pii-scan'], { encoding: 'utf8' }).trim().split('\n')[0]!;
    const made = sh(dataRepo, bin, ['baseline', 'data/users.csv'], env);
    expect(made.status, made.out).toBe(0);
    expect(readFileSync(join(dataRepo, '.pii-scan-baseline.json'), 'utf8')).not.toContain(EMAIL);
    const accepted = commit({}, 'users with baseline');
    expect(accepted.status, accepted.out).toBe(0);
    const added = commit({ 'data/users.csv': `id,contact\n0,${NEW_EMAIL}\n1,open\n2,${EMAIL}\n` }, 'new email, rows moved');
    expect(added.status).not.toBe(0);
    expect(added.out).toMatch(/data\/users\.csv:2\b.*EMAIL_ADDRESS/);
    expect(added.out).not.toMatch(/data\/users\.csv:4\b/);
    expect(added.out).not.toContain(NEW_EMAIL);
  }, 240_000);
});
