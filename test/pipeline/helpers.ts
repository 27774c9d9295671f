import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temp directory, removed after the file's tests. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pii-scan-test-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Test-only JSON recognizers (the built-in set grows concurrently; these stay fixed). */
export const ticket = { id: 'test-ticket', entity: 'TICKET_ID', patterns: [{ regex: '(?<![0-9A-Za-z])TCK-\\d{6}(?![0-9])', score: 0.9 }] };
export const account = { id: 'test-account', entity: 'ACCOUNT_NUMBER', patterns: [{ regex: '(?<![0-9])\\d{16}(?![0-9])', score: 0.9 }] };
export const RECOGNIZERS = ['email', ticket, account];
