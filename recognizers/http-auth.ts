/**
 * HTTP_AUTH: the credential of an HTTP `Authorization` value - `Basic <base64>`, `Bearer <token>`,
 * or `token <value>` after an Authorization header name. Only the value is the span, never the
 * scheme word.
 */
import { isPlaceholder, mayHoldCredentialWord } from '../src/recognizer/credential-keys.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { charClasses, looksLikeIdentifier, looksRandom } from '../src/recognizer/entropy.js';

const VALUE = '(?<value>[A-Za-z0-9+/_.~-]{6,4096}={0,3})(?![A-Za-z0-9+/_.~=-])';
// `Basic dXNlcjpwYXNz`, `Bearer eyJ...`, anywhere (headers, curl -H, code comparing a header value).
const SCHEME = new RegExp(`(?<![A-Za-z0-9_-])(?<scheme>Basic|Bearer)[ \\t]{1,4}${VALUE}`, 'i');
// `Authorization: token abc...` (GitHub style), `Authorization => ApiKey ...`: any scheme word after the header.
const SCHEME_WORD = /basic|bearer|authorization/i;
const HEADER_SCHEME = new RegExp(`(?<![A-Za-z0-9_-])Authorization["'\`]?\\s{0,4}(?:[:=,]|=>)\\s{0,4}["'\`]?(?<scheme>token|apikey|api-key|key|sso-key|Digest|Negotiate|NTLM)[ \\t]{1,4}${VALUE}`, 'i');

export const httpAuth = definePatternRecognizer({
  id: 'http-auth',
  entity: 'HTTP_AUTH',
  category: 'secret',
  recommended: true,
  description: 'HTTP Authorization credentials (Basic / Bearer / token values)',
  patterns: [
    { name: 'scheme', regex: SCHEME, score: 0.8, group: 'value' },
    { name: 'header-scheme', regex: HEADER_SCHEME, score: 0.8, group: 'value' },
  ],
  context: ['authorization', 'auth', 'header', 'headers'],
  // The scheme and the value are separated by spaces or tabs.
  requires: { minLength: 12, anyOf: ' ' },
  // The patterns' own words and flags, no lower-cased copy of the value; first the scan for
  // credential words `generic-secret` shares, which rules out nearly every value.
  trigger: (value, profile) => mayHoldCredentialWord(value, profile) && SCHEME_WORD.test(value),
  validate: (text) => {
    if (isPlaceholder(text) || /^(?:x+|<.*>)$/i.test(text)) return false;
    // Prose ("Basic authentication", "Bearer token"): a word, not a credential.
    const classes = charClasses(text);
    if (classes.count === 1 && classes.lower && !looksRandom(text, 16)) return false;
    if (/^[A-Z]?[a-z]+(?:[._-][a-z]+)*$/.test(text) || looksLikeIdentifier(text)) return false;
    return looksRandom(text, 12) ? 0.9 : undefined;
  },
});
