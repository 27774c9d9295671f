import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyzer/analyzer.js';
import { phone, SCORE_INTERNATIONAL, SCORE_VALID, SCORE_WEAK } from '../../recognizers/phone.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

// Numbers from ranges reserved for fiction and documentation where a plan has them
// (US 555-01xx, UK 020 7946 0xxx and 07700 900xxx), otherwise made up for these tests.
describe('recognizer `phone`', () => {
  describe('default regions', () => {
    recognizerTable(phone, [
      // International.
      { name: '+ with spaces', text: '+44 20 7946 0958', expected: [['PHONE_NUMBER', '+44 20 7946 0958']], minScore: SCORE_INTERNATIONAL },
      { name: '+ contiguous after tel:', text: 'tel:+12125550199', expected: [['PHONE_NUMBER', '+12125550199']] },
      { name: '+ with area code in parentheses', text: 'Call +1 (212) 555-0199.', expected: [['PHONE_NUMBER', '+1 (212) 555-0199']] },
      { name: '+ with (0) trunk prefix', text: '+44 (0)20 7946 0958 fax', expected: [['PHONE_NUMBER', '+44 (0)20 7946 0958']] },
      { name: 'country code in parentheses', text: 'ring (+44) 20 7946 0958', expected: [['PHONE_NUMBER', '(+44) 20 7946 0958']], minScore: SCORE_INTERNATIONAL },
      { name: '00 call prefix', text: '0044 20 7946 0958', expected: [['PHONE_NUMBER', '0044 20 7946 0958']], minScore: SCORE_VALID },
      { name: '011 call prefix', text: 'dial 011 44 20 7946 0958', expected: [['PHONE_NUMBER', '011 44 20 7946 0958']] },
      { name: 'FR mobile', text: '+33 6 12 34 56 78', expected: [['PHONE_NUMBER', '+33 6 12 34 56 78']] },
      { name: 'extension left out', text: '+1 212 555 0199 ext. 12', expected: [['PHONE_NUMBER', '+1 212 555 0199']] },
      // National, grouped as the region writes them.
      { name: 'US with area code in parentheses', text: 'Call (212) 555-0199 now', expected: [['PHONE_NUMBER', '(212) 555-0199']], minScore: SCORE_VALID },
      { name: 'US dashed', text: 'reach me at 212-555-0199', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'US dotted', text: '212.555.0199', expected: [['PHONE_NUMBER', '212.555.0199']] },
      { name: 'UK landline', text: 'Tel 020 7946 0958', expected: [['PHONE_NUMBER', '020 7946 0958']] },
      { name: 'UK mobile', text: '07700 900123', expected: [['PHONE_NUMBER', '07700 900123']] },
      { name: 'DE with slash', text: 'Büro: 030/1234567', expected: [['PHONE_NUMBER', '030/1234567']] },
      { name: 'FR in pairs', text: 'appelez le 01 23 45 67 89', expected: [['PHONE_NUMBER', '01 23 45 67 89']] },
      { name: 'US with the country code but no +', text: '1-800-555-0199', expected: [['PHONE_NUMBER', '1-800-555-0199']] },
      { name: 'two numbers separated by a space', text: '212-555-0199 212-555-0142', expected: [['PHONE_NUMBER', '212-555-0199'], ['PHONE_NUMBER', '212-555-0142']] },
      { name: 'two numbers in a list', text: '212-555-0199, +44 20 7946 0958', expected: [['PHONE_NUMBER', '212-555-0199'], ['PHONE_NUMBER', '+44 20 7946 0958']] },
      { name: 'emoji (astral) before', text: '📞+1 212 555 0199', expected: [['PHONE_NUMBER', '+1 212 555 0199']] },
      { name: 'parentheses around the whole number are not part of it', text: '(212-555-0199)', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'label after the number', text: '212-555-0199-Office', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'IBAN groups are not phone numbers', text: 'my iban is DE89 3704 0044 0532 0130 00 thanks', expected: [] },
      { name: 'IBAN groups with letters are not phone numbers', text: 'GB82 WEST 1234 5698 7654 32', expected: [] },
      { name: 'a phone right after an IBAN is still found', text: 'DE89 3704 0044 0532 0130 00, call 212-555-0199', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'a phone after a room code is still found', text: 'Room A12, (212) 555-0199', expected: [['PHONE_NUMBER', '(212) 555-0199']] },
      // Weak: reported only with context.
      { name: 'unformatted digits with context', text: 'phone 2125550199', expected: [['PHONE_NUMBER', '2125550199']] },
      { name: 'unusual grouping with context', text: 'Mobile: 98765 43210', expected: [['PHONE_NUMBER', '98765 43210']] },
      { name: 'phone-shaped, unknown plan, context after', text: '71 83 29 46 fax', expected: [['PHONE_NUMBER', '71 83 29 46']] },
      { name: 'possible but not valid + number with context', text: 'mobile +1 212 155 0199', expected: [['PHONE_NUMBER', '+1 212 155 0199']] },
      { name: 'field name as context', text: '2125550199', field: 'customer_phone', expected: [['PHONE_NUMBER', '2125550199']] },
      { name: 'unformatted digits without context', text: 'id 2125550199', expected: [] },
      { name: 'unusual grouping without context', text: 'ref 98765 43210', expected: [] },
      // Not phone numbers.
      { name: 'ISO date', text: 'released 2024-01-15', expected: [] },
      { name: 'date and time', text: 'call at 2024-01-15 10:30', expected: [] },
      { name: 'European date', text: 'phone booked 15.01.2024', expected: [] },
      { name: 'US date with slashes', text: 'phone 01/15/2024', expected: [] },
      { name: 'IPv4 address', text: 'phone server 192.168.100.200', expected: [] },
      { name: 'version number', text: 'Version 10.0.19041.1234', expected: [] },
      { name: 'build number after a version word', text: 'call about build 212-555-0199', expected: [] },
      { name: 'SSN layout', text: 'call SSN 123-45-6789', expected: [] },
      { name: 'card number', text: 'phone 4916 8383 8858 7444', expected: [] },
      { name: 'dotted thousands', text: 'call 1.234.567', expected: [] },
      { name: 'decimal number', text: 'phone 3.14159265', expected: [] },
      { name: 'time', text: 'call 12:30:45', expected: [] },
      { name: 'long digit run', text: 'phone 12345678901234567890', expected: [] },
      { name: 'digits glued to letters before', text: 'abc2125550199', expected: [] },
      { name: 'digits glued to letters after', text: '2125550199xyz', expected: [] },
      { name: 'inside a hyphenated code', text: 'SKU-212-555-0199', expected: [] },
      { name: 'too few digits', text: 'phone 555-019', expected: [] },
      { name: 'one digit repeated', text: 'phone 000-000-0000', expected: [] },
      { name: 'house number before a street name', text: 'Phone office at 5533 119 Countess Close', expected: [] },
      { name: 'percentage', text: 'call 12345678%', expected: [] },
      // Whole ISO timestamps are rejected before the candidate scan; not-quite-timestamps are scanned.
      { name: 'ISO timestamp, UTC', text: '2024-01-08T10:00:00Z', field: 'phone', expected: [] },
      { name: 'ISO timestamp, fraction and offset', text: '2024-01-08T10:00:00.123456+05:30', field: 'phone', expected: [] },
      { name: 'ISO timestamp, minutes and a compact negative offset', text: '2024-01-08T10:00-0500', field: 'phone', expected: [] },
      { name: 'ISO timestamp then a phone', text: '2024-01-08T10:00:00Z 212-555-0199', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'phone then an ISO timestamp', text: '212-555-0199, 2024-01-08T10:00:00Z', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'timestamp-like with a phone in the date', text: '212-555-0199T10:00', field: 'phone', expected: [] },
      { name: 'phone after a version word mid-value is still dropped', text: 'v 212-555-0199', expected: [] },
    ]);
  });

  // What may follow a run is read from character codes, with a Unicode fallback past ASCII.
  describe('the character after a run', () => {
    recognizerTable(phone, [
      { name: 'at the end of the value', text: 'call (212) 555-0199', expected: [['PHONE_NUMBER', '(212) 555-0199']] },
      { name: 'an underscore', text: 'call 212-555-0199_', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'a comma and a space', text: 'call 212-555-0199, thanks', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'a colon at the end', text: 'call 212-555-0199:', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'a non-ASCII symbol', text: 'call 212-555-0199→ now', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'a non-ASCII space', text: 'call 212-555-0199\u00a0now', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'an upper-case letter', text: 'call 212-555-0199X', expected: [] },
      { name: 'a comma and a digit', text: 'call 212-555-0199,5', expected: [] },
      { name: 'a colon and a digit', text: 'call 212-555-0199:30', expected: [] },
      { name: 'a non-ASCII letter', text: 'call 212-555-0199é', expected: [] },
      { name: 'a non-ASCII digit', text: 'call 212-555-0199٣', expected: [] },
      { name: 'an astral letter', text: 'call 212-555-0199𝐚', expected: [] },
    ]);
  });

  // A street type among the next three words (within 48 characters) makes the digits a house number.
  describe('the words after a run', () => {
    recognizerTable(phone, [
      { name: 'a street type as the next word', text: 'call 212-555-0199 Street', expected: [] },
      { name: 'a street type as the third word', text: 'call 212-555-0199 Old Kent Road', expected: [] },
      { name: 'a street type in upper case', text: 'call 212-555-0199 Baker ST', expected: [] },
      { name: 'a street type as the fourth word', text: 'call 212-555-0199 the old kent road', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'a word that only starts like a street type', text: 'call 212-555-0199 stand by', expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'a street type past the window', text: `call 212-555-0199 ${'x'.repeat(50)} road`, expected: [['PHONE_NUMBER', '212-555-0199']] },
      { name: 'a word cut at the window end is read as cut', text: `call 212-555-0199 ${'x'.repeat(44)} strange`, expected: [] },
      { name: 'an international number before a street type', text: 'call +1 212 555 0199 Main Street', expected: [['PHONE_NUMBER', '+1 212 555 0199']] },
      { name: 'an international number in parentheses before a street type', text: 'call (+44) 20 7946 0958 Baker Street', expected: [['PHONE_NUMBER', '(+44) 20 7946 0958']] },
    ]);
  });

  describe('defaultRegions decide national formats', () => {
    recognizerTable(phone, [
      { name: 'FR number when FR is a default region', text: '06 12 34 56 78', expected: [['PHONE_NUMBER', '06 12 34 56 78']] },
    ], { defaultRegions: ['FR'] });
    recognizerTable(phone, [
      { name: 'FR number is only weak for US', text: '06 12 34 56 78', expected: [] },
      { name: 'international numbers do not depend on regions', text: '+33 6 12 34 56 78', expected: [['PHONE_NUMBER', '+33 6 12 34 56 78']] },
    ], { defaultRegions: ['US'] });
  });

  // Without context a bare number is not parsed (it could only score SCORE_WEAK, below the threshold).
  describe('bare numbers without context', () => {
    recognizerTable(phone, [
      { name: 'a call prefix still makes it international', text: 'ref 00442079460958', expected: [['PHONE_NUMBER', '00442079460958']], minScore: SCORE_VALID },
      { name: 'a context word in the value', text: 'fax: 2125550199', expected: [['PHONE_NUMBER', '2125550199']] },
    ]);
    recognizerTable(phone, [
      { name: 'reported when the threshold admits weak scores', text: 'id 2125550199', expected: [['PHONE_NUMBER', '2125550199']], minScore: SCORE_WEAK },
    ], { scoreThreshold: SCORE_WEAK });

    it('scores the same digits in a later value with context', () => {
      const analyzer = createAnalyzer({ recognizers: [phone] });
      expect(analyzer.analyze('id 2125550199', { field: 'ref' })).toEqual([]);
      const found = analyzer.analyze('phone 2125550199', { field: 'ref' });
      expect(found.map((f) => 'phone 2125550199'.slice(f.start, f.end))).toEqual(['2125550199']);
      expect(analyzer.analyze('2125550199', { field: 'mobile' }).map((f) => [f.start, f.end])).toEqual([[0, 10]]);
    });
  });

  // A worker's analyzer has seen other chunks first: what it remembers may make a value cheaper to
  // analyze, never give it other findings (the same output with 0, 1 or N workers).
  describe('a value past the parse budget', () => {
    // 700 distinct US numbers, grouped: each costs a parse; the budget covers 500 a value.
    const numbers = Array.from({ length: 700 }, (_, i) => `(212) 555-${String(1000 + i).padStart(4, '0')}`);
    const dump = numbers.join(', ');
    const spans = (found: readonly { start: number; end: number }[]) => found.map((f) => dump.slice(f.start, f.end));
    it.each([
      ['none of its numbers', [] as string[]],
      ['its first 300 numbers', numbers.slice(0, 300)],
      ['its last 300 numbers', numbers.slice(400)],
      ['every one of its numbers', numbers],
    ])('finds the same after the analyzer has seen %s', (_name, seen) => {
      const cold = createAnalyzer({ recognizers: [phone] }).analyze(dump, { field: 'notes' });
      const warm = createAnalyzer({ recognizers: [phone] });
      for (let i = 0; i < seen.length; i += 50) warm.analyze(seen.slice(i, i + 50).join(', '), { field: 'notes' });
      const found = warm.analyze(dump, { field: 'notes' });
      expect(spans(found)).toEqual(spans(cold));
      expect(found).toEqual(cold);
    });
    it('validates only as many numbers as the budget allows', () => {
      const found = spans(createAnalyzer({ recognizers: [phone] }).analyze(dump, { field: 'notes' }));
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(numbers.length);
      expect(found).toEqual(numbers.slice(0, found.length));
    });
  });

  it('scores weak matches below the default threshold', () => {
    const [finding] = spansOf(phone, 'ref 98765 43210', undefined, { scoreThreshold: 0.1 });
    expect(finding?.[2].score).toBe(SCORE_WEAK);
  });

});
