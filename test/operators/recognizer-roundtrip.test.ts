/**
 * Cross-checks surrogates against the project's own recognizers: fake cards, IBANs and phones are
 * still detected as such (downstream schemas keep parsing), fake SSNs are not (area 666).
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer/analyzer.js';
import { KeyRing, parseKey } from '../../src/operators/keys.js';
import { createPseudonymizer } from '../../src/operators/pseudonymize.js';
import { creditCard } from '../../recognizers/credit-card.js';
import { iban } from '../../recognizers/iban.js';
import { phone } from '../../recognizers/phone.js';
import { usSsn } from '../../recognizers/us-ssn.js';
import { KEY } from './helpers.js';

const fake = createPseudonymizer(new KeyRing(parseKey(KEY)));
const entitiesIn = (text: string, field: string): string[] =>
  createAnalyzer({ recognizers: [creditCard, iban, phone, usSsn] }).analyze(text, { field }).map((f) => f.entity);

describe('surrogates and the recognizers', () => {
  it.each([
    ['CREDIT_CARD', '5412 7534 8812 9037', 'card'],
    ['IBAN_CODE', 'FR14 2004 1010 0505 0001 3M02 606', 'iban'],
    ['PHONE_NUMBER', '+44 20 7946 0958', 'phone'],
  ])('%s surrogates are still detected', (entity, value, field) => {
    expect(entitiesIn(value, field)).toEqual([entity]);
    const out = fake(value, entity);
    expect(out).not.toBe(value);
    expect(entitiesIn(out, field)).toEqual([entity]);
  });

  it.each(['287-65-4321', '412 37 5521', '536-22-8437'])('US_SSN surrogates of %s are never detected, even in an ssn column', (value) => {
    expect(entitiesIn(value, 'ssn')).toEqual(['US_SSN']);
    const out = fake(value, 'US_SSN');
    expect(out.startsWith('666')).toBe(true);
    expect(entitiesIn(out, 'ssn')).toEqual([]);
  });
});
