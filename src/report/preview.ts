/**
 * What the report may show of a matched value: a masked preview that cannot be reversed, and a
 * keyed fingerprint (HMAC) that lets the same value be recognized across findings without storing it.
 */
import { createHmac } from 'node:crypto';

/**
 * A masked preview: the first character, `***`, and for email addresses `@***` plus the top-level
 * domain. Values shorter than 6 characters show nothing but `***`.
 *
 * @example maskPreview('jane.doe@acme.com', 'EMAIL_ADDRESS') // 'j***@***.com'
 * @example maskPreview('4012888888881881', 'CREDIT_CARD')   // '4***'
 */
export function maskPreview(value: string, entity: string): string {
  const first = String.fromCodePoint(value.codePointAt(0) ?? 0x2a);
  if (entity === 'EMAIL_ADDRESS') {
    const tld = /\.[A-Za-z]{2,63}$/.exec(value)?.[0] ?? '';
    return `${first}***@***${tld}`;
  }
  return value.length < 6 ? '***' : `${first}***`;
}

/**
 * A keyed fingerprint of a matched value: the first 16 hex digits of
 * HMAC-SHA256(key, "pii-scan/fingerprint\0" + entity + "\0" + value). Without the key it reveals nothing.
 */
export function fingerprint(value: string, entity: string, key: Uint8Array): string {
  return createHmac('sha256', key).update(`pii-scan/fingerprint\0${entity}\0${value}`).digest('hex').slice(0, 16);
}
