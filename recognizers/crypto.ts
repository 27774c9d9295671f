/**
 * CRYPTO: cryptocurrency wallet addresses, each verified by its own checksum - Bitcoin legacy
 * Base58Check (P2PKH `1...`, P2SH `3...`), Bitcoin SegWit bech32 / bech32m (`bc1q...`, `bc1p...`)
 * and Ethereum (`0x` + 40 hex, EIP-55 checksum when mixed case).
 */
import { bech32, bech32m } from 'bech32';
import { base58CheckDecode } from '../src/recognizer/base58.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { keccak256 } from '../src/recognizer/keccak.js';

const BASE58 = /(?<![\p{L}\p{N}_])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\p{L}\p{N}_])/u;
// Bech32 is single-case; 90 characters at most (BIP-173).
const BECH32 = /(?<![\p{L}\p{N}_])(?:bc1[02-9ac-hj-np-z]{8,87}|BC1[02-9AC-HJ-NP-Z]{8,87})(?![\p{L}\p{N}_])/u;
const ETHEREUM = /(?<![\p{L}\p{N}_])0x[0-9a-fA-F]{40}(?![\p{L}\p{N}_])/u;

/** Version bytes of mainnet P2PKH (`1...`) and P2SH (`3...`) addresses. */
const P2PKH = 0x00;
const P2SH = 0x05;

/** A single-case Ethereum address has no checksum to verify: 40 hex digits after `0x` could be any hash. */
const ETHEREUM_UNCHECKED_SCORE = 0.4;

/** True when `address` (`0x` + 40 hex, mixed case) carries a valid EIP-55 checksum. */
export function eip55Valid(address: string): boolean {
  const hex = address.slice(2);
  const hash = keccak256(hex.toLowerCase());
  for (let i = 0; i < 40; i++) {
    const ch = hex[i]!;
    if (ch >= '0' && ch <= '9') continue;
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
    if ((nibble >= 8) !== (ch >= 'A' && ch <= 'F')) return false;
  }
  return true;
}

/** True for a Base58Check mainnet P2PKH / P2SH address whose version byte matches its first character. */
export function bitcoinBase58Valid(address: string): boolean {
  const payload = base58CheckDecode(address);
  if (!payload || payload.length !== 21) return false;
  return payload[0] === (address[0] === '1' ? P2PKH : P2SH);
}

/**
 * True for a mainnet SegWit address: witness version 0 in bech32 with a 20- or 32-byte program,
 * or version 1-16 in bech32m with a 2-40 byte program (BIP-173, BIP-350).
 */
export function bitcoinBech32Valid(address: string): boolean {
  const lower = address.toLowerCase();
  const decoded = bech32.decodeUnsafe(lower, 90) ?? bech32m.decodeUnsafe(lower, 90);
  if (!decoded || decoded.prefix !== 'bc' || decoded.words.length === 0) return false;
  const version = decoded.words[0]!;
  if (version > 16) return false;
  const isM = bech32m.decodeUnsafe(lower, 90) !== undefined;
  if ((version === 0) === isM) return false;
  const program = bech32.fromWordsUnsafe(decoded.words.slice(1));
  if (!program) return false;
  return version === 0 ? program.length === 20 || program.length === 32 : program.length >= 2 && program.length <= 40;
}

/** Bitcoin (Base58Check, bech32, bech32m) and Ethereum addresses, checksum-verified. */
export const cryptoAddress = definePatternRecognizer({
  id: 'crypto',
  entity: 'CRYPTO',
  recommended: true,
  description: 'Bitcoin and Ethereum wallet addresses, checksum-verified',
  patterns: [
    { name: 'bitcoin-base58', regex: BASE58, score: 0.3 },
    { name: 'bitcoin-bech32', regex: BECH32, score: 0.3 },
    { name: 'ethereum', regex: ETHEREUM, score: ETHEREUM_UNCHECKED_SCORE },
  ],
  context: ['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'ether', 'crypto', 'cryptocurrency', 'coin', 'address', 'erc20', 'metamask', 'usdt', 'recipient'],
  // A valid SegWit address has at least 14 characters (bc1, version, 2-byte program, checksum).
  requires: { minLength: 26, minTokenRun: 14 },
  validate: (text, match) => {
    switch (match.pattern) {
      case 'bitcoin-base58': return bitcoinBase58Valid(text);
      case 'bitcoin-bech32': return bitcoinBech32Valid(text);
      default: {
        const hex = text.slice(2);
        if (/^0+$/.test(hex)) return false;
        // Single case: no checksum, the pattern score stands; mixed case must pass EIP-55.
        if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return undefined;
        return eip55Valid(text);
      }
    }
  },
});
