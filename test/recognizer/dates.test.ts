import { describe, expect, it } from 'vitest';
import { expandTwoDigitYear, isLeapYear, isValidDay, monthNumber } from '../../src/recognizer/dates.js';

describe('dates', () => {
  it('reads month names and abbreviations in any case', () => {
    expect(monthNumber('January')).toBe(1);
    expect(monthNumber('SEPT.')).toBe(9);
    expect(monthNumber('sep')).toBe(9);
    expect(monthNumber('dec.')).toBe(12);
    expect(monthNumber('Janu')).toBeUndefined();
  });

  it('checks day ranges per month and leap years', () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(undefined, 2, 29)).toBe(true);
    expect(isValidDay(2023, 4, 31)).toBe(false);
    expect(isValidDay(2023, 12, 31)).toBe(true);
    expect(isValidDay(2023, 13, 1)).toBe(false);
    expect(isValidDay(2023, 1, 0)).toBe(false);
  });

  it('expands two-digit years around 1950-2049', () => {
    expect(expandTwoDigitYear(49)).toBe(2049);
    expect(expandTwoDigitYear(50)).toBe(1950);
    expect(expandTwoDigitYear(98)).toBe(1998);
  });
});
