import { describe, expect, it } from 'vitest';
import { bitcoinBech32Valid, cryptoAddress, eip55Valid } from '../../recognizers/crypto.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

// Test addresses built for these tests from arbitrary payloads (checksums computed, never real wallets).
const P2PKH = '171vsZ3PsK9vcyajd3FW1m2MhYPgPXMjX';
const P2SH = '31o2rR3UwmdY1ng1rihqve7xWDq7GEh5uz';
const BECH32_V0 = 'bc1qqqgjyv6y24n80zye42aueh0wluqpzg3ndy2ehs';
const BECH32M_V1 = 'bc1p5xs6rgdp5xs6rgdp5xs6rgdp5xs6rgdp5xs6rgdp5xs6rgdp5xss6pz979';
const ETH = '0x7E57c0Ffee5eEd00ba5EbA11DeADBEef12345678';

describe('recognizer `crypto`', () => {
  recognizerTable(cryptoAddress, [
    { name: 'P2PKH', text: `pay ${P2PKH} today`, expected: [['CRYPTO', P2PKH]], minScore: 1 },
    { name: 'P2SH', text: `(${P2SH}).`, expected: [['CRYPTO', P2SH]], minScore: 1 },
    { name: 'bech32 v0', text: `to:${BECH32_V0}`, expected: [['CRYPTO', BECH32_V0]], minScore: 1 },
    { name: 'bech32 v0 upper case', text: BECH32_V0.toUpperCase(), expected: [['CRYPTO', BECH32_V0.toUpperCase()]] },
    { name: 'bech32m v1 (taproot)', text: `🪙${BECH32M_V1}`, expected: [['CRYPTO', BECH32M_V1]] },
    { name: 'EIP-55 mixed case', text: `eth: ${ETH},`, expected: [['CRYPTO', ETH]], minScore: 1 },
    { name: 'EIP-55 spec vector', text: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', expected: [['CRYPTO', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed']] },
    { name: 'lower-case ETH with context', text: `wallet ${ETH.toLowerCase()}`, expected: [['CRYPTO', ETH.toLowerCase()]] },
    { name: 'lower-case ETH without context', text: `hash ${ETH.toLowerCase()}`, expected: [] },
    { name: 'EIP-55 checksum broken', text: '0x7E57c0Ffee5eEd00ba5EbA11DeADBEef12345678'.replace('Ff', 'fF'), expected: [] },
    { name: 'P2PKH checksum broken', text: P2PKH.slice(0, -1) + 'Y', expected: [] },
    { name: 'P2SH checksum broken', text: P2SH.slice(0, -2) + 'vz', expected: [] },
    { name: 'bech32 checksum broken', text: BECH32_V0.slice(0, -1) + 't', expected: [] },
    { name: 'v0 program with bech32m checksum', text: 'bc1qqqgjyv6y24n80zye42aueh0wluqpzg3ncc64jj', expected: [] },
    { name: 'v1 program with bech32 checksum', text: 'bc1p5xs6rgdp5xs6rgdp5xs6rgdp5xs6rgdp5xs6rgdp5xs6rgdp5xss0ajfm8', expected: [] },
    { name: 'v0 program of 25 bytes', text: 'bc1qqvpsxqcrqvpsxqcrqvpsxqcrqvpsxqcrqvpsxqcrgajvfn', expected: [] },
    { name: 'testnet bech32', text: 'tb1qqqgjyv6y24n80zye42aueh0wluqpzg3n8z32vr', expected: [] },
    { name: 'mixed-case bech32', text: 'bc1qqqgjyv6y24n80zye42aueh0wluqpzg3ndy2EHS', expected: [] },
    { name: 'inside a longer token', text: `x${P2PKH}`, expected: [] },
    { name: 'ETH followed by more hex', text: `${ETH}ab`, expected: [] },
    { name: 'null address', text: `wallet 0x${'0'.repeat(40)}`, expected: [] },
    { name: 'long digit run', text: '1'.repeat(34), expected: [] },
  ]);

  it('checks EIP-55 against the spec vectors', () => {
    for (const a of ['0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']) {
      expect(eip55Valid(a)).toBe(true);
      expect(eip55Valid(a.slice(0, 2) + [...a.slice(2)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''))).toBe(false);
    }
  });

  it('rejects bech32 with the wrong prefix or witness version', () => {
    expect(bitcoinBech32Valid(BECH32_V0)).toBe(true);
    expect(bitcoinBech32Valid('tb1qqqgjyv6y24n80zye42aueh0wluqpzg3n8z32vr')).toBe(false);
  });
});
