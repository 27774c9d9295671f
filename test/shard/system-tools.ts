/** Real daemons for the scheduler tests: find them, or skip outside CI (in CI they must be there). */
import { execFileSync } from 'node:child_process';

/** PATH with the sbin directories, where Debian puts munged, slurmctld, slurmd and redis-server. */
export const SYSTEM_PATH = `/usr/local/sbin:/usr/sbin:/sbin:${process.env['PATH'] ?? '/usr/bin:/bin'}`;

/** The commands of `names` that are not installed. */
export function missingCommands(names: readonly string[]): string[] {
  return names.filter((name) => {
    try {
      execFileSync('sh', ['-c', `command -v ${name}`], { env: { PATH: SYSTEM_PATH }, stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * Whether a test needing these commands runs: always in CI (CI=true; a missing command then fails
 * the test loudly), else only when they are installed. Returns the reason when it is skipped.
 */
export function skipReason(names: readonly string[], needsRoot = false): string | undefined {
  if (process.env['CI'] === 'true') return undefined;
  const missing = missingCommands(names);
  if (missing.length > 0) return `not installed: ${missing.join(', ')} (apt-get install slurm-wlm munge redis-server; always run in CI)`;
  if (needsRoot && process.getuid?.() !== 0) return 'needs root (slurmd runs jobs as root here); always run in CI';
  return undefined;
}
