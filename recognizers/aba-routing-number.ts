/** ABA_ROUTING_NUMBER: US bank routing transit numbers (9 digits, 3-7-1 check digit). */
import { abaRoutingValid, allSameDigit } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { DELIMITED_NUMBER_END, DELIMITED_NUMBER_START, NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

const COMPACT = new RegExp(`${NUMBER_START}\\d{9}${NUMBER_END}`, 'u');
// The routing symbol, institution id and check digit, as some forms print them: 0123-4567-8.
const DASHED = new RegExp(`${DELIMITED_NUMBER_START}\\d{4}-\\d{4}-\\d${DELIMITED_NUMBER_END}`, 'u');

/**
 * First two digits: 00 (US government), 01-12 (Federal Reserve districts), 21-32 (thrifts),
 * 61-72 (electronic) or 80 (traveler's checks).
 */
function validPrefix(digits: string): boolean {
  const p = Number(digits.slice(0, 2));
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

/**
 * A valid prefix and check digit still let about 4% of random 9-digit numbers through, so a
 * validated number scores 0.4: reported only next to `routing`, `aba`, `rtn`... or in such a column.
 */
function routingScore(digits: string): number | false {
  return validPrefix(digits) && abaRoutingValid(digits) && !allSameDigit(digits) ? 0.4 : false;
}

/** ABA routing transit numbers with a valid Federal Reserve prefix and check digit (with context). */
export const abaRoutingNumber = definePatternRecognizer({
  id: 'aba-routing-number',
  entity: 'ABA_ROUTING_NUMBER',
  recommended: true,
  country: 'us',
  description: 'US ABA routing transit numbers, checksum-validated (with context)',
  patterns: [
    { name: 'aba-compact', regex: COMPACT, score: 0.4 },
    { name: 'aba-dashed', regex: DASHED, score: 0.4 },
  ],
  context: ['routing', 'aba', 'rtn', 'abarouting', 'bankrouting', 'routing number', 'transit number', 'routing transit'],
  requires: { minNumberRun: 9 },
  normalize: onlyDigits,
  validate: routingScore,
});
