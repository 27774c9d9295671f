/**
 * IP address surrogates in the documentation ranges (RFC 5737: 192.0.2.0/24, 198.51.100.0/24,
 * 203.0.113.0/24; RFC 3849: 2001:db8::/32), same version, prefix length suffix kept.
 */
import type { KeyedRandom } from '../random.js';

const V4_NETS = ['192.0.2', '198.51.100', '203.0.113'];
const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/\d{1,2})?$/;
const V6 = /^([0-9A-Fa-f:.]+)(\/\d{1,3})?$/;

/** An address of the same version in a documentation range. Undefined when `value` is not an IP address. */
export function ipSurrogate(value: string, rng: KeyedRandom): string | undefined {
  const v4 = V4.exec(value);
  if (v4) {
    for (;;) {
      const next = `${rng.pick(V4_NETS)}.${rng.range(1, 254)}${v4[5] ?? ''}`;
      if (next !== value) return next;
    }
  }
  const v6 = V6.exec(value);
  if (v6 && value.includes(':')) {
    const upper = /[A-F]/.test(v6[1]!) && !/[a-f]/.test(v6[1]!);
    for (;;) {
      const groups: string[] = ['2001', 'db8'];
      for (let i = 0; i < 6; i++) groups.push(((rng.byte() << 8) | rng.byte()).toString(16));
      const addr = groups.join(':');
      const next = (upper ? addr.toUpperCase() : addr) + (v6[2] ?? '');
      if (next.toLowerCase() !== value.toLowerCase()) return next;
    }
  }
  return undefined;
}
