/** US_PASSPORT: US passport book numbers (9 digits, or a letter and 8 digits since 2021), with context only. */
import { allSameDigit } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';
import { onlyDigits } from '../src/recognizer/regex.js';

const NEXT_GENERATION = new RegExp(`${NUMBER_START}[A-Z]\\d{8}${NUMBER_END}`, 'u');
const DIGITS = new RegExp(`${NUMBER_START}\\d{9}${NUMBER_END}`, 'u');

/**
 * US passport numbers. Nothing distinguishes them from other 9-character ids, so both forms are weak
 * and reported only next to `passport` (or in a passport column). Unlike Presidio, `us`, `united`
 * and `states` are not context: they are everywhere in US text.
 */
export const usPassport = definePatternRecognizer({
  id: 'us-passport',
  entity: 'US_PASSPORT',
  recommended: true,
  country: 'us',
  description: 'US passport numbers (with context)',
  patterns: [
    { name: 'passport-next-generation', regex: NEXT_GENERATION, score: 0.3 },
    { name: 'passport-digits', regex: DIGITS, score: 0.2 },
  ],
  context: ['passport', 'passport no', 'passport number', 'travel document'],
  requires: { minNumberRun: 8 },
  invalidate: (text) => allSameDigit(onlyDigits(text)),
});
