/** The IANA top-level domain list (from the `tlds` package), for email and URL sanity checks. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const list = require('tlds') as string[];

/** Every IANA TLD in lower case, punycode and unicode forms. */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(list.map((t) => t.toLowerCase()));

/** `toLowerCase`, which is a runtime call, skipped for the usual label already in lower-case ASCII. */
function lowerCase(label: string): string {
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return label.toLowerCase();
  }
  return label;
}

/** The last `.` before `end`, or -1. A loop: `lastIndexOf` is a runtime call, dear on short names. */
function lastDot(domain: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && domain.charCodeAt(i) !== 46) i--;
  return i;
}

/** Reserved for documentation and testing as a TLD (RFC 2606 / RFC 6761). */
const RESERVED_TLDS: ReadonlySet<string> = new Set(['example', 'test', 'invalid', 'localhost']);
/** TLDs under which `example` is reserved. */
const EXAMPLE_PARENTS: ReadonlySet<string> = new Set(['com', 'org', 'net']);

/**
 * True for a domain reserved for documentation and testing (RFC 2606 / RFC 6761), never a real
 * person's, given its last label in lower case and where that label's dot is. Read label by
 * label from the end; lower-casing a label alone gives the same ASCII letters as lower-casing
 * the whole name.
 */
function isReserved(domain: string, dot: number, tld: string): boolean {
  if (RESERVED_TLDS.has(tld)) return true;
  if (dot < 0 || !EXAMPLE_PARENTS.has(tld)) return false;
  const start = lastDot(domain, dot) + 1;
  return dot - start === 7 && lowerCase(domain.slice(start, dot)) === 'example';
}

/** Domains reserved for documentation and testing (`example.com`, `*.test`, `localhost`). */
export function isReservedDomain(domain: string): boolean {
  const dot = lastDot(domain, domain.length);
  return isReserved(domain, dot, lowerCase(domain.slice(dot + 1)));
}

/** True when the last label of `domain` is a real TLD. */
export function hasRealTld(domain: string): boolean {
  const dot = lastDot(domain, domain.length);
  return dot >= 0 && TOP_LEVEL_DOMAINS.has(lowerCase(domain.slice(dot + 1)));
}

/** `hasRealTld(domain) && !isReservedDomain(domain)`, reading the last label once: a name someone may own. */
export function isPublicDomain(domain: string): boolean {
  const dot = lastDot(domain, domain.length);
  if (dot < 0) return false;
  const tld = lowerCase(domain.slice(dot + 1));
  return TOP_LEVEL_DOMAINS.has(tld) && !isReserved(domain, dot, tld);
}
