/**
 * Phone surrogates: parse with libphonenumber-js (full metadata), replace the national digits
 * deterministically (keeping the first, which carries the number type in most plans), and retry
 * until the result is a valid number of the same country that differs from the original. The
 * digits are written back into the original's layout, so its formatting is kept exactly.
 */
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { DEFAULT_REGIONS } from '../../options.js';
import type { KeyedRandom } from '../random.js';
import { asciiDigits, randomDigits, replaceDigits } from './shape.js';

const MAX_ATTEMPTS = 200;

function parse(value: string, region: CountryCode | undefined): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(value, region === undefined ? undefined : { defaultCountry: region });
  } catch {
    return undefined;
  }
}

/** The first valid reading of `value`: international if it starts with + or 00, else the default regions in order. */
function parseAny(value: string): { phone: PhoneNumber; region: CountryCode | undefined } | undefined {
  const trimmed = value.trimStart();
  if (trimmed.startsWith('+') || trimmed.startsWith('00')) {
    const phone = parse(trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed, undefined);
    if (phone?.isValid()) return { phone, region: undefined };
  }
  for (const region of DEFAULT_REGIONS) {
    const phone = parse(value, region as CountryCode);
    if (phone?.isValid()) return { phone, region: region as CountryCode };
  }
  return undefined;
}

/** A valid phone number of the same country, different national digits, same layout. Undefined if `value` is not a valid number. */
export function phoneSurrogate(value: string, rng: KeyedRandom): string | undefined {
  const parsed = parseAny(value);
  if (parsed === undefined) return shapeOnly(value, rng);
  const { phone } = parsed;
  const national = phone.nationalNumber as string;
  const digits = asciiDigits(value);
  if (national.length < 2 || !digits.endsWith(national)) return undefined;
  const head = digits.slice(0, digits.length - national.length);
  // Re-parse in the region the original was read in, or the number's own country.
  const region = parsed.region ?? phone.country;
  const reparse = (s: string): PhoneNumber | undefined => {
    const t = s.trimStart();
    return parsed.region === undefined && t.startsWith('00') ? parse(`+${t.slice(2)}`, region) : parse(s, region);
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const nextNational = national[0]! + randomDigits(rng, national.length - 1);
    if (nextNational === national) continue;
    const candidate = replaceDigits(value, head + nextNational);
    const check = reparse(candidate);
    if (check?.isValid() && check.countryCallingCode === phone.countryCallingCode && check.nationalNumber === nextNational) return candidate;
  }
  return shapeOnly(value, rng);
}

/**
 * For numbers libphonenumber does not accept as valid (fictional ranges, partial numbers): keep
 * the country calling code of an international number and the first national digit, replace the rest.
 */
function shapeOnly(value: string, rng: KeyedRandom): string | undefined {
  const digits = asciiDigits(value);
  if (digits.length < 4) return undefined;
  const trimmed = value.trimStart();
  let keep = 1;
  if (trimmed.startsWith('+') || trimmed.startsWith('00')) {
    const cc = parse(trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed, undefined)?.countryCallingCode;
    keep = (trimmed.startsWith('00') ? 2 : 0) + (cc === undefined ? 2 : cc.length) + 1;
  }
  if (keep >= digits.length) return undefined;
  for (;;) {
    const next = digits.slice(0, keep) + randomDigits(rng, digits.length - keep);
    if (next !== digits) return replaceDigits(value, next);
  }
}
