/**
 * URL: addresses with a scheme (`https://`, `ftp://`, `wss://`, `git+ssh://`...) and bare domains
 * with a real TLD (`www.acme.com/path`, `acme.io`). Bare names whose TLD doubles as a file
 * extension or a code attribute (`rpc.py`, `user.id`, `self.email`) need `www.`, a path or context.
 * Emails are not URLs; trailing punctuation and unbalanced closing brackets stay outside the span.
 */
import { isAsciiAlnum, isAsciiLetter } from '../src/recognizer/ascii.js';
import { defineRecognizer, type PatternRecognizerOptions } from '../src/recognizer/define.js';
import { parseIPv4, parseIPv6 } from '../src/recognizer/ip.js';
import { numberedGroups } from '../src/recognizer/regex.js';
import { nextRunMatch, runAnchored } from '../src/recognizer/run-anchors.js';
import { hasRealTld, isPublicDomain, isReservedDomain } from '../src/recognizer/tlds.js';
import type { RecognizerResult } from '../src/types.js';

const ENTITY = 'URL';

// A scheme starts at the beginning of a word (so `xhttp://` is not split); the rest runs to
// whitespace or a delimiter and is trimmed in code. Matches are searched from each `://`, back to
// the start of the run of scheme characters before it (see run-anchors.ts).
const SCHEME_URL = runAnchored(
  /(?<![\p{L}\p{N}_+.-])([A-Za-z][A-Za-z0-9+.-]{1,19}):\/\/([^\s<>"`]*)/u,
  (value, from) => value.indexOf('://', from),
  /[A-Za-z0-9+.-]/,
);

// A bare domain starts at the beginning of a run (not after `@`, `.`, `/`, `\`, a letter or a digit:
// so never inside an email, a file path or a longer name) and must not continue into a word or `@`.
// Matches are searched from each dot before a TLD-like label (`x.co`, not `592.32` or `end. Next`),
// back to the start of its run of name characters.
const BARE_DOMAIN = numberedGroups(
  /(?<![\p{L}\p{N}_@./\\+-])(?<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?<tld>[A-Za-z]{2,63}))(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])(?<port>:\d{1,5})?(?<rest>[/?#][^\s<>"`]*)?/u,
  ['host', 'tld', 'port', 'rest'],
);
const BARE_DOMAIN_RUNS = runAnchored(BARE_DOMAIN.regex, nextDotLabel, /[A-Za-z0-9.-]/);

/**
 * Where the next `x.co` at or after `from` starts (an ASCII letter or digit, a dot, two ASCII
 * letters: the last dot of every bare domain), or -1. From the dots, which are few: a regex
 * exec per anchor costs more than the whole search.
 */
function nextDotLabel(value: string, from: number): number {
  for (let dot = value.indexOf('.', from + 1); dot >= 0; dot = value.indexOf('.', dot + 1)) {
    if (isAsciiAlnum(value.charCodeAt(dot - 1)) && isAsciiLetter(value.charCodeAt(dot + 1)) && isAsciiLetter(value.charCodeAt(dot + 2))) return dot - 1;
  }
  return -1;
}

/** A URL with a scheme and a host with a real TLD or an IP literal. */
const SCHEME_SCORE = 0.8;
/** A URL with a scheme and a host without a real TLD (`http://intranet/x`), or a `file:` URL. */
const SCHEME_LOCAL_SCORE = 0.5;
/** `www.` prefix, or a path or port after a real TLD. */
const BARE_STRONG_SCORE = 0.6;
/** A bare name with a common web TLD: `acme.com`, `bbc.co.uk`, `acme.de`. */
const BARE_COMMON_SCORE = 0.5;
/** A bare name whose TLD is also an English word or a newer generic TLD (`home.it`, `user.name`): needs context. */
const BARE_WEAK_SCORE = 0.3;
/** A bare name whose TLD is also a file extension or code attribute (`rpc.py`, `row.id`): needs context. */
const BARE_FILE_SCORE = 0.15;

/** Generic TLDs common in web addresses; every other gTLD is weak on its own. */
const COMMON_GENERIC = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'ai']);
/** Real TLDs that are common file extensions or code attribute names. */
const FILE_LIKE = new Set([
  'py', 'sh', 'md', 'rs', 'pl', 'pm', 'cc', 'ml', 'so', 'mk', 'tf', 'ps', 'cr', 'do', 'gd', 'sv', 'st', 'ms', 'tk', 'am',
  'in', 'ac', 'mo', 'pt', 'id', 'pk', 'fk', 'gt', 'ne', 'ge', 'lt', 're', 'la', 'zip', 'mov', 'app', 'java', 'map', 'pid', 'run', 'cab',
]);
/** Two-letter TLDs that are also English words, so a missing space (`home.it`) looks like a domain. */
const WORD_LIKE = new Set(['it', 'is', 'me', 'no', 'to', 'at', 'be', 'us', 'my', 'as', 'by']);

const CLOSING_PARTNER: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Removes trailing punctuation and closing brackets that have no opening partner inside the URL. */
export function trimUrlEnd(url: string): string {
  // Bracket balance counted once, then updated as characters are trimmed: linear on `)))...`.
  const balance = new Map<string, number>();
  for (const ch of url) if (ch in CLOSING_PARTNER || ch === '(' || ch === '[' || ch === '{') balance.set(ch, (balance.get(ch) ?? 0) + 1);
  let end = url.length;
  while (end > 0) {
    const ch = url[end - 1]!;
    const open = CLOSING_PARTNER[ch];
    if ('.,;:!?\'"*'.includes(ch) || (open !== undefined && (balance.get(open) ?? 0) < (balance.get(ch) ?? 0))) {
      if (open !== undefined) balance.set(ch, balance.get(ch)! - 1);
      end--;
      continue;
    }
    break;
  }
  return url.slice(0, end);
}

const HOST_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.?$/u;

/** The score of a URL with a scheme from its authority part, or 0 when the host is not a host. */
function schemeScore(scheme: string, authority: string, pathLength: number): number {
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    if (close < 0 || parseIPv6(host.slice(1, close)) === 0) return 0;
    return /^(?::\d{0,5})?$/.test(host.slice(close + 1)) ? SCHEME_SCORE : 0;
  }
  const name = host.replace(/:\d{0,5}$/, '');
  if (name === '') return scheme.toLowerCase() === 'file' && pathLength > 1 ? SCHEME_LOCAL_SCORE : 0;
  if (/^[\d.]+$/.test(name)) return parseIPv4(name) ? SCHEME_SCORE : 0;
  if (!HOST_NAME.test(name) || isReservedDomain(name.replace(/\.$/, ''))) return 0;
  return hasRealTld(name.replace(/\.$/, '')) ? SCHEME_SCORE : SCHEME_LOCAL_SCORE;
}

function analyzeSchemeUrls(value: string, out: RecognizerResult[]): void {
  let m: RegExpExecArray | null;
  for (let from = 0; (m = nextRunMatch(SCHEME_URL, value, from)) !== null; from = m.index + m[0].length) {
    const scheme = m[1]!;
    const prefixLength = scheme.length + 3;
    const body = trimUrlEnd(m[2]!);
    const authorityEnd = body.search(/[/?#]/);
    const authority = authorityEnd < 0 ? body : body.slice(0, authorityEnd);
    const score = schemeScore(scheme, authority, body.length - authority.length);
    if (score > 0) out.push({ entity: ENTITY, start: m.index, end: m.index + prefixLength + body.length, score });
  }
}

/** Score of a bare domain from its labels, or 0 when it is not a plausible web address. */
function bareScore(host: string, tld: string, hasPathOrPort: boolean): number {
  const www = /^www\./i.test(host);
  if (!isPublicDomain(host)) return 0;
  // `Mr.Smith`, `ASP.NET`, `end.Next`: a real domain's TLD is written in lower case.
  if (tld !== tld.toLowerCase() && !(www && host === host.toUpperCase())) return 0;
  if (www || hasPathOrPort) return BARE_STRONG_SCORE;
  const t = tld.toLowerCase();
  const labels = host.split('.');
  // `10.am`, `5.in`: numbers with a unit, not a domain.
  if (labels.slice(0, -1).every((l) => /^\d+$/.test(l))) return BARE_FILE_SCORE;
  if (FILE_LIKE.has(t)) return BARE_FILE_SCORE;
  if (WORD_LIKE.has(t)) return labels.length > 2 ? BARE_COMMON_SCORE : BARE_WEAK_SCORE;
  if (COMMON_GENERIC.has(t) || t.length === 2) return BARE_COMMON_SCORE;
  return BARE_WEAK_SCORE;
}

function analyzeBareDomains(value: string, out: RecognizerResult[]): void {
  const group = BARE_DOMAIN.group;
  let m: RegExpExecArray | null;
  for (let from = 0; (m = nextRunMatch(BARE_DOMAIN_RUNS, value, from)) !== null; from = m.index + m[0].length) {
    const host = m[group.host]!;
    const port = m[group.port] ?? '';
    const rest = m[group.rest] === undefined ? '' : trimUrlEnd(m[group.rest]!);
    const end = m.index + host.length + port.length + rest.length;
    // `df.gt(x)`, `os.path.join(`: a method call, not a domain.
    if (value[end] === '(' && port === '' && rest === '') continue;
    const score = bareScore(host, m[group.tld]!, port !== '' || rest !== '');
    if (score > 0) out.push({ entity: ENTITY, start: m.index, end, score });
  }
}

/**
 * URLs with a scheme, and bare domains with a real TLD. Reserved documentation domains
 * (`example.com`, `.test`, `localhost`) and emails are never reported.
 */
export const url = defineRecognizer<PatternRecognizerOptions>({
  meta: {
    id: 'url',
    entities: [ENTITY],
    recommended: true,
    description: 'URLs with a scheme and bare domain names with a real top-level domain',
    context: ['url', 'uri', 'link', 'website', 'web', 'site', 'homepage', 'domain', 'href', 'visit', 'blog', 'webpage'],
  },
  create() {
    return {
      // A scheme starts with a letter; a bare domain's TLD has two.
      requires: { anyOf: '.:', minLetters: 1 },
      analyze(value) {
        const out: RecognizerResult[] = [];
        if (value.includes('://')) analyzeSchemeUrls(value, out);
        analyzeBareDomains(value, out);
        return out;
      },
    };
  },
});
