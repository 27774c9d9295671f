import fc from 'fast-check';
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REGIONS } from '../../src/options.js';
import { createAnonymizer } from '../../src/operators/anonymizer.js';
import { findDate } from '../../src/operators/dates.js';
import { KeyRing, parseKey } from '../../src/operators/keys.js';
import { createPseudonymizer } from '../../src/operators/pseudonymize.js';
import { ibanCheckDigits, ibanValid, luhnCheckDigit, luhnValid } from '../../src/recognizer/checksums.js';
import { KEY, OTHER_KEY } from './helpers.js';

const fake = createPseudonymizer(new KeyRing(parseKey(KEY)));
const fakeOther = createPseudonymizer(new KeyRing(parseKey(OTHER_KEY)));
const digitsOnly = (s: string): string => s.replace(/\D/g, '');
const layout = (s: string): string => s.replace(/[0-9A-Za-z]/g, 'x');

// Valid cards: brand prefix + random body + Luhn digit, optionally grouped by 4 with spaces or dashes.
const card = fc
  .tuple(
    fc.constantFrom(['4', 16], ['4', 13], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3530', 16], ['62', 19]),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
    fc.constantFrom('', ' ', '-'),
  )
  .map(([[prefix, length], body, sep]) => {
    const payload = (prefix + body.join('')).slice(0, (length as number) - 1);
    const digits = payload + luhnCheckDigit(payload);
    return sep === '' ? digits : digits.match(/.{1,4}/g)!.join(sep);
  });

// Valid IBANs from per-country BBAN class patterns (a = letter, 9 = digit).
const IBAN_SHAPES: Record<string, string> = { DE: '999999999999999999', GB: 'aaaa99999999999999', FR: '99999999999999999999999', NL: 'aaaa9999999999', ES: '99999999999999999999', IT: 'a9999999999999999999999' };
const iban = fc
  .tuple(fc.constantFrom(...Object.keys(IBAN_SHAPES)), fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 30, maxLength: 30 }), fc.boolean())
  .map(([country, rnd, spaced]) => {
    const bban = [...IBAN_SHAPES[country]!].map((c, i) => (c === 'a' ? String.fromCharCode(65 + rnd[i]!) : String(rnd[i]! % 10))).join('');
    const compact = country + ibanCheckDigits(country, bban) + bban;
    return spaced ? compact.match(/.{1,4}/g)!.join(' ') : compact;
  });

const PHONE_COUNTRIES: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'IN', 'BR', 'AU', 'NL', 'JP', 'MX'];
// National formats are read in the default regions only (as the phone recognizer does).
const NATIONAL_OK = new Set<string>(DEFAULT_REGIONS);
const phone = fc.tuple(fc.constantFrom(...PHONE_COUNTRIES), fc.constantFrom('international', 'national', 'e164')).map(([country, chosen]) => {
  const example = getExampleNumber(country, examples)!;
  const style = chosen === 'national' && !NATIONAL_OK.has(country) ? 'international' : chosen;
  const text = style === 'international' ? example.formatInternational() : style === 'national' ? example.formatNational() : (example.number as string);
  return { country, text };
});

describe('pseudonymize: validity (property-based)', () => {
  it('cards keep brand, length and layout, pass Luhn, and differ', () => {
    fc.assert(
      fc.property(card, (value) => {
        const out = fake(value, 'CREDIT_CARD');
        expect(luhnValid(digitsOnly(out))).toBe(true);
        expect(layout(out)).toBe(layout(value));
        expect(out[0]).toBe(value[0]);
        expect(digitsOnly(out)).not.toBe(digitsOnly(value));
        if (value.startsWith('34') || value.startsWith('37')) expect(out.slice(0, 2)).toMatch(/^3[47]$/);
      }),
      { numRuns: 300 },
    );
  });

  it('IBANs keep country, length and layout, pass MOD 97-10, and differ', () => {
    fc.assert(
      fc.property(iban, (value) => {
        const out = fake(value, 'IBAN_CODE');
        const compact = out.replace(/ /g, '');
        expect(ibanValid(compact)).toBe(true);
        expect(compact.slice(0, 2)).toBe(value.slice(0, 2));
        expect(layout(out)).toBe(layout(value));
        expect(compact).not.toBe(value.replace(/ /g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('phones stay valid numbers of the same country, keep their layout, and differ', () => {
    fc.assert(
      fc.property(phone, ({ country, text }) => {
        const out = fake(text, 'PHONE_NUMBER');
        const parsed = parsePhoneNumberFromString(out, country)!;
        expect(parsed.isValid()).toBe(true);
        expect(parsed.countryCallingCode).toBe(parsePhoneNumberFromString(text, country)!.countryCallingCode);
        expect(out.replace(/\d/g, '0')).toBe(text.replace(/\d/g, '0'));
        expect(digitsOnly(out)).not.toBe(digitsOnly(text));
      }),
      { numRuns: 100 },
    );
  });

  it('SSNs move to the never-issued area 666 and keep their layout', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 899_999_999 }), fc.constantFrom('-', ' ', ''), (n, sep) => {
        const d = String(n).padStart(9, '0');
        const value = `${d.slice(0, 3)}${sep}${d.slice(3, 5)}${sep}${d.slice(5)}`;
        const out = fake(value, 'US_SSN');
        expect(out).toMatch(new RegExp(`^666${sep}(?!00)\\d{2}${sep}(?!0000)\\d{4}$`));
      }),
    );
  });

  it('IPs land in documentation ranges of the same version', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.ipV6(), (v4, v6) => {
        expect(fake(v4, 'IP_ADDRESS')).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/);
        expect(fake(v6, 'IP_ADDRESS')).toMatch(/^2001:db8(:[0-9a-f]{1,4}){6}$/);
      }),
    );
    expect(fake('10.0.0.0/8', 'IP_ADDRESS')).toMatch(/\/8$/);
  });

  it('dates are shifted in the same format, and guessed day/month orders stay valid both ways', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), fc.constantFrom('iso', 'us', 'eu', 'named'), (d, style) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const p2 = (n: number): string => String(n).padStart(2, '0');
        const value = style === 'iso' ? `${y}-${p2(m)}-${p2(day)}` : style === 'us' ? `${p2(m)}/${p2(day)}/${y}` : style === 'eu' ? `${p2(day)}.${p2(m)}.${y}` : `${p2(day)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
        const out = fake(value, 'DATE_TIME');
        expect(out).not.toBe(value);
        expect(out.replace(/\d/g, '0').replace(/[A-Z][a-z]{2}/, 'Mon')).toBe(value.replace(/\d/g, '0').replace(/[A-Z][a-z]{2}/, 'Mon'));
        const parsed = findDate(out)!;
        expect(parsed).toBeDefined();
        const shift = Math.abs(Date.UTC(parsed.year, parsed.month - 1, parsed.day) - Date.UTC(y, m - 1, day)) / 86_400_000;
        if (!findDate(value)!.ambiguous) expect(shift).toBeGreaterThanOrEqual(1);
        if (findDate(value)!.ambiguous) expect(parsed.day).toBeLessThanOrEqual(12);
        else expect(shift).toBeLessThanOrEqual(366);
      }),
      { numRuns: 300 },
    );
  });

  it('other entities keep character classes and separators', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_\-.:/]{3,30}$/), (value) => {
        const out = fake(value, 'API_KEY');
        expect(out).not.toBe(value);
        expect(out.replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a').replace(/\d/g, '0')).toBe(value.replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a').replace(/\d/g, '0'));
      }),
    );
  });
});

describe('pseudonymize: names and emails', () => {
  it.each([
    ['Dr. Mary Smith', /^Dr\. \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u],
    ['Smith, John', /^\p{Lu}\p{Ll}+, \p{Lu}\p{Ll}+$/u],
    ['ANNA SCHMIDT', /^\p{Lu}+ \p{Lu}+$/u],
    ['J. R. Tolkien', /^[A-Z]\. [A-Z]\. \p{Lu}\p{Ll}+$/u],
    ['Giulia', /^\p{Lu}\p{Ll}+$/u],
  ])('%s keeps its shape', (value, shape) => {
    const out = fake(value, 'PERSON');
    expect(out).toMatch(shape);
    const before = value.toLowerCase().split(/[\s,.]+/).filter((w) => w.length > 2);
    for (const w of out.toLowerCase().split(/[\s,.]+/)) expect(before).not.toContain(w);
  });

  it('keeps locale and gender when the first name is known', () => {
    // Giulia is an Italian female name: the surrogate is another Italian female name.
    expect(['Chiara', 'Francesca', 'Sara', 'Martina', 'Alessia', 'Federica', 'Elisa', 'Valentina', 'Silvia', 'Beatrice', 'Giorgia', 'Ilaria', 'Serena', 'Arianna', 'Roberta']).toContain(fake('Giulia', 'PERSON'));
  });

  it('emails get a name-like local part at a reserved example domain', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (value) => {
        const out = fake(value, 'EMAIL_ADDRESS');
        expect(out).toMatch(/^[a-z]+[._-]?[a-z]+\d{0,4}@example\.(com|org|net)$/i);
        expect(out.toLowerCase()).not.toBe(value.toLowerCase());
      }),
    );
    expect(fake('ann.lee42@corp.io', 'EMAIL_ADDRESS')).toMatch(/^[a-z]+\.[a-z]+\d\d@example\.(com|org|net)$/);
  });
});

describe('pseudonymize: determinism', () => {
  it('same key -> same surrogate (also for other spellings of the value); different key -> different surrogate', () => {
    fc.assert(
      fc.property(card, (value) => {
        expect(fake(value, 'CREDIT_CARD')).toBe(createPseudonymizer(new KeyRing(parseKey(KEY)))(value, 'CREDIT_CARD'));
        expect(digitsOnly(fake(value, 'CREDIT_CARD'))).toBe(digitsOnly(fake(digitsOnly(value), 'CREDIT_CARD')));
        expect(fakeOther(value, 'CREDIT_CARD')).not.toBe(fake(value, 'CREDIT_CARD'));
      }),
      { numRuns: 100 },
    );
    expect(fake('Ann@Corp.io', 'EMAIL_ADDRESS')).toBe(fake('ann@corp.io', 'EMAIL_ADDRESS'));
  });

  it('a value with nothing to replace becomes <ENTITY>', () => {
    expect(fake('---', 'API_KEY')).toBe('<API_KEY>');
  });
});

describe('anonymize never leaves an original value in the output (property-based)', () => {
  const operators = [
    { type: 'replace' },
    { type: 'replace', template: '<{entity}_{id}>' },
    { type: 'redact' },
    { type: 'mask', keepLast: 4 },
    { type: 'mask', keepDomain: true },
    { type: 'hash', length: 12 },
    { type: 'encrypt' },
    { type: 'pseudonymize' },
  ] as const;
  const value = fc.oneof(
    card.map((v) => ['CREDIT_CARD', v] as const),
    iban.map((v) => ['IBAN_CODE', v] as const),
    phone.map((p) => ['PHONE_NUMBER', p.text] as const),
    // mask keeps punctuation, and keepDomain the domain: a local part with no letter or digit ("+@aa.aaa") reads the same masked.
    fc.emailAddress().filter((e) => e.length >= 8 && /[A-Za-z0-9]/.test(e.slice(0, e.lastIndexOf('@')))).map((v) => ['EMAIL_ADDRESS', v] as const),
    fc.stringMatching(/^[A-Z][a-z]{4,9} [A-Z][a-z]{4,9}$/).map((v) => ['PERSON', v] as const),
  );
  const filler = fc.stringMatching(/^[ ,;|~😀]{0,6}$/);

  it.each(operators)('%o', (operator) => {
    const anonymizer = createAnonymizer({ operators: { DEFAULT: operator }, key: KEY });
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, value), { minLength: 1, maxLength: 5 }), filler, (parts, tail) => {
        let text = '';
        const findings = parts.map(([pre, [entity, v]]) => {
          text += pre;
          const start = text.length;
          text += v;
          return { entity, start, end: text.length, score: 1, recognizer: 't' };
        });
        text += tail;
        const result = anonymizer.anonymize(text, findings);
        for (const [, [, v]] of parts) expect(result.text).not.toContain(v);
        // Items are in order and their offsets slice what the operator produced.
        let prev = 0;
        for (const item of result.items) {
          expect(item.start).toBeGreaterThanOrEqual(prev);
          prev = item.end;
        }
        expect(result.text.endsWith(tail)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('encrypt round trip (property-based)', () => {
  const anonymizer = createAnonymizer({ operators: { DEFAULT: { type: 'encrypt' } }, key: KEY });
  it('decrypt(encrypt(x)) === x, deterministic; tampering fails', async () => {
    const { deanonymizeText } = await import('../../src/operators/anonymizer.js');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.nat(), (x, pos) => {
        const a = anonymizer.anonymize(x, [{ entity: 'SECRET', start: 0, end: x.length, score: 1, recognizer: 't' }]).text;
        expect(a).toBe(anonymizer.anonymize(x, [{ entity: 'SECRET', start: 0, end: x.length, score: 1, recognizer: 't' }]).text);
        expect(deanonymizeText(a, { key: KEY })).toBe(x);
        const payloadStart = '[[enc:SECRET:'.length;
        const i = payloadStart + (pos % (a.length - payloadStart - 2));
        const tampered = a.slice(0, i) + (a[i] === 'A' ? 'B' : 'A') + a.slice(i + 1);
        expect(() => deanonymizeText(tampered, { key: KEY })).toThrow(expect.objectContaining({ code: 'PII_DECRYPT_FAILED' }));
      }),
      { numRuns: 200 },
    );
  });
});
