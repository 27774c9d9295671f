/**
 * GENERIC_SECRET: a value assigned to a credential-named key - in code (`x = "..."`, `x: "..."`,
 * `"x": "..."`, `x := "..."`, `x => '...'`, `new Credential("...")`), env / INI / TOML / YAML files
 * (`X=...`, `x: ...`), URL query strings (`?client_secret=...`), command lines (`--password ...`,
 * `-Dx.password=...`), XML (`<password>...</password>`) and labels (`Client Secret: ...`) - and a
 * whole value under a credential-named column or JSON key. The value must not be a placeholder,
 * a variable, a path or a sentence. Only the value is the span.
 */
import { CREDENTIAL_HINT, credentialKeyKind, isPlaceholder, mayHoldCredentialWord, type CredentialKeyKind } from '../src/recognizer/credential-keys.js';
import { defineRecognizer } from '../src/recognizer/define.js';
import { looksLikeIdentifier, looksRandom, shannonEntropy } from '../src/recognizer/entropy.js';
import type { AnalyzeContext, RecognizerResult } from '../src/types.js';

/** Shortest value reported: shorter ones are mostly fixtures (`pwd`, `foo`, `1234`). */
const MIN_VALUE = 6;
/** Shortest password: people choose short ones, and placeholders are filtered by word. */
const MIN_PASSWORD = 4;
const MAX_VALUE = 512;
/** Longest base64 / hex blob value (a DER private key or certificate on one line). */
const MAX_BLOB = 16 * 1024;
/** Longest key name considered (longer identifier runs are data, not keys). */
const MAX_KEY = 100;

const CREDENTIAL_WORD = new RegExp(CREDENTIAL_HINT.source, 'gi');
const ANY_HINT = new RegExp(`identified|${CREDENTIAL_HINT.source}`, 'i');
const KEY_CHAR = /[A-Za-z0-9_.$-]/;
const QUOTES = '"\'`';
// Assignment and comparison operators, longest first.
const OPERATOR = /(?:===|!==|==|!=|:=|=>|->|=|:)/y;
const CALL_PREFIX = /(?:new[ \t]+)?(?:\[\])?[A-Za-z_$][\w$.:]{0,60}\([ \t]*/y;
const UNQUOTED_END = /[\s,;(){}[\]"'`<>&|\\]/;

/**
 * How the value was written: quoted literal, bare word after an operator, after a space only, or
 * an object literal (`{...}`, whose members are looked at instead).
 */
type Form = 'quoted' | 'unquoted' | 'spaced' | 'object';

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly form: Form;
  /** For a bare value: whether it ends its statement (nothing but punctuation or a comment follows). */
  readonly ends?: boolean;
  /** A bare run longer than any value: keys inside it are not looked at again (keeps the scan linear). */
  readonly overlong?: boolean;
}

export const genericSecret = defineRecognizer({
  meta: {
    id: 'generic-secret',
    entities: ['GENERIC_SECRET'],
    recommended: true,
    category: 'secret',
    description: 'Values assigned to credential-named keys (password, secret, token, api_key ...) and values of credential-named fields',
  },
  create: () => ({
    requires: { minLength: MIN_PASSWORD },
    analyze(value, ctx, profile) {
      const out: RecognizerResult[] = [];
      const whole = wholeValue(value, ctx);
      if (whole) out.push(whole);
      // One scan decides for most values: no credential word (oauth `code=` comes with `auth`) and no
      // SQL `IDENTIFIED BY`. The scan shared with `http-auth` says no for nearly all of them.
      if (!mayHoldCredentialWord(value, profile) || !ANY_HINT.test(value)) return out;
      out.push(...sqlPasswords(value), ...oauthCodes(value));
      if (!CREDENTIAL_HINT.test(value)) return out;
      const regex = new RegExp(CREDENTIAL_WORD.source, 'gi');
      let m: RegExpExecArray | null;
      while ((m = regex.exec(value)) !== null) {
        let keyStart = m.index;
        while (keyStart > 0 && m.index - keyStart < MAX_KEY && KEY_CHAR.test(value[keyStart - 1]!)) keyStart--;
        let keyEnd = m.index + m[0].length;
        while (keyEnd < value.length && keyEnd - m.index < MAX_KEY && KEY_CHAR.test(value[keyEnd]!)) keyEnd++;
        regex.lastIndex = keyEnd;
        // A key cut at the length limit is the middle of a longer run, not a key.
        if ((keyStart > 0 && KEY_CHAR.test(value[keyStart - 1]!)) || (keyEnd < value.length && KEY_CHAR.test(value[keyEnd]!))) continue;
        const key = value.slice(keyStart, keyEnd);
        const kind = credentialKeyKind(key);
        if (kind === undefined) continue;
        const otpKey = /otp|mfa/i.test(key);
        for (const found of valuesAfterKey(value, keyStart, keyEnd, key.startsWith('-'))) {
          const text = value.slice(found.start, found.end);
          // A credential map or a JSON document in a string (`"credentials": {"bob": "..."}`,
          // `"Apitoken": "{\"k\": \"...\"}"`): its random-looking member values are the secrets.
          const members = /^\\?\{/.test(text) || found.form === 'object' ? randomMemberValues(value, found.start, found.end) : [];
          if (members.length > 0) {
            for (const member of members) out.push({ entity: 'GENERIC_SECRET', ...member, score: 0.85, contextApplied: true });
            regex.lastIndex = Math.max(regex.lastIndex, found.end);
            continue;
          }
          if (found.overlong) regex.lastIndex = Math.max(regex.lastIndex, found.end);
          if (found.form === 'object' || found.overlong) continue;
          const score = scoreValue(text, found.form, found.ends ?? true, kind, otpKey);
          if (score > 0) {
            out.push({ entity: 'GENERIC_SECRET', start: found.start, end: found.end, score, contextApplied: true });
            regex.lastIndex = Math.max(regex.lastIndex, found.end);
          }
        }
      }
      return out;
    },
  }),
});

/** The whole value, when the field it came from is credential-named (`password`, `api_key` columns). */
function wholeValue(value: string, ctx: AnalyzeContext): RecognizerResult | undefined {
  const field = ctx.field ?? '';
  const kind = field === '' ? undefined : fieldKind(field);
  if (kind === undefined) return undefined;
  const start = value.search(/\S/);
  if (start < 0) return undefined;
  const end = value.trimEnd().length;
  const text = value.slice(start, end);
  if (/\s/.test(text)) return undefined;
  const score = scoreValue(text, 'quoted', true, kind, /otp|mfa/i.test(field));
  return score > 0 ? { entity: 'GENERIC_SECRET', start, end, score: Math.max(score, 0.8), contextApplied: true } : undefined;
}

const FIELD_KIND_LIMIT = 4096;
const NOT_CREDENTIAL = 'none';
const FIELD_KINDS = new Map<string, Exclude<CredentialKeyKind, undefined> | typeof NOT_CREDENTIAL>();

/** The credential kind of a field path; every value of a column or JSON key shares it, so it is computed once. */
function fieldKind(field: string): CredentialKeyKind {
  const cached = FIELD_KINDS.get(field);
  if (cached !== undefined) return cached === NOT_CREDENTIAL ? undefined : cached;
  const kind = credentialKeyKind(lastPathSegment(field));
  if (FIELD_KINDS.size >= FIELD_KIND_LIMIT) FIELD_KINDS.clear();
  FIELD_KINDS.set(field, kind ?? NOT_CREDENTIAL);
  return kind;
}

/** `users[0].auth.password` -> `password`: only the innermost key names the value. */
function lastPathSegment(field: string): string {
  const parts = field.split(/[.[\]/*]+/).filter((p) => p.length > 0);
  return parts[parts.length - 1] ?? field;
}

/** The values assigned to the key at [keyStart, keyEnd): one, or each quoted item of a list (`"tokens": ["a", "b"]`). */
function valuesAfterKey(value: string, keyStart: number, keyEnd: number, isFlag: boolean): Candidate[] {
  const single = valueAfterKey(value, keyStart, keyEnd, isFlag);
  if (single) return [single];
  LIST_START.lastIndex = keyEnd;
  const list = LIST_START.exec(value);
  if (!list) return [];
  const items: Candidate[] = [];
  let i = LIST_START.lastIndex;
  while (items.length < 64) {
    const quoteLength = isQuoteAt(value, i);
    if (quoteLength === 0) break;
    const start = i + quoteLength;
    const close = findClosingQuote(value, start, value.slice(i, start));
    if (close <= start) break;
    items.push({ start, end: close, form: 'quoted' });
    i = skipBlanks(value, close + quoteLength);
    if (value[i] !== ',') break;
    i = skipBlanks(value, i + 1);
  }
  return items;
}

// `"key": [` / `key = [` / `key: [`: the opening of a list of values.
const LIST_START = /(?:\\?["'`])?[ \t]*(?:=|:|=>)[ \t]*\[[ \t]*/y;

/** Finds the value assigned to the key at [keyStart, keyEnd), or undefined. */
function valueAfterKey(value: string, keyStart: number, keyEnd: number, isFlag: boolean): Candidate | undefined {
  let i = keyEnd;
  const before = value[keyStart - 1] ?? '';
  // XML element: <password>value</password>
  if (before === '<' && value[i] === '>') {
    const close = value.indexOf('<', i + 1);
    return close > i + 1 && close - i <= MAX_VALUE ? { start: i + 1, end: close, form: 'quoted' } : undefined;
  }
  // Closing quote of a quoted key (also JSON-in-a-string `\"key\"`), or `]` of `params[:password]`.
  const quotedKey = QUOTES.includes(before) && before !== '' && value[i] === before;
  if (value[i] === '\\' && QUOTES.includes(value[i + 1] ?? '\0')) i += 2;
  else if (QUOTES.includes(value[i] ?? '\0') || value[i] === ']') i++;
  i = skipBlanks(value, i);
  // A lookup with a default: getenv("JWT_SECRET", "<default>"), ENV.fetch('API_KEY', '...').
  if (quotedKey && value[i] === ',' && LOOKUP_CALL.test(value.slice(Math.max(0, keyStart - 41), keyStart - 1))) {
    const at = skipBlanks(value, i + 1);
    const quoteLength = isQuoteAt(value, at);
    if (quoteLength === 0) return undefined;
    const close = findClosingQuote(value, at + quoteLength, value.slice(at, at + quoteLength));
    return close > at + quoteLength ? { start: at + quoteLength, end: close, form: 'quoted' } : undefined;
  }
  OPERATOR.lastIndex = i;
  const op = OPERATOR.exec(value);
  let spaced = false;
  if (op) {
    i = skipBlanks(value, OPERATOR.lastIndex);
    CALL_PREFIX.lastIndex = i;
    // `password = new StringCredentialValue("...")`: a call whose name says it wraps a credential.
    const call = isQuoteAt(value, i) === 0 ? CALL_PREFIX.exec(value) : null;
    if (call && CREDENTIAL_HINT.test(call[0]) && isQuoteAt(value, CALL_PREFIX.lastIndex) > 0) i = CALL_PREFIX.lastIndex;
  } else if (value[i] === '(') {
    // A credential-named call: SetAuthToken("..."), new StringCredentialValue("...")
    i = skipBlanks(value, i + 1);
    if (isQuoteAt(value, i) === 0) return undefined;
  } else {
    // Space-separated: `--password x`, `ConvertTo-SecureString 'x'`, `auth token 9f86d0...`.
    if (i === keyEnd || (i < value.length && value[i] === '\n')) return undefined;
    spaced = true;
  }
  const quoteLength = isQuoteAt(value, i);
  if (quoteLength > 0) {
    const quote = value.slice(i, i + quoteLength);
    const start = i + quoteLength;
    const close = findClosingQuote(value, start, quote);
    if (close < 0 || close === start) return undefined;
    return { start, end: close, form: 'quoted' };
  }
  if (op && value[i] === '{') {
    const close = value.indexOf('}', i);
    return close > i && close - i <= MAX_VALUE ? { start: i, end: close + 1, form: 'object' } : undefined;
  }
  const start = i;
  while (i < value.length && i - start <= MAX_VALUE && !UNQUOTED_END.test(value[i]!)) i++;
  // A key or certificate on one line: a long base64 / hex run continues past MAX_VALUE.
  if (i - start > MAX_VALUE) {
    if (!BASE64_PREFIX.test(value.slice(start, i))) return { start, end: i, form: 'unquoted', overlong: true };
    BASE64_RUN.lastIndex = i;
    if (BASE64_RUN.exec(value)) i = BASE64_RUN.lastIndex;
    if (i - start > MAX_BLOB || (i < value.length && !UNQUOTED_END.test(value[i]!))) return { start, end: i, form: 'unquoted', overlong: true };
  }
  if (i === start) return undefined;
  // Followed by `(`, `[`, `{`, `\` or a quoted argument: an expression or a command, not a literal.
  if (/^(?:[([{\\]|[ \t]+["'(])/.test(value.slice(i, i + 3))) return undefined;
  let end = i;
  while (end - start > MIN_VALUE && /[.:,]/.test(value[end - 1]!)) end--;
  // A bare word must end its statement (end of line, `,`, `;`, `&`, a closing bracket, a comment or
  // a line continuation); more words after it make it prose (`credentials: forbidden for <user>`).
  const after = skipBlanks(value, i);
  const ends = after >= value.length || /^(?:[\r\n,;&)}\]#|"'`]|\/\/|\\(?:$|[\r\n])|<\/)/.test(value.slice(after, after + 2))
    || (after > i && NEXT_ASSIGNMENT.test(value.slice(after, after + 80)));
  return { start, end, form: spaced && !isFlag ? 'spaced' : 'unquoted', ends };
}

// The start of a long unquoted blob, and the rest of it.
const BASE64_PREFIX = /^[A-Za-z0-9+/_-]+$/;
const BASE64_RUN = new RegExp(`[A-Za-z0-9+/_-]{0,${MAX_BLOB}}={0,2}`, 'y');
// A lookup whose second argument is the default value, just before a quoted key.
const LOOKUP_CALL = /(?:getenv|getEnv|get_env|environ\.get|env|get|fetch|getOrDefault|GetEnvironmentVariable)\([ \t]*$/;

// Another `NAME=value` after a space: env lists such as `A=x B=y`.
const NEXT_ASSIGNMENT = /^-{0,2}[A-Za-z_][\w.-]*=/;

function skipBlanks(value: string, i: number): number {
  while (i < value.length && (value[i] === ' ' || value[i] === '\t')) i++;
  return i;
}

/** Length of the opening quote at `i` (`"` -> 1, `\"` -> 2), or 0. */
function isQuoteAt(value: string, i: number): number {
  const c = value[i] ?? '';
  if (QUOTES.includes(c) && c !== '') return 1;
  if (c === '\\' && QUOTES.includes(value[i + 1] ?? '\0')) return 2;
  return 0;
}

function findClosingQuote(value: string, start: number, quote: string): number {
  const limit = Math.min(value.length, start + MAX_VALUE + 1);
  for (let i = start; i < limit; i++) {
    const c = value[i]!;
    if (c === '\n') return -1;
    if (quote.length === 2) {
      if (c === '\\' && value[i + 1] === quote[1]) return i;
    } else if (c === '\\') {
      i++;
    } else if (c === quote) {
      return i;
    }
  }
  return -1;
}

// Quoted members of an object or of a JSON document inside a string, and whether a `:` follows (a key).
const MEMBER = /\\?["']([^"'\\\n]{0,512})\\?["'](\s*:)?/g;
// Member keys whose values are identifiers or addresses, not secrets.
const PUBLIC_MEMBER = /(?:^|[^a-z])(?:id|name|user|username|login|email|type|url|uri|host|region|domain|endpoint|issuer|audience|scope)$/i;

/** Random-looking string values of the object (or JSON-in-a-string) at [start, end). */
function randomMemberValues(value: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const body = value.slice(start, end);
  let lastKey = '';
  for (const m of body.matchAll(MEMBER)) {
    const text = m[1]!;
    if (m[2] !== undefined) {
      lastKey = text;
      continue;
    }
    if (!PUBLIC_MEMBER.test(lastKey) && looksRandom(text, 16) && !isPlaceholder(text)) {
      const at = start + m.index + m[0].indexOf(text);
      out.push({ start: at, end: at + text.length });
    }
    lastKey = '';
  }
  return out;
}

// SQL `CREATE USER u IDENTIFIED BY secret` / `ALTER USER ... IDENTIFIED BY "secret"` (Oracle, MySQL).
// `IDENTIFIED BY PASSWORD '*hash'` holds a hash and is skipped.
const SQL_IDENTIFIED_BY = /(?<![A-Za-z0-9_])IDENTIFIED[ \t]+BY[ \t]+(?!PASSWORD[ \t]+['"])(?<quote>["'`]?)(?<value>[^\s"'`;,)]{1,128})\k<quote>(?![^\s;,)])/gi;

const SQL_USER_STATEMENT = /(?<![A-Za-z0-9_])(?:CREATE|ALTER)[ \t]+(?:USER|ROLE|LOGIN)(?![A-Za-z0-9_])/i;

/** Passwords in SQL user statements. */
function sqlPasswords(value: string): RecognizerResult[] {
  // Only in a user statement: prose says "the header identified by `name`".
  if (!/identified/i.test(value) || !SQL_USER_STATEMENT.test(value)) return [];
  const out: RecognizerResult[] = [];
  for (const m of value.matchAll(SQL_IDENTIFIED_BY)) {
    const text = m.groups!.value!;
    const start = m.index + m[0].length - text.length - m.groups!.quote!.length;
    const score = scoreValue(text, m.groups!.quote ? 'quoted' : 'unquoted', true, 'password', false);
    if (score > 0) out.push({ entity: 'GENERIC_SECRET', start, end: start + text.length, score, contextApplied: true });
  }
  return out;
}

// An OAuth 2.0 token request (`grant_type=authorization_code`) carries the one-time authorization
// code, which an attacker can redeem for a token while it is fresh.
const OAUTH_CODE = /(?<![A-Za-z0-9_.-])code=(?<value>[A-Za-z0-9._~%-]{8,512})(?![A-Za-z0-9._~%-])/g;

/** Authorization codes in token-request URLs and bodies. */
function oauthCodes(value: string): RecognizerResult[] {
  if (!value.includes('grant_type=authorization_code')) return [];
  const out: RecognizerResult[] = [];
  for (const m of value.matchAll(OAUTH_CODE)) {
    const text = m.groups!.value!;
    if (isPlaceholder(text) || /\$\{?[A-Za-z_]|^\{/.test(text)) continue;
    const start = m.index + 'code='.length;
    out.push({ entity: 'GENERIC_SECRET', start, end: start + text.length, score: 0.8, contextApplied: true });
  }
  return out;
}

/** Seeds of one-time-password generators: base32, often upper case letters only. */
const BASE32_SEED = /^[A-Z2-7]{16,128}={0,6}$/;

/** 0 when `text` is not a plausible secret, else the score. */
function scoreValue(text: string, form: Form, ends: boolean, kind: CredentialKeyKind, otpKey: boolean): number {
  const blob = text.length > MAX_VALUE && BASE64_PREFIX.test(text.replace(/=+$/, ''));
  if (text.length < (kind === 'password' ? MIN_PASSWORD : MIN_VALUE) || (text.length > MAX_VALUE && !blob)) return 0;
  // No spaces and no letters of other scripts: sentences, labels and translations are not secrets.
  if (/[\s\p{C}]|(?![A-Za-z])\p{L}/u.test(text)) return 0;
  if (isPlaceholder(text)) return 0;
  // Short numbers (ports, counts, one-time codes), versions, OIDs and IP addresses.
  if (/^\d{1,9}$/.test(text) || /^\d+(?:\.\d+)+$/.test(text)) return 0;
  // Capitalized words (`Passwort`, `Nothing`) and DOMAIN\user names.
  if (/^[A-Z][a-z]{2,}$/.test(text) || /^[\w.-]+\\[\w.-]+$/.test(text)) return 0;
  // Interpolated strings (`"prefix-$key"`, `"${a}b"`) are built from variables at run time.
  if (/\$[A-Za-z_{]|\\0/.test(text)) return 0;
  // One-way password hashes (bcrypt, sha-crypt, argon2, scrypt, MySQL `*<sha1>`) cannot be reversed into the secret.
  if (/^\$(?:2[abxy]?|1|5|6|y|argon2i?d?|scrypt|pbkdf2[-\w]*)\$/.test(text) || /^\*[0-9A-F]{40}$/i.test(text)) return 0;
  if (/:\/\/|^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|txt|env|der|pub|asc|gpg|nk|creds|properties|conf|cfg|ini|xml)$/i.test(text)) return 0;
  // Variables and constants that only name a secret: SECRET_KEY, self.password, fakeAPIKey.
  if (/^[A-Za-z_$][A-Za-z0-9_$.]*$/.test(text) && CREDENTIAL_HINT.test(text) && /[_.$]|[a-z][A-Z]|^[A-Z][a-z]+[A-Z]/.test(text)) return 0;
  if (form !== 'quoted') {
    // Bare identifiers, constants and member accesses are code: fakeAPIKey, _EMPTY_, JWT.JWKSet, mfa_code.to_s.
    if (looksLikeIdentifier(text) || /^_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]*)*$/.test(text) && /_/.test(text) || /^[:$@?]/.test(text)) return 0;
    if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(text) && !/\d/.test(text)) return 0;
    if (/[?{}()[\]<>\\*]/.test(text) || /^0x[0-9a-f]{1,8}$/i.test(text)) return 0;
  }
  const entropy = shannonEntropy(text);
  if (entropy < 1 || (text.length >= 20 && entropy < 2.5)) return 0;
  const random = looksRandom(text, 16);
  // Vague key names (`key`, `nonce`, `session`) need a value that is clearly generated.
  if (kind === 'weak' && !looksRandom(text, 12) && !(otpKey && BASE32_SEED.test(text) && entropy >= 3.5)) return 0;
  // A bare value followed by more words is prose, unless it mixes letters and digits like a password.
  if (form !== 'quoted' && !ends && !random && !/[A-Za-z]\d|\d[A-Za-z]/.test(text)) return 0;
  if (form === 'spaced') return random ? 0.75 : 0;
  if (random) return 0.9;
  return form === 'quoted' ? 0.8 : 0.7;
}
