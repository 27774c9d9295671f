/**
 * Credential-named keys and placeholder values: what makes `db_password = "..."` a secret and
 * `password = "changeme"` not. Shared by every recognizer that reads key / value pairs.
 */
import { looksRandom } from './entropy.js';
import { groupedAlternation } from './regex.js';
import { NON_ASCII, type ValueProfile } from './triggers.js';

/** Words that name a credential when they end a key name (`db_password`, `clientSecret`). */
const TERMINAL_WORDS = new Set([
  'password', 'passwords', 'passwd', 'pwd', 'pw', 'pass', 'passphrase', 'passcode', 'pword', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'apikeys', 'apitoken',
  'credential', 'credentials', 'creds', 'auth', 'privatekey', 'secretkey', 'accesskey', 'authkey', 'clientsecret',
]);

/** Words that make a following `key` a credential (`api key`, `privateKey`, `OVH_APPLICATION_KEY`). */
const KEY_QUALIFIERS = new Set([
  'api', 'secret', 'private', 'access', 'auth', 'encryption', 'encrypt', 'decryption', 'signing', 'sign', 'master', 'account',
  'app', 'application', 'client', 'consumer', 'generated', 'shared', 'hmac', 'session', 'storage', 'jwt', 'crypto', 'cipher',
  'aes', 'ssh', 'license', 'admin', 'service', 'subscription', 'webhook', 'rsa', 'otp', 'totp', 'mfa', 'developer', 'server',
  'partner', 'merchant', 'integration', 'sendgrid', 'stripe', 'mailgun', 'twilio',
]);

/**
 * Harmless words after a credential word that keep the key a credential (`password_value`,
 * `secretB64`, and the second field of a form: `passwordRepeat`, `password_confirmation`).
 */
const VALUE_SUFFIXES = new Set([
  'value', 'str', 'string', 'b64', 'base64', 'hex', 'raw', 'plain', 'plaintext', 'bytes', 'literal',
  'repeat', 'repeated', 'confirm', 'confirmation', 'again', 'retype', 'verify',
]);

/** Words that make a whole key public (`publicKeyToken`, `pub_key`, `public_api_key`): never a secret. */
const PUBLIC_WORDS = new Set(['public', 'pub', 'publishable']);

/**
 * Splits an identifier or label into lower-case words: `clientSecret` -> client secret,
 * `AWS_SECRET_ACCESS_KEY` -> aws secret access key, `--db-password` -> db password.
 */
export function keyWords(key: string): string[] {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return spaced.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/**
 * True when a key name (variable, JSON key, env var, CLI flag, column name) names a credential:
 * its last word is a credential word (`password`, `token`, `secret`), or `key` qualified by one
 * (`api_key`, `privateKey`). Keys that only mention one (`password_hint`, `token_type`,
 * `secret_name`) are not credentials.
 *
 * @example isCredentialKey('DB_PASSWORD') // true
 * @example isCredentialKey('token_type')  // false
 */
export function isCredentialKey(key: string): boolean {
  const words = keyWords(key);
  let end = words.length;
  while (end > 1 && VALUE_SUFFIXES.has(words[end - 1]!) && !(words[end - 1] === 'string' && words[end - 2] === 'secure')) end--;
  const last = words[end - 1];
  if (last === undefined) return false;
  // .NET `PublicKeyToken`, Stripe `publishable_key`: identifiers that are published on purpose.
  if (words.slice(0, end - 1).some((w) => PUBLIC_WORDS.has(w))) return false;
  if (TERMINAL_WORDS.has(last)) return true;
  // PowerShell's `ConvertTo-SecureString 'plain text'`, `-AsSecureString`.
  if (last === 'string' && words[end - 2] === 'secure') return true;
  if (last === 'key' || last === 'keys') {
    const before = words[end - 2];
    return before !== undefined && KEY_QUALIFIERS.has(before);
  }
  return false;
}

/** True when `text` contains a credential word anywhere (cheap pre-check before tokenizing). */
export const CREDENTIAL_HINT = /pass|pwd|pw\b|secret|token|key|auth|cred|securestring|nonce|salt|seed|sid\b|session|cookie|otp\b|mfa\b/i;

// Every word the secret recognizers look for first: a credential word, SQL's `IDENTIFIED BY` and
// the HTTP schemes `Basic` and `Bearer` (`Authorization` holds `auth`). Same flags as their own tests.
const ANY_CREDENTIAL_WORDS = `identified|basic|bearer|${CREDENTIAL_HINT.source}`.split('|');
const ANY_CREDENTIAL_WORD_SOURCE = groupedAlternation(ANY_CREDENTIAL_WORDS);
// ASCII letters in the shortest of them (`pw`). Without the `u` flag, case folding never maps a
// non-ASCII character to an ASCII one, so a value with fewer ASCII letters holds none of them:
// numbers, phones, amounts and ids are answered from their profile, without a scan.
const MIN_WORD_LETTERS = Math.min(...ANY_CREDENTIAL_WORDS.map((w) => w.replace(/\\b/g, '').length));
const ANY_CREDENTIAL_WORD = new RegExp(ANY_CREDENTIAL_WORD_SOURCE, 'i');
// The same without case folding, for a value with no upper-case and no non-ASCII letter: there
// the `i` flag (which folds ASCII letters only to each other) changes nothing, and costs a sixth more.
const ANY_LOWER_CREDENTIAL_WORD = new RegExp(ANY_CREDENTIAL_WORD_SOURCE);
let lastValue: string | undefined;
let lastHolds = false;

/**
 * False when the value holds none of the words `generic-secret` and `http-auth` start from
 * (`CREDENTIAL_HINT`, `identified`, `basic`, `bearer`, `authorization`), so neither need scan it
 * for its own. Both run on nearly every value and hardly any holds one: the one scan of the last
 * value is remembered (each thread analyzes one value at a time). The value's profile, when
 * given, must be its own: it answers for values with too few letters, and picks the cheaper scan
 * for lower-case text.
 */
export function mayHoldCredentialWord(value: string, profile?: ValueProfile): boolean {
  if (value !== lastValue) {
    lastValue = value;
    if (profile !== undefined && profile.letters < MIN_WORD_LETTERS) {
      lastHolds = false;
    } else {
      const lower = profile !== undefined && profile.upper === 0 && (profile.markers & NON_ASCII) === 0;
      lastHolds = (lower ? ANY_LOWER_CREDENTIAL_WORD : ANY_CREDENTIAL_WORD).test(value);
    }
  }
  return lastHolds;
}

/** Key names too vague on their own (`key`, `nonce`, `session`): their value must also look random. */
/** Words before `key` that make it something other than a credential (`public_key`, `encrypted_key`, `sort_key`). */
const NOT_SECRET_QUALIFIERS = new Set([
  'public', 'pub', 'encrypted', 'hashed', 'foreign', 'primary', 'sort', 'partition', 'cache', 'map', 'dict', 'object',
  'idempotency', 'routing', 'lookup', 'index', 'unique', 'context', 'translation', 'i18n', 'config', 'env', 'registry',
]);

// `otp` / `totp` / `mfa` hold either a one-time code (short digits, rejected as a number) or the seed.
const WEAK_WORDS = new Set(['key', 'keys', 'nonce', 'salt', 'seed', 'sid', 'sessionid', 'session', 'cookie', 'otp', 'totp', 'hotp', 'mfa']);

/** Words of a password-like key, whose values may be short human-chosen strings. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pw', 'pass', 'passphrase', 'passcode', 'pword']);

/** How strongly a key name says its value is a credential. */
export type CredentialKeyKind = 'password' | 'credential' | 'weak' | undefined;

/** Distinct key names remembered; the cache is emptied when full so memory stays bounded. */
const KIND_CACHE_LIMIT = 4096;
const NOT_CREDENTIAL = 'none';
const KIND_CACHE = new Map<string, Exclude<CredentialKeyKind, undefined> | typeof NOT_CREDENTIAL>();

/**
 * Classifies a key name: `password` for password-like keys (`db_pass`, `PASSWORD`), `credential`
 * for other credential names (`api_key`, `clientSecret`), `weak` for vague ones (`key`, `nonce`,
 * `session`) whose values must look random, undefined otherwise.
 */
export function credentialKeyKind(key: string): CredentialKeyKind {
  // Keys repeat (column names, JSON paths, the same variable names in every record): classify each once.
  const cached = KIND_CACHE.get(key);
  if (cached !== undefined) return cached === NOT_CREDENTIAL ? undefined : cached;
  const kind = classifyKey(key);
  if (KIND_CACHE.size >= KIND_CACHE_LIMIT) KIND_CACHE.clear();
  KIND_CACHE.set(key, kind ?? NOT_CREDENTIAL);
  return kind;
}

function classifyKey(key: string): CredentialKeyKind {
  if (isCredentialKey(key)) {
    const words = keyWords(key).filter((w) => !VALUE_SUFFIXES.has(w));
    return PASSWORD_WORDS.has(words[words.length - 1] ?? '') ? 'password' : 'credential';
  }
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last === undefined || !WEAK_WORDS.has(last) || words.some((w) => PUBLIC_WORDS.has(w))) return undefined;
  return NOT_SECRET_QUALIFIERS.has(words[words.length - 2] ?? '') ? undefined : 'weak';
}

// Values that stand in for a secret in docs, templates and tests.
const PLACEHOLDER_WORDS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'secret', 'token', 'key', 'apikey', 'api_key', 'auth', 'credential', 'credentials',
  'changeme', 'change_me', 'changeit', 'default', 'example', 'sample', 'dummy', 'fake', 'test', 'testing', 'tests', 'demo',
  'placeholder', 'redacted', 'removed', 'hidden', 'masked', 'secure', 'required', 'optional', 'none', 'null', 'nil', 'undefined',
  'true', 'false', 'yes', 'no', 'on', 'off', 'empty', 'blank', 'string', 'str', 'value', 'text', 'admin', 'administrator', 'root',
  'user', 'username', 'guest', 'login', 'qwerty', 'letmein', 'welcome', 'hunter2', 'foo', 'bar', 'baz', 'foobar', 'abc', 'abcdef',
  'abc123', 'xyz', 'secret123', 'mysecret', 'mypassword', 'mytoken', 'yourpassword', 'yoursecret', 'yourtoken', 'notasecret',
  'wrong', 'invalid', 'incorrect', 'bad', 'good', 'correct', 'valid', 'new', 'old', 'current', 'unset', 'env', 'environment',
  'bearer', 'basic', 'digest', 'oauth', 'oauth2', 'jwt', 'session', 'cookie', 'header', 'body', 'query', 'form', 'json', 'base64',
  'sha256', 'sha512', 'md5', 'bcrypt', 'argon2', 'hmac', 'random', 'generated', 'auto', 'automatic', 'manual', 'unknown', 'todo',
  'tbd', 'fixme', 'na', 'n/a', 'secretkey', 'privatekey', 'accesskey', 'authtoken', 'accesstoken', 'refreshtoken', 'apitoken',
  'clientsecret', 'userpassword', 'dbpassword', 'postgres', 'mysql', 'redis', 'sa', 'pa55word', 'passw0rd', 'p@ssw0rd', 'p@ssword',
  'include', 'omit', 'same-origin', 'pw', 'asdf', 'asdfasdf', 'hello', 'world', 'client', 'server', 'refresh', 'private',
  'public', 'local', 'localhost',
]);

// Words that only documentation and fixtures put inside a value (unless it is clearly random).
const DOC_WORD = /password|passwd|secret|token|apikey|api_key|credential|access|refresh|sample|fake|test|qwerty|hunter2|letmein/i;
// Words no generated secret contains.
const ALWAYS_DOC_WORD = /example|placeholder|changeme|notreal|dummy|redacted/i;

/**
 * True when a value is a placeholder rather than a secret: template variables (`${VAR}`, `{{x}}`,
 * `<token>`, `%s`, `$ENV`), masks (`****`, `xxxx`), documentation values (`your_api_key_here`,
 * `changeme`, `password`), booleans and nulls, and common test passwords (`admin123`, `test1`).
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  const lower = v.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  // Template syntax of shells, CI systems, Jinja / Handlebars, printf, Python, Ruby and JS.
  if (/\$\{|\{\{|\{%|%\(|#\{|\$\(|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^%[sdv]$|^<[^<>]*>$|^\[[^[\]]*\]$|^\{[A-Za-z_][\w.-]*\}$|^@[A-Za-z_][\w.]*@$/.test(v)) return true;
  // Masks and fillers: the same character (or two alternating) all along, also between separators
  // (`00000000-0000-0000-0000-000000000000`), and keyboard sequences.
  if (/^(.)\1*$/.test(v.replace(/[-_.:\s]/g, '')) || /^(?:0?1234567890?|abcdefgh?i?|qwertyu?i?o?p?|asdfgh?j?k?l?)$/i.test(v)) return true;
  if (/^(.)\1+$/.test(v) || /^(..)\1+$/.test(v) || /^[*x#.?-]{3,}$/i.test(v) || /\*{3,}|x{4,}|X{4,}|\.{3}|…/.test(v)) return true;
  // Documentation phrases: your_api_key_here, my-client-secret, example-token, INSERT_KEY. Random
  // strings can contain such letters by chance (`myH1cIgck...`), so they are exempt.
  if (ALWAYS_DOC_WORD.test(v)) return true;
  const random = looksRandom(v, 16);
  if (!random && /(?:^|[^a-z])(?:your|my|some|insert|replace|enter|put|add|fake|dummy|example|sample|placeholder|test|redacted|changeme)(?:[^a-z]|$)/i.test(keyWords(v).length > 1 ? keyWords(v).join(' ') : v)
    && (/[_\s-]/.test(v) || /[a-z][A-Z]/.test(v))) return true;
  if (/^(?:your|my)[a-z]*(?:key|token|secret|password|id)(?:here)?$/i.test(v)) return true;
  if (/(?:_here|-here|here>?)$/i.test(v) && /your|key|token|secret|password/i.test(v)) return true;
  // Sample values that say what they are: secret-access-token, notarealpassword, good-password, test123456.
  if (!random && v.length <= 40 && DOC_WORD.test(v)) return true;
  // Counting and keyboard runs inside short values: 012345abcdef, cba321, qwerty12.
  if (v.length <= 16 && /0123456|123456|654321|abcdef|fedcba|qwerty|asdfgh|cba321/i.test(v)) return true;
  // `user:pass`, `admin:admin`: every part a placeholder.
  if (v.includes(':') && v.split(':').every((part) => part.length === 0 || isPlaceholder(part))) return true;
  // A common word followed by a few digits: admin123, password1, test2024.
  const stem = /^([a-z]+)[!.]?\d{0,4}[!.]?$/i.exec(v)?.[1]?.toLowerCase();
  if (stem !== undefined && PLACEHOLDER_WORDS.has(stem)) return true;
  return false;
}
