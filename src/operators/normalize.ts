/**
 * Canonical form of a value before it is hashed, given an `{id}` or pseudonymized, so that
 * `Alice@X.com` and `alice@x.com`, or `4111 1111 1111 1111` and `4111-1111-1111-1111`, map to
 * the same output.
 */

const DIGIT_ENTITIES = new Set(['PHONE_NUMBER', 'CREDIT_CARD', 'US_SSN', 'US_ITIN', 'US_BANK_NUMBER', 'IMEI', 'CA_SIN']);
const CODE_ENTITIES = new Set(['IBAN_CODE', 'SWIFT_CODE', 'US_PASSPORT', 'UK_NHS', 'US_DRIVER_LICENSE']);
const NAME_ENTITIES = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'NRP']);
// A value made only of digits and phone/card separators is compared by its digits.
const DIGITS_AND_SEPARATORS = /^[\d\s\-./()+]+$/;

/**
 * Normalizes `value` for `entity`: emails, IPs and names lower-cased (names NFKC with single
 * spaces); numbers (phones, cards, SSNs, and any value of digits and separators) digits only;
 * codes (IBAN...) upper-case letters and digits; anything else trimmed.
 *
 * @example
 * normalizeValue('PHONE_NUMBER', '+1 (415) 555-0100') // '14155550100'
 */
export function normalizeValue(entity: string, value: string): string {
  if (entity === 'EMAIL_ADDRESS' || entity === 'IP_ADDRESS' || entity === 'URL' || entity === 'DOMAIN_NAME') return value.trim().toLowerCase();
  if (DIGIT_ENTITIES.has(entity) || DIGITS_AND_SEPARATORS.test(value)) {
    const digits = value.replace(/\D+/g, '');
    return digits.length > 0 ? digits : value;
  }
  if (CODE_ENTITIES.has(entity)) return value.replace(/[^0-9A-Za-z]+/g, '').toUpperCase();
  if (NAME_ENTITIES.has(entity)) return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return value.trim();
}
