import { describe, expect, it } from 'vitest';
import { createAnonymizer, deanonymizeText } from '../../src/operators/anonymizer.js';
import type { OperatorType } from '../../src/operators/types.js';
import { KEY } from './helpers.js';

// Long values in every entity's generator: each operator must stay linear in the value length.
const INPUTS = ['1'.repeat(1e5), '1 '.repeat(5e4), 'a'.repeat(1e5), '@'.repeat(1e5), '1-'.repeat(5e4), 'A1'.repeat(5e4), '.'.repeat(1e5), '1/'.repeat(5e4), 'may 1 '.repeat(2e4), 'Mr. '.repeat(3e4), '😀a'.repeat(4e4)];
const ENTITIES = ['PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'IP_ADDRESS', 'DATE_TIME', 'US_SSN', 'AGE', 'ZIP_CODE', 'API_KEY'];
const TYPES: OperatorType[] = ['replace', 'redact', 'keep', 'mask', 'hash', 'encrypt', 'pseudonymize', 'generalize'];

describe('operators on adversarial 100 KB values', () => {
  it.each(TYPES)('%s stays fast', (type) => {
    const anonymizer = createAnonymizer({ operators: { DEFAULT: { type } }, key: KEY });
    let worst = 0;
    for (const value of INPUTS) {
      for (const entity of ENTITIES) {
        const t = performance.now();
        const result = anonymizer.anonymize(value, [{ entity, start: 0, end: value.length, score: 1, recognizer: 't' }]);
        worst = Math.max(worst, performance.now() - t);
        // Masking keeps separators, so a value made only of them has nothing to mask.
        if (type !== 'keep' && !(type === 'mask' && !/[\p{L}\p{N}]/u.test(value))) expect(result.text).not.toBe(value);
        if (type === 'encrypt') expect(deanonymizeText(result.text, { key: KEY })).toBe(value);
      }
    }
    expect(worst).toBeLessThan(1000);
  });
});
