import { describe, expect, it } from 'vitest';
import { parseIPv4, parseIPv6 } from '../../src/recognizer/ip.js';

describe('ip parsing', () => {
  it.each([
    ['10.0.0.1', true], ['255.255.255.255', true], ['192.168.001.010', true],
    ['256.0.0.1', false], ['01.2.3.4', false], ['1.2.3', false], ['1.2.3.4.5', false], ['1.2.3.04', false], ['', false],
  ])('parseIPv4(%j) is %s', (text, ok) => expect(parseIPv4(text)).toBe(ok));

  it.each([
    ['2001:db8:85a3:0:0:8a2e:370:7334', 8], ['2001:db8::1', 3], ['::ffff:192.0.2.1', 3], ['::', 1], ['1:2:3:4:5:6:7::', 7],
    ['1::2::3', 0], ['1:2:3:4:5:6:7:8:9', 0], ['1:2:3:4:5:6:7', 0], ['12345::1', 0], ['fe80::1%eth0', 0], ['::ffff:1.2.3.04', 0], ['g::1', 0],
  ])('parseIPv6(%j) is %i', (text, groups) => expect(parseIPv6(text)).toBe(groups));
});
