/**
 * IBAN_CODE: International Bank Account Numbers of every SWIFT registry country, compact
 * (`GB82WEST12345698765432`) or printed in groups of four (`GB82 WEST 1234 5698 7654 32`), any case.
 * A match needs the country's exact length and BBAN structure and a valid MOD 97-10 check.
 */
import { ibanValid } from '../src/recognizer/checksums.js';
import { markerMask, profileValue } from '../src/recognizer/triggers.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { bbanMatchesStructure, IBAN_BBAN_STRUCTURES, ibanLength } from '../src/recognizer/iban-countries.js';
import { NO_ALNUM_AFTER, NO_ALNUM_BEFORE } from '../src/recognizer/regex.js';

/**
 * One alternative per country with its exact length, so a grouped IBAN never swallows a
 * following word and a compact one never matches inside a longer token. Every repeat count is
 * fixed, so matching stays linear.
 */
function countryAlternative(country: string): string {
  const bban = ibanLength(country)! - 4;
  const groups = Math.floor(bban / 4);
  const rest = bban % 4;
  const compact = `[A-Z0-9]{${bban}}`;
  const grouped = `(?: [A-Z0-9]{4}){${groups}}${rest > 0 ? `(?: [A-Z0-9]{${rest}})` : ''}`;
  return `${country}[0-9]{2}(?:${compact}|${grouped})`;
}

const IBAN = new RegExp(
  `${NO_ALNUM_BEFORE}(?:${Object.keys(IBAN_BBAN_STRUCTURES).map(countryAlternative).join('|')})${NO_ALNUM_AFTER}`,
  'iu',
);

const SPACE = markerMask(' ');

/** Shortest IBAN (Norway) is 15 characters; at least the two check digits are digits. */
const SHORTEST_IBAN = 15;

export const iban = definePatternRecognizer({
  id: 'iban',
  entity: 'IBAN_CODE',
  recommended: true,
  description: 'IBANs with the registered country length and structure and a valid MOD 97-10 check',
  patterns: [{ name: 'iban', regex: IBAN, score: 0.5 }],
  context: ['iban', 'bank', 'account', 'transfer', 'wire', 'sepa', 'payee'],
  requires: { minLength: SHORTEST_IBAN, minDigits: 2 },
  // Written compact (one token of 15+ characters) or in groups of four separated by spaces.
  trigger: (value, profile = profileValue(value)) => profile.tokenRun >= SHORTEST_IBAN || (profile.markers & SPACE) !== 0,
  normalize: (text) => text.replace(/ /g, '').toUpperCase(),
  validate: (normalized) => bbanMatchesStructure(normalized.slice(0, 2), normalized.slice(4)) && ibanValid(normalized),
});
