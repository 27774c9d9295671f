/**
 * IP_ADDRESS: IPv4 (dotted quad, optional /CIDR) and IPv6 (full, compressed, IPv4-mapped, with a
 * %zone and /prefix). Candidates come from cheap regexes; each is parsed, never just matched.
 */
import { defineRecognizer, type PatternRecognizerOptions } from '../src/recognizer/define.js';
import { parseIPv4, parseIPv6 } from '../src/recognizer/ip.js';
import { followsVersionWord } from '../src/recognizer/versions.js';
import type { RecognizerResult } from '../src/types.js';

const ENTITY = 'IP_ADDRESS';

// Not inside a longer dotted number (`1.2.3.4.5`) or a word (`v1.2.3.4`): a match may not start
// after a letter, digit, `_` or `digit.`, nor end before `.digit`, a letter or a digit.
const IPV4 = /(?<![\p{L}\p{N}_]|\d\.)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,3}))?(?![\p{L}\p{N}_]|\.\d)/gu;

// One run of hex digits, colons and dots with two colons among its first groups. It starts only at
// the beginning of such a run, or after a label with a non-hex letter (`IPv6:`, `inet6:`), so a
// long run is scanned once. Parsed in code.
const IPV6 = /(?:(?<![\p{L}\p{N}_.%:])|(?<=[G-Zg-z_][\p{L}\p{N}_]{0,30}:))(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)([0-9A-Fa-f:.]+)(%[\p{L}\p{N}_-]{1,32})?(?:\/(\d{1,3}))?/gu;

/** Loopback, unspecified and broadcast addresses: placeholders in configs and logs that name no one. */
const NON_PERSONAL = new Set(['127.0.0.1', '0.0.0.0', '255.255.255.255', '::1', '::']);

/** Score of a plain dotted quad. */
const IPV4_SCORE = 0.6;
/** All octets single digits (`1.2.3.4`, `2.0.1.0`): often a section or version number; needs context. */
const IPV4_SMALL_SCORE = 0.4;
/** IPv6 with at least three written groups: nothing else has that shape. */
const IPV6_SCORE = 0.8;
/** Short compressed IPv6 with a zone or a prefix. */
const IPV6_MARKED_SCORE = 0.6;
/** Short compressed IPv6 (`::1`, `fe80::1`): needs context. */
const IPV6_SHORT_SCORE = 0.4;

function analyzeIPv4(value: string, out: RecognizerResult[]): void {
  IPV4.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IPV4.exec(value)) !== null) {
    const address = `${m[1]}.${m[2]}.${m[3]}.${m[4]}`;
    if (!parseIPv4(address) || NON_PERSONAL.has(address) || followsVersionWord(value, m.index)) continue;
    // An out-of-range prefix (`/48`) is a path or a fraction, not part of the address.
    const prefix = m[5];
    const withPrefix = prefix !== undefined && Number(prefix) <= 32;
    const end = m.index + (withPrefix ? m[0].length : address.length);
    const small = m[1]!.length === 1 && m[2]!.length === 1 && m[3]!.length === 1 && m[4]!.length === 1;
    out.push({ entity: ENTITY, start: m.index, end, score: small ? IPV4_SMALL_SCORE : IPV4_SCORE });
  }
}

function analyzeIPv6(value: string, out: RecognizerResult[]): void {
  IPV6.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IPV6.exec(value)) !== null) {
    const start = m.index;
    const address = m[1]!;
    const zone = m[2] ?? '';
    const prefix = m[3];
    let end: number;
    if (NON_PERSONAL.has(address)) continue;
    let groups = parseIPv6(address);
    if (groups > 0) {
      end = start + address.length + zone.length;
      if (prefix !== undefined && Number(prefix) <= 128) end += prefix.length + 1;
    } else {
      // A sentence may end right after the address (`at ::1.`, `fe80::1:`): retry without the tail.
      let trimmed = address;
      while (groups === 0 && /[.:]$/.test(trimmed) && !trimmed.endsWith('::')) {
        trimmed = trimmed.slice(0, -1);
        groups = parseIPv6(trimmed);
      }
      if (groups === 0 || zone !== '' || prefix !== undefined) continue;
      end = start + trimmed.length;
    }
    if (/[\p{L}\p{N}_]/u.test(value[end] ?? '')) continue;
    // A zone or prefix marks even a short address (`fe80::1%eth0`, `2001:db8::/32`) as IPv6.
    const marked = end > start + address.length;
    out.push({ entity: ENTITY, start, end, score: groups >= 3 ? IPV6_SCORE : marked ? IPV6_MARKED_SCORE : IPV6_SHORT_SCORE });
  }
}

/** Has a dotted quad's shape (three dots) or an IPv6 shape (two colons). */
function trigger(value: string): boolean {
  let dots = 0;
  let colons = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 46 && ++dots >= 3) return true;
    if (c === 58 && ++colons >= 2) return true;
  }
  return false;
}

/**
 * IPv4 and IPv6 addresses, parsed and range-checked. Dotted quads after a version word
 * (`version 1.2.3.4`) and the placeholders `127.0.0.1`, `0.0.0.0`, `255.255.255.255`, `::1`, `::`
 * are skipped; single-digit quads and short compressed IPv6 need context.
 */
export const ipAddress = defineRecognizer<PatternRecognizerOptions>({
  meta: {
    id: 'ip-address',
    entities: [ENTITY],
    recommended: true,
    description: 'IPv4 and IPv6 addresses (with CIDR prefix or zone), parsed and range-checked',
    context: ['ip', 'ipv4', 'ipv6', 'address', 'addr', 'host', 'server', 'client', 'remote', 'gateway', 'dns', 'subnet', 'cidr', 'router', 'proxy'],
  },
  create() {
    return {
      requires: { anyOf: '.:', minHexRun: 2 },
      trigger,
      analyze(value) {
        const out: RecognizerResult[] = [];
        analyzeIPv4(value, out);
        analyzeIPv6(value, out);
        return out;
      },
    };
  },
});
