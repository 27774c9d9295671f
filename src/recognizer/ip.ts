/** IP address parsing shared by the IP and URL recognizers: parsed, never just regex-matched. */
import { isIPv4, isIPv6 } from 'node:net';

/**
 * True for a dotted quad: four decimal octets 0-255 without leading zeros, or all four
 * zero-padded to three digits (`192.168.001.010`, a common log format).
 *
 * @example parseIPv4('10.0.0.1') // true
 * @example parseIPv4('01.2.3.4') // false: octal or decimal?
 */
export function parseIPv4(text: string): boolean {
  if (isIPv4(text)) return true;
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{3}$/.test(p) && Number(p) <= 255);
}

/**
 * Parses an IPv6 address without zone or prefix: at most 8 groups of 1-4 hex digits, at most one
 * `::` standing for one or more zero groups, an optional trailing dotted quad counting as two groups.
 * Returns the number of groups written, at least 1 for a valid address (`::` alone), 0 when invalid.
 *
 * @example parseIPv6('2001:db8::1') // 3
 * @example parseIPv6('1::2::3') // 0
 */
export function parseIPv6(text: string): number {
  if (text.includes('%') || !isIPv6(text)) return 0;
  const halves = text.split('::');
  if (halves.length > 2) return 0;
  let groups = 0;
  for (const half of halves) {
    if (half === '') continue;
    for (const g of half.split(':')) {
      if (g.includes('.')) {
        if (!parseIPv4(g)) return 0;
        groups += 2;
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) {
        groups += 1;
      } else {
        return 0;
      }
    }
  }
  if (halves.length === 1 ? groups !== 8 : groups > 7) return 0;
  return Math.max(groups, 1);
}
