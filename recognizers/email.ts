/** EMAIL_ADDRESS: RFC 5322 "dot-atom" addresses whose domain ends in a real IANA TLD. */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { hasRealTld, isReservedDomain } from '../src/recognizer/tlds.js';

// The leading lookbehind makes a match start only at the beginning of a run of address characters,
// which keeps the scan linear on long runs without an `@`.
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[A-Za-z0-9_%+'-](?:[A-Za-z0-9._%+'-]{0,62}[A-Za-z0-9_%+-])?@(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})(?![A-Za-z0-9-]|\.[A-Za-z0-9])/u;

export const email = definePatternRecognizer({
  id: 'email',
  entity: 'EMAIL_ADDRESS',
  recommended: true,
  description: 'Email addresses with a real top-level domain',
  patterns: [{ name: 'email', regex: EMAIL, score: 0.5 }],
  context: ['email', 'e-mail', 'mail', 'contact'],
  requires: { anyOf: '@', minLength: 6 },
  validate: (_text, match) => {
    const domain = match.groups['domain'] ?? '';
    if (isReservedDomain(domain)) return false;
    return hasRealTld(domain);
  },
});
