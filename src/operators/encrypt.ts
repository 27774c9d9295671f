/**
 * The reversible `encrypt` operator: deterministic authenticated encryption (SIV-style AES-256-GCM).
 *
 * Construction, with subkeys from HKDF-SHA256 of the user key (`keys.ts`):
 *   nonce  = HMAC-SHA256(K_nonce, entity || 0x00 || value)[0..12]    (synthetic IV)
 *   c, tag = AES-256-GCM(K_enc, nonce, value, aad = 'pii-scan/v1/enc/' || entity)
 *   token  = '[[enc:' || entity || ':' || base64url(nonce || c || tag) || ']]'
 * The same value, entity and key always give the same token (joins keep working); the GCM tag
 * authenticates the value and the entity label; decryption also re-derives the synthetic IV and
 * compares it, so a token not made by this construction is rejected. The value is encrypted as
 * written (not normalized) so decryption restores it exactly.
 */
import { createCipheriv, createDecipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import { PiiScanError } from '../errors.js';
import type { KeyRing } from './keys.js';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const AAD_PREFIX = 'pii-scan/v1/enc/';

/** Finds tokens in text. Linear: each quantified class is followed by a character outside it. */
export const TOKEN_PATTERN = /\[\[enc:([A-Z][A-Z0-9_]*):([A-Za-z0-9_-]+)\]\]/g;

function syntheticNonce(keys: KeyRing, entity: string, value: string): Buffer {
  return createHmac('sha256', keys.subkey('encrypt-nonce')).update(entity).update('\0').update(value).digest().subarray(0, NONCE_BYTES);
}

/**
 * Encrypts `value` into a `[[enc:ENTITY:...]]` token.
 *
 * @example
 * encryptValue(keys, 'EMAIL_ADDRESS', 'alice@example.org') // '[[enc:EMAIL_ADDRESS:...]]'
 */
export function encryptValue(keys: KeyRing, entity: string, value: string): string {
  const nonce = syntheticNonce(keys, entity, value);
  const cipher = createCipheriv('aes-256-gcm', keys.subkey('encrypt-key'), nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(AAD_PREFIX + entity, 'utf8'));
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  const payload = Buffer.concat([nonce, body, cipher.getAuthTag()]);
  return `[[enc:${entity}:${payload.toString('base64url')}]]`;
}

/**
 * Decrypts the payload of one token. Throws `PII_DECRYPT_FAILED` on a wrong key or any tampering.
 */
export function decryptPayload(keys: KeyRing, entity: string, payload: string): string {
  const fail = (cause?: unknown): never => {
    throw new PiiScanError('PII_DECRYPT_FAILED', `An encrypted ${entity} token could not be decrypted (wrong key or tampered token)`, cause === undefined ? {} : { cause });
  };
  const bytes = Buffer.from(payload, 'base64url');
  // base64url must round-trip, else characters were dropped or altered.
  if (bytes.length < NONCE_BYTES + TAG_BYTES || bytes.toString('base64url') !== payload) fail();
  const nonce = bytes.subarray(0, NONCE_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  let value = '';
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.subkey('encrypt-key'), nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(AAD_PREFIX + entity, 'utf8'));
    decipher.setAuthTag(tag);
    value = Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch (cause) {
    fail(cause);
  }
  if (!timingSafeEqual(syntheticNonce(keys, entity, value), nonce)) fail();
  return value;
}

/** Replaces every token in `text` by its decrypted value. */
export function decryptTokens(keys: KeyRing, text: string): string {
  if (!text.includes('[[enc:')) return text;
  return text.replace(TOKEN_PATTERN, (_token, entity: string, payload: string) => decryptPayload(keys, entity, payload));
}
