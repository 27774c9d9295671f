/** The IANA top-level domain list (from the `tlds` package), for email and URL sanity checks. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const list = require('tlds') as string[];

/** Every IANA TLD in lower case, punycode and unicode forms. */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(list.map((t) => t.toLowerCase()));

/** Domains reserved for documentation and testing (RFC 2606 / RFC 6761): never a real person's. */
export function isReservedDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/.test(d);
}

/** True when the last label of `domain` is a real TLD. */
export function hasRealTld(domain: string): boolean {
  const dot = domain.lastIndexOf('.');
  return dot >= 0 && TOP_LEVEL_DOMAINS.has(domain.slice(dot + 1).toLowerCase());
}
