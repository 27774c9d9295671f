/**
 * The one user key of the keyed operators (replace `{id}`, hash, encrypt, pseudonymize) and the
 * independent per-purpose subkeys derived from it with HKDF-SHA256.
 *
 * Key strings: `hex:<hex digits>` and `base64:<base64>` give exact bytes; any other string is
 * used as its UTF-8 bytes (so the output of `openssl rand -hex 32` works as is). Every key must
 * have at least 16 bytes. There is no built-in default key.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PiiScanError } from '../errors.js';

/** Environment variable read by `resolveKey` unless told otherwise. */
export const DEFAULT_KEY_ENV = 'PII_SCAN_KEY';
/** Minimum key length in bytes. */
export const MIN_KEY_BYTES = 16;

/**
 * Turns a key option into bytes (see the module comment for the string syntax).
 * Throws `PII_INVALID_KEY` when it is malformed or shorter than 16 bytes; never echoes the key.
 *
 * @example
 * parseKey('hex:000102030405060708090a0b0c0d0e0f').length // 16
 */
export function parseKey(key: Uint8Array | string, source = 'key'): Uint8Array {
  let bytes: Uint8Array;
  if (key instanceof Uint8Array) {
    bytes = new Uint8Array(key);
  } else if (typeof key === 'string') {
    if (key.startsWith('hex:')) {
      const hex = key.slice(4);
      if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) invalidKey(source, 'the `hex:` part is not an even number of hex digits');
      bytes = new Uint8Array(Buffer.from(hex, 'hex'));
    } else if (key.startsWith('base64:')) {
      const b64 = key.slice(7);
      if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(b64)) invalidKey(source, 'the `base64:` part is not base64');
      bytes = new Uint8Array(Buffer.from(b64, 'base64'));
    } else {
      bytes = new Uint8Array(Buffer.from(key, 'utf8'));
    }
  } else {
    throw new PiiScanError('PII_INVALID_KEY', `Invalid ${source}: expected a string or a Uint8Array, got a ${typeof key}`, { option: 'key' });
  }
  if (bytes.length < MIN_KEY_BYTES) invalidKey(source, `it has ${bytes.length} bytes, at least ${MIN_KEY_BYTES} are required`);
  return bytes;
}

function invalidKey(source: string, why: string): never {
  throw new PiiScanError('PII_INVALID_KEY', `Invalid ${source}: ${why}`, { option: 'key' });
}

/** Where `resolveKey` looks for the key. */
export interface ResolveKeyOptions {
  /** The key itself (library use). Takes precedence. */
  readonly key?: Uint8Array | string | undefined;
  /** Environment variable holding the key. @default 'PII_SCAN_KEY' */
  readonly keyEnv?: string | undefined;
  /** File holding the key (text, trimmed, same syntax as a key string; or raw binary bytes). Used before the environment. */
  readonly keyFile?: string | undefined;
  /** Environment to read. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
}

/**
 * Finds the key: `key`, else `keyFile`, else the environment variable `keyEnv` (default
 * `PII_SCAN_KEY`). Returns undefined when none is set - never a default key.
 * Throws `PII_INVALID_KEY` for an unreadable file or a malformed / short key.
 *
 * @example
 * const key = resolveKey({ keyFile: '/run/secrets/pii-scan.key' });
 */
export function resolveKey(options: ResolveKeyOptions = {}): Uint8Array | undefined {
  if (options.key !== undefined) return parseKey(options.key);
  if (options.keyFile !== undefined) {
    let content: Buffer;
    try {
      content = readFileSync(options.keyFile);
    } catch (cause) {
      throw new PiiScanError('PII_INVALID_KEY', 'The key file cannot be read', { file: options.keyFile, option: 'keyFile', cause });
    }
    const text = decodeUtf8(content);
    // A text file (the usual case) may end with a newline; binary key files are used byte for byte.
    return parseKey(text === undefined ? new Uint8Array(content) : text.trim(), 'key file');
  }
  const name = options.keyEnv ?? DEFAULT_KEY_ENV;
  const value = (options.env ?? process.env)[name];
  if (value === undefined || value === '') return undefined;
  return parseKey(value.trim(), `key in environment variable ${name}`);
}

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters other than whitespace mean a binary key.
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/** The purposes subkeys are derived for; each gets an independent 32-byte key. */
export type KeyPurpose = 'id' | 'hash' | 'pseudonym' | 'encrypt-nonce' | 'encrypt-key' | 'check';

const HKDF_SALT = Buffer.from('pii-scan/v1', 'utf8');

/** HKDF-SHA256(key, salt 'pii-scan/v1', info 'pii-scan/v1/<purpose>') -> 32 bytes. */
export function deriveSubkey(key: Uint8Array, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', key, HKDF_SALT, `pii-scan/v1/${purpose}`, 32));
}

/**
 * A verifier of a key, to tell later whether a key is the same one without storing it: 64 hex
 * digits of HMAC-SHA256 under the key's own `check` subkey. HKDF's outputs are independent, so it
 * reveals nothing of the key or of the subkeys the operators use.
 *
 * @example keyCheck(parseKey(process.env.PII_SCAN_KEY!)) === manifest.keyCheck
 */
export function keyCheck(key: Uint8Array): string {
  return createHmac('sha256', deriveSubkey(key, 'check')).update('pii-scan/v1/key-check').digest('hex');
}

/** Lazily derived, cached subkeys of one key. */
export class KeyRing {
  readonly #key: Uint8Array;
  readonly #cache = new Map<KeyPurpose, Buffer>();

  constructor(key: Uint8Array) {
    this.#key = key;
  }

  /** The subkey for `purpose` (derived once). */
  subkey(purpose: KeyPurpose): Buffer {
    let k = this.#cache.get(purpose);
    if (k === undefined) {
      k = deriveSubkey(this.#key, purpose);
      this.#cache.set(purpose, k);
    }
    return k;
  }
}
