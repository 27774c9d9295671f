import { describe, expect, it } from 'vitest';
import { anonymizeText, createAnonymizer, deanonymizeText } from '../../src/operators/anonymizer.js';
import type { OperatorsConfig } from '../../src/operators/types.js';
import { PiiScanError } from '../../src/errors.js';
import { findingsFor, KEY, OTHER_KEY } from './helpers.js';

function expectError(fn: () => unknown, code: string, option?: string): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PiiScanError);
    expect((err as PiiScanError).code).toBe(code);
    if (option !== undefined) expect((err as PiiScanError).option).toBe(option);
    return;
  }
  throw new Error(`expected ${code}`);
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly spans: readonly (readonly [string, string])[];
  readonly operators?: OperatorsConfig;
  /** The expected output text. */
  readonly out: string;
  /** The expected replacement of each span, in order. */
  readonly items: readonly string[];
}

const cases: Case[] = [
  { name: 'default replace', text: 'mail ann@corp.io now', spans: [['EMAIL_ADDRESS', 'ann@corp.io']], out: 'mail <EMAIL_ADDRESS> now', items: ['<EMAIL_ADDRESS>'] },
  {
    name: 'custom template',
    text: 'call 415-555-0100',
    spans: [['PHONE_NUMBER', '415-555-0100']],
    operators: { DEFAULT: { type: 'replace', template: '[{entity} removed]' } },
    out: 'call [PHONE_NUMBER removed]',
    items: ['[PHONE_NUMBER removed]'],
  },
  {
    name: 'span at start and end, adjacent spans',
    text: 'ann@corp.io415-555-0100',
    spans: [['EMAIL_ADDRESS', 'ann@corp.io'], ['PHONE_NUMBER', '415-555-0100']],
    out: '<EMAIL_ADDRESS><PHONE_NUMBER>',
    items: ['<EMAIL_ADDRESS>', '<PHONE_NUMBER>'],
  },
  {
    name: 'emoji (astral) before the span',
    text: '😀😀 card 4111 1111 1111 1234 ok',
    spans: [['CREDIT_CARD', '4111 1111 1111 1234']],
    operators: { CREDIT_CARD: { type: 'mask', keepLast: 4 } },
    out: '😀😀 card **** **** **** 1234 ok',
    items: ['**** **** **** 1234'],
  },
  {
    name: 'redact leaves an empty item',
    text: 'a ann@corp.io b',
    spans: [['EMAIL_ADDRESS', 'ann@corp.io']],
    operators: { DEFAULT: { type: 'redact' } },
    out: 'a  b',
    items: [''],
  },
  {
    name: 'keep leaves the value',
    text: 'a ann@corp.io b',
    spans: [['EMAIL_ADDRESS', 'ann@corp.io']],
    operators: { EMAIL_ADDRESS: { type: 'keep' } },
    out: 'a ann@corp.io b',
    items: ['ann@corp.io'],
  },
  {
    name: 'per-entity operator over DEFAULT',
    text: 'Ann Lee, ann@corp.io, 123-45-6789',
    spans: [['PERSON', 'Ann Lee'], ['EMAIL_ADDRESS', 'ann@corp.io'], ['US_SSN', '123-45-6789']],
    operators: { DEFAULT: { type: 'redact' }, EMAIL_ADDRESS: { type: 'mask', keepDomain: true }, US_SSN: { type: 'mask', char: '#', keepLast: 4 } },
    out: ', ***@corp.io, ###-##-6789',
    items: ['', '***@corp.io', '###-##-6789'],
  },
  {
    name: 'generalize dates, ages and postcodes',
    text: 'born 1987-06-21, age 34, zip 94103-1234, pc SW1A 1AA',
    spans: [['DATE_TIME', '1987-06-21'], ['AGE', '34'], ['US_ZIP_CODE', '94103-1234'], ['UK_POSTCODE', 'SW1A 1AA']],
    operators: { DATE_TIME: { type: 'generalize', to: 'month' }, AGE: { type: 'generalize' }, US_ZIP_CODE: { type: 'generalize' }, UK_POSTCODE: { type: 'generalize' } },
    out: 'born 1987-06, age 30-39, zip 941, pc SW1A',
    items: ['1987-06', '30-39', '941', 'SW1A'],
  },
];

describe('anonymize: operators and output offsets', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = findingsFor(c.text, c.spans);
      const result = createAnonymizer(c.operators === undefined ? {} : { operators: c.operators }).anonymize(c.text, findings);
      expect(result.text).toBe(c.out);
      expect(result.items.map((i) => result.text.slice(i.start, i.end))).toEqual(c.items);
      expect(result.items.map((i) => i.entity)).toEqual(c.spans.map(([e]) => e));
    });
  }

  it('reports the operator of each item and never the original value', () => {
    const text = 'x ann@corp.io y 4111111111111111';
    const result = anonymizeText(text, findingsFor(text, [['EMAIL_ADDRESS', 'ann@corp.io'], ['CREDIT_CARD', '4111111111111111']]), {
      CREDIT_CARD: { type: 'hash', length: 16 },
    }, { key: KEY });
    expect(result.items.map((i) => i.operator)).toEqual(['replace', 'hash']);
    expect(JSON.stringify(result)).not.toContain('ann@corp.io');
    expect(JSON.stringify(result)).not.toContain('4111111111111111');
    const hashItem = result.items[1]!;
    expect(result.text.slice(hashItem.start, hashItem.end)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('sorts unsorted findings and merges overlapping ones so nothing of either survives', () => {
    const text = 'aa SECRET-PART-TWO bb ann@corp.io';
    const [secret, email] = findingsFor(text, [['API_KEY', 'SECRET-PART-TWO'], ['EMAIL_ADDRESS', 'ann@corp.io']]);
    const inner = { ...secret!, entity: 'OTHER', start: secret!.start + 7, end: secret!.end + 2 };
    const result = createAnonymizer().anonymize(text, [email!, inner, secret!]);
    expect(result.text).toBe('aa <API_KEY>b <EMAIL_ADDRESS>');
    expect(result.items.map((i) => result.text.slice(i.start, i.end))).toEqual(['<API_KEY>', '<EMAIL_ADDRESS>']);
  });

  it('rejects findings outside the text', () => {
    expectError(() => createAnonymizer().anonymize('abc', [{ entity: 'X', start: 1, end: 9, score: 1, recognizer: 't' }]), 'PII_INVALID_OPTION', 'findings');
  });

  it('returns the text unchanged without findings', () => {
    expect(createAnonymizer().anonymize('hello', [])).toEqual({ text: 'hello', items: [] });
  });
});

describe('replace with {id}', () => {
  const ops: OperatorsConfig = { PERSON: { type: 'replace', template: '<{entity}_{id}>' }, EMAIL_ADDRESS: { type: 'replace', template: '<{entity}_{id}>' } };
  const run = (text: string, spans: [string, string][], key = KEY) => anonymizeText(text, findingsFor(text, spans), ops, { key }).text;

  it('gives the same id to the same (normalized) value and different ids to different values', () => {
    const a = run('Ann Lee met Bo Chan; ann lee left', [['PERSON', 'Ann Lee'], ['PERSON', 'Bo Chan'], ['PERSON', 'ann lee']]);
    const ids = [...a.matchAll(/<PERSON_([0-9a-f]{8})>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(run('Ann@Corp.io', [['EMAIL_ADDRESS', 'Ann@Corp.io']])).toBe(run('ann@corp.io', [['EMAIL_ADDRESS', 'ann@corp.io']]));
  });

  it('depends on the key', () => {
    expect(run('Ann Lee', [['PERSON', 'Ann Lee']])).not.toBe(run('Ann Lee', [['PERSON', 'Ann Lee']], OTHER_KEY));
  });
});

describe('encrypt and deanonymizeText', () => {
  const ops: OperatorsConfig = { DEFAULT: { type: 'encrypt' } };
  const text = '😀 Ann Lee <ann@corp.io> 4111 1111 1111 1111';
  const spans: [string, string][] = [['PERSON', 'Ann Lee'], ['EMAIL_ADDRESS', 'ann@corp.io'], ['CREDIT_CARD', '4111 1111 1111 1111']];

  it('round-trips and is deterministic', () => {
    const a = anonymizeText(text, findingsFor(text, spans), ops, { key: KEY });
    expect(a.text).not.toContain('ann@corp.io');
    expect(a.items.map((i) => a.text.slice(i.start, i.end)).every((t) => /^\[\[enc:[A-Z_]+:[A-Za-z0-9_-]+\]\]$/.test(t))).toBe(true);
    expect(anonymizeText(text, findingsFor(text, spans), ops, { key: KEY }).text).toBe(a.text);
    expect(deanonymizeText(a.text, { key: KEY })).toBe(text);
  });

  it('fails with PII_DECRYPT_FAILED for a wrong key, a tampered payload or a relabelled entity', () => {
    const a = anonymizeText(text, findingsFor(text, spans), ops, { key: KEY }).text;
    expectError(() => deanonymizeText(a, { key: OTHER_KEY }), 'PII_DECRYPT_FAILED');
    const token = /\[\[enc:PERSON:([A-Za-z0-9_-]+)\]\]/.exec(a)!;
    const payload = token[1]!;
    const flipped = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
    expectError(() => deanonymizeText(a.replace(payload, flipped), { key: KEY }), 'PII_DECRYPT_FAILED');
    expectError(() => deanonymizeText(a.replace('[[enc:PERSON:', '[[enc:LOCATION:'), { key: KEY }), 'PII_DECRYPT_FAILED');
    expectError(() => deanonymizeText(a.replace(payload, payload.slice(0, 10)), { key: KEY }), 'PII_DECRYPT_FAILED');
  });

  it('leaves text without tokens alone and needs a key', () => {
    expect(deanonymizeText('no tokens [[enc: here', { key: KEY })).toBe('no tokens [[enc: here');
    expectError(() => deanonymizeText('x', {} as { key: string }), 'PII_MISSING_KEY');
  });
});

describe('hash', () => {
  const run = (ops: OperatorsConfig, value: string, entity = 'EMAIL_ADDRESS', key = KEY) =>
    anonymizeText(value, [{ entity, start: 0, end: value.length, score: 1, recognizer: 't' }], ops, { key }).text;

  it.each([
    [{ type: 'hash' }, /^[0-9a-f]{64}$/],
    [{ type: 'hash', algorithm: 'sha512' }, /^[0-9a-f]{128}$/],
    [{ type: 'hash', encoding: 'base64' }, /^[A-Za-z0-9+/]{43}=$/],
    [{ type: 'hash', algorithm: 'sha512', encoding: 'base64', length: 12 }, /^[A-Za-z0-9+/]{12}$/],
  ] as const)('%o has the right shape', (op, shape) => {
    expect(run({ DEFAULT: op }, 'ann@corp.io')).toMatch(shape);
  });

  it('hashes the normalized value, keyed', () => {
    const op: OperatorsConfig = { DEFAULT: { type: 'hash' } };
    expect(run(op, 'Ann@CORP.io')).toBe(run(op, 'ann@corp.io'));
    expect(run(op, '+1 (415) 555-0100', 'PHONE_NUMBER')).toBe(run(op, '14155550100', 'PHONE_NUMBER'));
    expect(run(op, '4111-1111-1111-1111', 'CREDIT_CARD')).toBe(run(op, '4111 1111 1111 1111', 'CREDIT_CARD'));
    expect(run(op, 'ann@corp.io')).not.toBe(run(op, 'bob@corp.io'));
    expect(run(op, 'ann@corp.io')).not.toBe(run(op, 'ann@corp.io', 'EMAIL_ADDRESS', OTHER_KEY));
  });
});

describe('createAnonymizer validation', () => {
  it.each([
    [{ EMAIL_ADDRESS: { type: 'scramble' } }, 'operators.EMAIL_ADDRESS.type'],
    [{ EMAIL_ADDRESS: { type: 'mask', keepLast: -1 } }, 'operators.EMAIL_ADDRESS.keepLast'],
    [{ EMAIL_ADDRESS: { type: 'mask', keepLast: 1.5 } }, 'operators.EMAIL_ADDRESS.keepLast'],
    [{ EMAIL_ADDRESS: { type: 'mask', keepFirst: '2' } }, 'operators.EMAIL_ADDRESS.keepFirst'],
    [{ EMAIL_ADDRESS: { type: 'mask', char: '**' } }, 'operators.EMAIL_ADDRESS.char'],
    [{ EMAIL_ADDRESS: { type: 'mask', keepDomain: 'yes' } }, 'operators.EMAIL_ADDRESS.keepDomain'],
    [{ EMAIL_ADDRESS: { type: 'mask', keepLst: 4 } }, 'operators.EMAIL_ADDRESS.keepLst'],
    [{ CREDIT_CARD: { type: 'hash', algorithm: 'md5' } }, 'operators.CREDIT_CARD.algorithm'],
    [{ CREDIT_CARD: { type: 'hash', encoding: 'base32' } }, 'operators.CREDIT_CARD.encoding'],
    [{ CREDIT_CARD: { type: 'hash', length: 4 } }, 'operators.CREDIT_CARD.length'],
    [{ CREDIT_CARD: { type: 'hash', length: 65 } }, 'operators.CREDIT_CARD.length'],
    [{ PERSON: { type: 'replace', template: '<{name}>' } }, 'operators.PERSON.template'],
    [{ PERSON: { type: 'replace', template: 7 } }, 'operators.PERSON.template'],
    [{ PERSON: { type: 'generalize' } }, 'operators.PERSON.type'],
    [{ DATE_TIME: { type: 'generalize', to: 'week' } }, 'operators.DATE_TIME.to'],
    [{ AGE: { type: 'generalize', width: 1 } }, 'operators.AGE.width'],
    [{ ZIP_CODE: { type: 'generalize', keep: 0 } }, 'operators.ZIP_CODE.keep'],
    [{ PERSON: { type: 'redact', extra: true } }, 'operators.PERSON.extra'],
    [{ PERSON: 'redact' }, 'operators.PERSON'],
    [{ person: { type: 'redact' } }, 'operators.person'],
  ])('%o -> PII_INVALID_OPERATOR naming %s', (operators, option) => {
    expectError(() => createAnonymizer({ operators: operators as unknown as OperatorsConfig, key: KEY }), 'PII_INVALID_OPERATOR', option);
  });

  it.each([
    [{ DEFAULT: { type: 'hash' } }],
    [{ PERSON: { type: 'pseudonymize' } }],
    [{ PERSON: { type: 'encrypt' } }],
    [{ PERSON: { type: 'replace', template: '<{entity}_{id}>' } }],
  ] as const)('%o without a key -> PII_MISSING_KEY at creation', (operators) => {
    expectError(() => createAnonymizer({ operators }), 'PII_MISSING_KEY');
  });

  it('unkeyed operators need no key; a short key is PII_INVALID_KEY', () => {
    expect(() => createAnonymizer({ operators: { DEFAULT: { type: 'mask' }, PERSON: { type: 'replace', template: '[{entity}]' } } })).not.toThrow();
    expectError(() => createAnonymizer({ operators: { DEFAULT: { type: 'hash' } }, key: 'short' }), 'PII_INVALID_KEY');
  });

  it('error messages never contain the key', () => {
    try {
      createAnonymizer({ key: 'hex:abc' });
    } catch (err) {
      expect((err as Error).message).not.toContain('abc');
      return;
    }
    throw new Error('expected an error');
  });
});
