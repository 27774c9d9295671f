/**
 * PASSWORD: the password of a URL or connection string with credentials (`postgres://user:pass@host`,
 * `nats://svc:secret@%s`) and of `curl --user name:password`. Only the password is the span.
 */
import { isPlaceholder } from '../src/recognizer/credential-keys.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

// scheme://user:password@host. The user part cannot hold `:` or `@`, so the first `:` after `//`
// splits user and password; the password runs to the last `@` before the host (bounded, linear).
const URL_CREDENTIALS = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/(?<user>[^\s:@/?#'"`<>\\]{0,128}):(?<password>[^\s/?#'"`<>\\]{1,256})@(?<host>[^\s/?#'"`<>\\:]{1,253})/;
// curl -u user:password / --user "user:password"
const CURL_USER = /(?<![A-Za-z0-9-])(?:-u|--user)\s{1,5}["']?(?<user>[^\s:"']{1,128}):(?<password>[^\s"']{1,256})["']?(?=\s|$)/;

export const passwordInUrl = definePatternRecognizer({
  id: 'password-in-url',
  entity: 'PASSWORD',
  category: 'secret',
  recommended: true,
  description: 'Passwords in URLs and connection strings (scheme://user:password@host) and curl --user',
  patterns: [
    { name: 'url-credentials', regex: URL_CREDENTIALS, score: 0.8, group: 'password' },
    { name: 'curl-user', regex: CURL_USER, score: 0.7, group: 'password' },
  ],
  context: ['password', 'connection', 'dsn', 'database url'],
  requires: { anyOf: ':' },
  trigger: containsAny('://', '-u', '--user'),
  validate: (text, match) => {
    if (text.length < 3 || isPlaceholder(text) || isPlaceholder(decodeURIComponentSafe(text))) return false;
    // Documentation URLs (user:pass@example.com) teach the syntax; they hold no credential.
    const host = match.groups['host'] ?? '';
    if (/(?:^|\.)example\.(?:com|org|net)$|\.(?:example|invalid|test)$/i.test(host.replace(/^.*@/, ''))) return false;
    // `user:user@`, `x:x@` - the same word twice is a fixture, not a password.
    if (text === match.groups['user'] && text.length < 6) return false;
    return undefined;
  },
});

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
