import { describe, expect, it } from 'vitest';
import { ipAddress } from '../../recognizers/ip-address.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

describe('recognizer `ip-address`', () => {
  recognizerTable(ipAddress, [
    { text: 'login from 203.0.113.77 failed', expected: [['IP_ADDRESS', '203.0.113.77']] },
    { text: '198.51.100.4', name: 'whole value', expected: [['IP_ADDRESS', '198.51.100.4']] },
    { text: 'allow 10.20.0.0/16;', expected: [['IP_ADDRESS', '10.20.0.0/16']] },
    { name: 'prefix out of range stays outside', text: 'see 10.20.30.40/48 now', expected: [['IP_ADDRESS', '10.20.30.40']] },
    { text: '(172.16.254.3), then 192.0.2.200.', expected: [['IP_ADDRESS', '172.16.254.3'], ['IP_ADDRESS', '192.0.2.200']] },
    { text: '|86.75.30.9|%20', expected: [['IP_ADDRESS', '86.75.30.9']] },
    { name: 'emoji before', text: '😀😀203.0.113.9!', expected: [['IP_ADDRESS', '203.0.113.9']] },
    { name: 'zero-padded log format', text: 'src=192.168.001.010', expected: [['IP_ADDRESS', '192.168.001.010']] },
    { name: 'url host', text: 'http://198.51.100.23:8080/x', expected: [['IP_ADDRESS', '198.51.100.23']] },
    { name: 'single-digit quad with context', text: 'server ip 1.2.3.4', expected: [['IP_ADDRESS', '1.2.3.4']] },
    { name: 'IPv6 full', text: 'addr 2001:0db8:85a3:0000:0000:8a2e:0370:7334 ok', expected: [['IP_ADDRESS', '2001:0db8:85a3:0000:0000:8a2e:0370:7334']] },
    { name: 'IPv6 compressed', text: 'peer 2001:db8:4f::9a1c.', expected: [['IP_ADDRESS', '2001:db8:4f::9a1c']] },
    { name: 'IPv6 v4-mapped', text: '::ffff:198.51.100.7', expected: [['IP_ADDRESS', '::ffff:198.51.100.7']] },
    { name: 'IPv6 with zone', text: 'fe80::1ff:fe23:4567:890a%eth0 up', expected: [['IP_ADDRESS', 'fe80::1ff:fe23:4567:890a%eth0']] },
    { name: 'short IPv6 with zone', text: 'fe80::7%wlan0', expected: [['IP_ADDRESS', 'fe80::7%wlan0']] },
    { name: 'IPv6 with prefix', text: 'route 2001:db8:abcd::/48', expected: [['IP_ADDRESS', '2001:db8:abcd::/48']] },
    { name: 'IPv6 in brackets with port', text: '[2001:db8::c0:ffee]:443', expected: [['IP_ADDRESS', '2001:db8::c0:ffee']] },
    { name: 'IPv6 after a label', text: 'ipv6:2001:db8::c0:ffee', expected: [['IP_ADDRESS', '2001:db8::c0:ffee']] },
    { name: 'IPv6 at sentence end with colon', text: 'reach 2001:db8::8:1:', expected: [['IP_ADDRESS', '2001:db8::8:1']] },
    { name: 'octet over 255', text: '256.10.10.10', expected: [] },
    { name: 'leading zero is ambiguous', text: '10.01.2.3', expected: [] },
    { name: 'longer dotted number', text: '1.22.33.44.5', expected: [] },
    { name: 'preceded by dotted digit', text: '9.10.20.30.40', expected: [] },
    { name: 'v-prefixed version', text: 'v10.2.3.4', expected: [] },
    { name: 'version word', text: 'firmware version 10.2.33.4', expected: [] },
    { name: 'single-digit quad without context', text: 'section 1.2.3.4 says', expected: [] },
    { name: 'inside a word', text: 'abc10.20.30.40', expected: [] },
    { name: 'loopback placeholder', text: 'bind 127.0.0.1 and ::1', expected: [] },
    { name: 'unspecified and broadcast', text: '0.0.0.0 255.255.255.255', expected: [] },
    { name: 'time of day', text: 'at 10:20:30', expected: [] },
    { name: 'MAC address', text: '00:1a:2b:3c:4d:5e', expected: [] },
    { name: 'C++ scope', text: 'std::vector and Foo::Bar', expected: [] },
    { name: 'two compressions', text: '2001::db8::1', expected: [] },
    { name: 'nine groups', text: '1:2:3:4:5:6:7:8:9', expected: [] },
    { name: 'group too long', text: '2001:db8a1::1', expected: [] },
    { name: 'v4-mapped with bad octet', text: '::ffff:300.1.2.3', expected: [] },
    { name: 'followed by letters', text: '2001:db8::1zz', expected: [] },
  ]);

  it('scores short compressed IPv6 below the threshold unless context says IP', () => {
    expect(spansOf(ipAddress, 'fe80::7')).toEqual([]);
    expect(spansOf(ipAddress, 'gateway fe80::7').map(([, s]) => s)).toEqual(['fe80::7']);
  });

});
