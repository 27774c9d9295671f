import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PiiScanError } from '../../src/errors.js';
import { deriveSubkey, keyCheck, parseKey, resolveKey } from '../../src/operators/keys.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof PiiScanError ? err.code : 'not a PiiScanError';
  }
  return undefined;
}

describe('parseKey', () => {
  it.each([
    ['hex:' + '00'.repeat(16), 16],
    ['hex:' + 'AB'.repeat(32), 32],
    ['base64:' + Buffer.alloc(24, 7).toString('base64'), 24],
    ['a raw passphrase of text', 24],
  ])('%s -> %i bytes', (key, length) => {
    expect(parseKey(key)).toHaveLength(length);
  });

  it.each([['hex:' + '00'.repeat(15)], ['hex:abc'], ['hex:zz' + '00'.repeat(16)], ['base64:!!!!' + 'A'.repeat(30)], ['short'], ['']])('%s -> PII_INVALID_KEY', (key) => {
    expect(code(() => parseKey(key))).toBe('PII_INVALID_KEY');
  });

  it('accepts bytes and copies them', () => {
    const bytes = new Uint8Array(16).fill(1);
    const parsed = parseKey(bytes);
    bytes[0] = 9;
    expect(parsed[0]).toBe(1);
    expect(code(() => parseKey(new Uint8Array(15)))).toBe('PII_INVALID_KEY');
  });
});

describe('resolveKey', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pii-scan-keys-'));

  it('reads PII_SCAN_KEY by default, or the named variable; undefined when unset', () => {
    expect(resolveKey({ env: { PII_SCAN_KEY: 'hex:' + '01'.repeat(16) } })).toEqual(new Uint8Array(16).fill(1));
    expect(resolveKey({ env: { MY_KEY: 'hex:' + '02'.repeat(16) }, keyEnv: 'MY_KEY' })).toEqual(new Uint8Array(16).fill(2));
    expect(resolveKey({ env: {} })).toBeUndefined();
    expect(resolveKey({ env: { PII_SCAN_KEY: '' } })).toBeUndefined();
  });

  it('prefers an explicit key, then the key file, then the environment', () => {
    const file = join(dir, 'text.key');
    writeFileSync(file, 'hex:' + '03'.repeat(16) + '\n');
    const env = { PII_SCAN_KEY: 'hex:' + '04'.repeat(16) };
    expect(resolveKey({ keyFile: file, env })).toEqual(new Uint8Array(16).fill(3));
    expect(resolveKey({ key: 'hex:' + '05'.repeat(16), keyFile: file, env })).toEqual(new Uint8Array(16).fill(5));
  });

  it('uses a binary key file byte for byte', () => {
    const file = join(dir, 'binary.key');
    const bytes = Buffer.from([0, 1, 2, 3, 255, 254, 10, 13, 0, 0, 5, 6, 7, 8, 9, 10, 11]);
    writeFileSync(file, bytes);
    expect(resolveKey({ keyFile: file, env: {} })).toEqual(new Uint8Array(bytes));
  });

  it('fails with PII_INVALID_KEY for a missing file or a short key', () => {
    expect(code(() => resolveKey({ keyFile: join(dir, 'missing.key'), env: {} }))).toBe('PII_INVALID_KEY');
    expect(code(() => resolveKey({ env: { PII_SCAN_KEY: 'too short' } }))).toBe('PII_INVALID_KEY');
  });
});

describe('deriveSubkey', () => {
  it('derives distinct, stable 32-byte subkeys per purpose', () => {
    const key = parseKey('hex:' + '0f'.repeat(32));
    const a = deriveSubkey(key, 'hash');
    expect(a).toHaveLength(32);
    expect(deriveSubkey(key, 'hash').equals(a)).toBe(true);
    expect(deriveSubkey(key, 'pseudonym').equals(a)).toBe(false);
    expect(deriveSubkey(parseKey('hex:' + '0e'.repeat(32)), 'hash').equals(a)).toBe(false);
  });
});

describe('keyCheck', () => {
  it('is the same for the same key bytes however written, different for any other key, and shows no key or subkey', () => {
    const key = parseKey('hex:' + '0f'.repeat(32));
    const check = keyCheck(key);
    expect(check).toMatch(/^[0-9a-f]{64}$/);
    expect(keyCheck(parseKey('base64:' + Buffer.from(key).toString('base64')))).toBe(check);
    expect(keyCheck(parseKey('hex:' + '0f'.repeat(31) + '0e'))).not.toBe(check);
    expect(check).not.toContain('0f0f0f0f');
    for (const purpose of ['id', 'hash', 'pseudonym', 'encrypt-nonce', 'encrypt-key', 'check'] as const) {
      expect(check).not.toContain(deriveSubkey(key, purpose).toString('hex').slice(0, 16));
    }
  });
});
