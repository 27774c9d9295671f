/**
 * The `pseudonymize` operator: a realistic fake of the same kind and shape, chosen from a keyed
 * HMAC stream seeded by the entity and the NORMALIZED value - so the same person, email or card
 * gets the same surrogate in every row, file, worker and machine, with no shared state.
 *
 * By entity: PERSON (name lists), EMAIL_ADDRESS (name-like local part at example.com/.org/.net),
 * PHONE_NUMBER (same country and layout, valid), CREDIT_CARD (same brand and length, Luhn),
 * IBAN_CODE (same country and length, MOD 97-10), IP_ADDRESS (documentation ranges), dates
 * (shifted, same format), US_SSN (area 666). Anything else - or a value of those kinds in a shape
 * the generator does not know - keeps its character classes (digit -> digit, letter -> letter,
 * case kept) and separators. A surrogate never equals the input; a value with no letter or digit
 * becomes `<ENTITY>`.
 */
import type { KeyRing } from './keys.js';
import { normalizeValue } from './normalize.js';
import { entityKind } from './generalize.js';
import { KeyedRandom } from './random.js';
import { dateSurrogate } from './surrogates/date.js';
import { ipSurrogate } from './surrogates/network.js';
import { cardSurrogate, ibanSurrogate, ssnSurrogate } from './surrogates/numbers.js';
import { emailSurrogate, personSurrogate } from './surrogates/person.js';
import { phoneSurrogate } from './surrogates/phone.js';
import { sameClassSurrogate } from './surrogates/shape.js';

/** Builds a surrogate, or undefined when the value is not in a shape the generator knows. */
export type SurrogateGenerator = (value: string, rng: KeyedRandom) => string | undefined;

const GENERATORS: Readonly<Record<string, SurrogateGenerator>> = {
  PERSON: personSurrogate,
  EMAIL_ADDRESS: emailSurrogate,
  PHONE_NUMBER: phoneSurrogate,
  CREDIT_CARD: cardSurrogate,
  IBAN_CODE: ibanSurrogate,
  IP_ADDRESS: ipSurrogate,
  US_SSN: ssnSurrogate,
};

function generatorFor(entity: string): SurrogateGenerator | undefined {
  return GENERATORS[entity] ?? (entityKind(entity) === 'date' ? dateSurrogate : undefined);
}

/**
 * The surrogate function of one key.
 *
 * @example
 * const fake = createPseudonymizer(new KeyRing(key));
 * fake('4111 1111 1111 1111', 'CREDIT_CARD') // e.g. '4539 0721 8843 2210' (Luhn-valid, same layout)
 */
export function createPseudonymizer(keys: KeyRing): (value: string, entity: string) => string {
  const subkey = keys.subkey('pseudonym');
  return (value, entity) => {
    const normalized = normalizeValue(entity, value);
    const specific = generatorFor(entity);
    for (let attempt = 0; attempt < 8; attempt++) {
      const rng = new KeyedRandom(subkey, `${entity}\0${attempt}\0${normalized}`);
      const out = specific?.(value, rng) ?? sameClassSurrogate(value, rng);
      if (out === undefined) break;
      if (out !== value && normalizeValue(entity, out) !== normalized) return out;
    }
    return `<${entity}>`;
  };
}
