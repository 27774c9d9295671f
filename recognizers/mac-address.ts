/**
 * MAC_ADDRESS: EUI-48 as six hex pairs joined by one consistent separator (`:` or `-`), or the
 * Cisco dotted form `aaaa.bbbb.cccc`. The all-zero address and the broadcast address
 * `ff:ff:ff:ff:ff:ff` are dropped: they name no device.
 */
import { definePatternRecognizer } from '../src/recognizer/define.js';

// The backreference keeps the separator consistent; the lookarounds keep a match out of longer
// hex runs (`...:5e:6f`) and words.
const COLON_OR_DASH = /(?<![\p{L}\p{N}_]|[0-9A-Fa-f][:.-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\p{L}\p{N}_]|[:.-][0-9A-Fa-f])/u;
const CISCO = /(?<![\p{L}\p{N}_]|[0-9A-Fa-f][:.-])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\p{L}\p{N}_]|[:.-][0-9A-Fa-f])/u;

/** Hex pairs: hard to mistake for anything else once a letter or a colon is in it. */
const PAIRS_SCORE = 0.7;
/** Cisco dotted form with a hex letter. */
const CISCO_SCORE = 0.6;
/** Digits only and dashes or dots (`12-34-56-78-90-12`, `1234.5678.9012`): could be an id or phone; needs context. */
const DIGITS_ONLY_SCORE = 0.3;

/** Six hex pairs (`:` or `-`) or Cisco `aaaa.bbbb.cccc`; all-zero and broadcast addresses are not reported. */
export const macAddress = definePatternRecognizer({
  id: 'mac-address',
  entity: 'MAC_ADDRESS',
  recommended: true,
  description: 'MAC addresses (EUI-48): 00:1a:2b:3c:4d:5e, 00-1A-2B-3C-4D-5E, 001a.2b3c.4d5e',
  patterns: [
    { name: 'hex-pairs', regex: COLON_OR_DASH, score: PAIRS_SCORE },
    { name: 'cisco-dotted', regex: CISCO, score: CISCO_SCORE },
  ],
  context: ['mac', 'hwaddr', 'ether', 'ethernet', 'bssid', 'wifi', 'wlan', 'nic', 'device', 'hardware', 'adapter'],
  requires: { minHexRun: 14, anyOf: ':-.' },
  normalize: (text) => text.replace(/[:.-]/g, '').toLowerCase(),
  validate: (normalized, match) => {
    if (/^0+$/.test(normalized) || /^f+$/.test(normalized)) return false;
    if (/^\d+$/.test(normalized) && !match.text.includes(':')) return DIGITS_ONLY_SCORE;
    return undefined;
  },
});
