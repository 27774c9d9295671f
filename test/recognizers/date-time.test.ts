import { describe, expect, it } from 'vitest';
import { dateTime } from '../../recognizers/date-time.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';

const D = 'DATE_TIME';

describe('recognizer `date-time`', () => {
  recognizerTable(dateTime, [
    { name: 'ISO date', text: 'due 2023-11-07.', expected: [[D, '2023-11-07']] },
    { name: 'ISO timestamp', text: 'at 2023-11-07T08:15:59Z,', expected: [[D, '2023-11-07T08:15:59Z']] },
    { name: 'ISO with offset and fraction', text: '2023-11-07T08:15:59.250+01:00', expected: [[D, '2023-11-07T08:15:59.250+01:00']] },
    { name: 'date and time with a space', text: 'When: 1998-02-13 17:42:05\nWhere', expected: [[D, '1998-02-13 17:42:05']] },
    { name: 'day first', text: 'on 23/11/2023 we', expected: [[D, '23/11/2023']] },
    { name: 'month first', text: 'on 11/23/2023 we', expected: [[D, '11/23/2023']] },
    { name: 'dotted', text: 'am 23.11.2023 um', expected: [[D, '23.11.2023']] },
    { name: 'short year with slashes', text: 'since 3/7/98', expected: [[D, '3/7/98']] },
    { name: 'dotted short year in context', text: 'Datum: 23.11.98', field: 'date', expected: [[D, '23.11.98']] },
    { name: 'numeric with 12-hour time', text: '11/23/2023 9:05 pm', expected: [[D, '11/23/2023 9:05 pm']] },
    { name: 'leap day', text: '29/02/2024', expected: [[D, '29/02/2024']] },
    { name: 'written month first', text: 'Signed November 23, 2023.', expected: [[D, 'November 23, 2023']] },
    { name: 'written day first', text: 'on 7 Nov 2023 and 23rd of November, 2023', expected: [[D, '7 Nov 2023'], [D, '23rd of November, 2023']] },
    { name: 'abbreviation with dot and ordinal', text: 'due Nov. 23rd!', expected: [[D, 'Nov. 23rd']] },
    { name: 'weekday and written date', text: 'Thursday, November 23rd 2023 at 10:30', expected: [[D, 'Thursday, November 23rd 2023 at 10:30']] },
    { name: 'weekday before numeric date', text: 'Thu, 23/11/2023', expected: [[D, 'Thu, 23/11/2023']] },
    { name: 'dashed with month name', text: '23-Nov-2023', expected: [[D, '23-Nov-2023']] },
    { name: 'month and year', text: 'joined in October 2019.', expected: [[D, 'October 2019']] },
    { name: 'lower-case full month', text: 'back on october 4', expected: [[D, 'october 4']] },
    { name: 'year after a preposition', text: 'It was founded in 1987. Since 2004, it grew', expected: [[D, '1987'], [D, '2004']] },
    { name: 'year as an attribute', text: 'a 1964 Italian western', expected: [[D, '1964']] },
    { name: 'year with context word', text: 'born 1971', expected: [[D, '1971']] },
    { name: 'bare year in a year column', text: '1971', field: 'birth_year', expected: [[D, '1971']] },
    { name: 'weekday alone', text: 'see you on Tuesday!', expected: [[D, 'Tuesday']] },
    { name: 'emoji before', text: '🎂🎂12/05/1990', expected: [[D, '12/05/1990']] },
    { name: 'time only', text: 'meet at 10:20 or 10:20:30', expected: [] },
    { name: 'phone digit groups', text: 'call 212-555-0199 or 555-12-34', expected: [] },
    { name: 'version after a version word', text: 'version 1.12.2020', expected: [] },
    { name: 'version with a short last part', text: 'upgrade to 1.2.24', expected: [] },
    { name: 'v-prefixed', text: 'v2.1.2024', expected: [] },
    { name: 'inside a longer number', text: '3-12-05-2024 and 12/05/20245', expected: [] },
    { name: 'no 31 April', text: '31/04/2023', expected: [] },
    { name: 'no 29 February in a common year', text: '29/02/2023', expected: [] },
    { name: 'month 13 both ways', text: '13/13/2020', expected: [] },
    { name: 'ISO month out of range', text: '2023-13-01', expected: [] },
    { name: 'bare year without context', text: 'order 1985 shipped', expected: [] },
    { name: 'quantity after a preposition', text: 'in 2000 ms', expected: [] },
    { name: 'money', text: 'paid $2019', expected: [] },
    { name: 'lower-case may and march', text: 'you may 5 times; we march 4 miles', expected: [] },
    { name: 'fraction', text: '3/4 cup', expected: [] },
  ]);

  // Which patterns run is decided by cheap tests (an ASCII month-word regex on ASCII-only values):
  // each must let through every value its pattern matches.
  describe('preconditions', () => {
    recognizerTable(dateTime, [
      { name: 'month word at the start', text: 'Jan 5, 2024', expected: [[D, 'Jan 5, 2024']] },
      { name: 'month word after punctuation', text: '(Mar 3 2021)', expected: [[D, 'Mar 3 2021']] },
      { name: 'month word in upper case', text: 'DEC 24', expected: [[D, 'DEC 24']] },
      { name: 'month word after a non-ASCII letter', text: 'éJan 5, 2024', expected: [] },
      { name: 'month word after an underscore', text: 'x_Jan 5, 2024', expected: [[D, '2024']], field: 'year' },
      { name: 'month word after a digit', text: '5Jan 2024', expected: [] },
      { name: 'month word in non-ASCII text', text: 'Geburtstag: 5 März, Jan 5', expected: [[D, 'Jan 5']] },
      { name: 'weekday and ISO date', text: 'Thu, 2023-11-23', expected: [[D, 'Thu, 2023-11-23']] },
      { name: 'weekday and numeric date', text: 'Wednesday. ,   23/11/2023', expected: [[D, 'Wednesday. ,   23/11/2023']] },
      { name: 'numeric date at the start', text: '1/5/24 due', expected: [[D, '1/5/24']] },
      { name: 'ISO date inside a longer digit run', text: '12024-01-08', expected: [] },
      { name: 'numeric date after an ISO date', text: '2024-01-08 and 08.01.2024', expected: [[D, '2024-01-08'], [D, '08.01.2024']] },
      { name: 'date at the very end', text: 'paid 2023-11-07', expected: [[D, '2023-11-07']] },
      // `day` and `DAY` are searched for only where the profile has three letters of their case.
      { name: 'weekday ending in upper case', text: 'see you MonDAY', expected: [[D, 'MonDAY']] },
      { name: 'weekday in upper case', text: 'OPEN SUNDAY', expected: [[D, 'SUNDAY']] },
      { name: 'weekday with one capital', text: 'until Sunday', expected: [[D, 'Sunday']] },
      { name: 'upper-case DAY that is no weekday', text: 'TODAY', expected: [] },
      { name: 'mixed-case weekday the pattern does not take', text: 'MonDay', expected: [] },
    ]);
  });

  // A match over the whole value is the answer without looking further: what resolving would keep.
  describe('whole-value matches', () => {
    recognizerTable(dateTime, [
      { name: 'whole ISO timestamp', text: '2024-01-08T10:00:00Z', expected: [[D, '2024-01-08T10:00:00Z']], minScore: 0.9 },
      { name: 'whole ISO date', text: '2024-01-08', expected: [[D, '2024-01-08']], minScore: 0.8 },
      { name: 'whole numeric date', text: '08.01.2024', expected: [[D, '08.01.2024']] },
      { name: 'whole written date with a weekday', text: 'Monday, March 3rd 2020', expected: [[D, 'Monday, March 3rd 2020']] },
      { name: 'whole weekday', text: 'Friday', expected: [[D, 'Friday']] },
      { name: 'whole year with context', text: '1999', field: 'year', expected: [[D, '1999']] },
      { name: 'timestamp and a space', text: '2024-01-08T10:00:00Z ', expected: [[D, '2024-01-08T10:00:00Z']] },
      { name: 'invalid whole date, then a year inside it', text: '2024-02-30', field: 'year', expected: [] },
      { name: 'a whole-value match found after a shorter one', text: '2024-01-08 2024', field: 'year', expected: [[D, '2024-01-08'], [D, '2024']] },
    ]);
  });

  it('raises dates of birth with context', () => {
    const plain = spansOf(dateTime, 'on 3/7/98')[0]![2].score;
    const dob = spansOf(dateTime, 'dob 3/7/98')[0]![2].score;
    expect(dob).toBeGreaterThan(plain);
  });
});
