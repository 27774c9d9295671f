import { describe, expect, it } from 'vitest';
import { analyzeRecord, anonymizeRecord, anonymizeValue, createRecordEngine } from '../../src/pipeline/record.js';

const ticket = { entity: 'TICKET_ID', patterns: [{ regex: '(?<![0-9])TCK-\\d{6}(?![0-9])', score: 0.9 }] };
const cardNumber = { id: 'test-long-number', entity: 'ACCOUNT_NUMBER', patterns: [{ regex: '(?<![0-9])\\d{16}(?![0-9])', score: 0.9 }] };

describe('record core', () => {
  const engine = createRecordEngine({ recognizers: ['email', ticket, cardNumber] }, 'json');

  it('analyzes every string and number leaf with its JSON path', () => {
    const record = { user: { email: 'jane.doe@acme.io', account: 4000123412341234 }, messages: [{ content: 'ref TCK-123456' }], n: 5 };
    expect(analyzeRecord(engine, record).map((f) => [f.field, f.entity, f.start, f.end])).toEqual([
      ['user.email', 'EMAIL_ADDRESS', 0, 16],
      ['user.account', 'ACCOUNT_NUMBER', 0, 16],
      ['messages[0].content', 'TICKET_ID', 4, 14],
    ]);
  });

  it('anonymizes a copy, shares untouched parts and never mutates the input', () => {
    const untouched = { note: 'nothing here' };
    const record = { user: { email: 'jane.doe@acme.io', id: 7 }, untouched, list: ['TCK-000001', 'x'] };
    const frozen = structuredClone(record);
    const { record: out, findings } = anonymizeRecord(engine, record);
    expect(record).toEqual(frozen);
    expect(out).toEqual({ user: { email: '<EMAIL_ADDRESS>', id: 7 }, untouched, list: ['<TICKET_ID>', 'x'] });
    expect(out.untouched).toBe(untouched);
    expect(findings).toHaveLength(2);
    expect(anonymizeRecord(engine, untouched).record).toBe(untouched);
  });

  it('replaces a number leaf with a string, and can leave numbers alone', () => {
    expect(anonymizeRecord(engine, { account: 4000123412341234 }).record).toEqual({ account: '<ACCOUNT_NUMBER>' });
    const noNumbers = createRecordEngine({ recognizers: [cardNumber], scanNumbers: false }, 'json');
    expect(anonymizeRecord(noNumbers, { account: 4000123412341234 }).record).toEqual({ account: 4000123412341234 });
  });

  it('selects fields and applies per-field operators', () => {
    const e = createRecordEngine(
      {
        recognizers: ['email', ticket],
        fields: ['user', 'messages[*].content'],
        skipFields: ['user.backup'],
        fieldOperators: { 'user.email': { EMAIL_ADDRESS: { type: 'redact' } } },
      },
      'json',
    );
    const { record } = anonymizeRecord(e, {
      user: { email: 'a.b@acme.io', backup: 'c.d@acme.io', other: 'e.f@acme.io' },
      messages: [{ content: 'g.h@acme.io', role: 'i.j@acme.io' }],
      top: 'k.l@acme.io',
    });
    expect(record).toEqual({
      user: { email: '', backup: 'c.d@acme.io', other: '<EMAIL_ADDRESS>' },
      messages: [{ content: '<EMAIL_ADDRESS>', role: 'i.j@acme.io' }],
      top: 'k.l@acme.io',
    });
  });

  it('treats flat objects as CSV rows with fieldStyle csv (column names match literally)', () => {
    const e = createRecordEngine({ recognizers: ['email'], fields: ['e.mail'] }, 'csv');
    expect(anonymizeRecord(e, { 'e.mail': 'a.b@acme.io', other: 'c.d@acme.io' }).record).toEqual({ 'e.mail': '<EMAIL_ADDRESS>', other: 'c.d@acme.io' });
  });

  it('uses the field name as context', () => {
    const weak = { entity: 'EMPLOYEE_ID', patterns: [{ regex: '(?<![0-9])\\d{7}(?![0-9])', score: 0.3 }], context: ['employee'] };
    const e = createRecordEngine({ recognizers: [weak] }, 'json');
    expect(anonymizeValue(e, 'employee_id', '1234567').text).toBe('<EMPLOYEE_ID>');
    expect(anonymizeValue(e, 'order', '1234567').text).toBe('1234567');
  });

  it('fails early on a keyed operator without a key', () => {
    expect(() => createRecordEngine({ recognizers: ['email'], operators: { DEFAULT: { type: 'hash' } } }, 'json')).toThrow(expect.objectContaining({ code: 'PII_MISSING_KEY' }));
  });
});
