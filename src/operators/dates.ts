/**
 * Finds one calendar date in a short value (a DATE_TIME finding) and re-renders it in the same
 * format: numeric Y-M-D / D-M-Y / M-D-Y with `-` `/` `.`, compact YYYYMMDD, and English month
 * names (`March 5th, 2021`, `5 Mar 2021`). Used by the date surrogate and `generalize`.
 * Two-digit years use a fixed pivot (00-49 -> 20xx) so the result never depends on the clock.
 */
import { expandTwoDigitYear, isValidDay, monthNumber } from '../recognizer/dates.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALT = 'january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec';

const ISO = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const NUMERIC = /(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
const COMPACT = /(?<![\dA-Za-z])((?:19|20)\d{2})(\d{2})(\d{2})(?![\dA-Za-z])/;
const NAMED_MDY = new RegExp(`(?<![A-Za-z])(${MONTH_ALT})(\\.?)(\\s+)(\\d{1,2})(st|nd|rd|th)?(,?\\s+)(\\d{4})(?!\\d)`, 'i');
const NAMED_DMY = new RegExp(`(?<!\\d)(\\d{1,2})(st|nd|rd|th)?(\\s+(?:of\\s+)?)(${MONTH_ALT})(?![A-Za-z])(\\.?)(,?\\s+)(\\d{4})(?!\\d)`, 'i');

/** A calendar date found in a value, with a renderer that keeps the value's format. */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Day and month are both <= 12 and the order was guessed (month first). */
  readonly ambiguous: boolean;
  /** Whether the month is written as a name. */
  readonly named: boolean;
  /** The date in the original format. */
  render(year: number, month: number, day: number): string;
  /** The month name in the original style (named formats only). */
  monthName(month: number): string;
}

function num(text: string, width: number): (n: number) => string {
  // A component written with two digits (or a leading zero) stays zero-padded.
  const pad = text.length >= 2;
  return (n) => (pad ? String(n).padStart(width, '0') : String(n));
}

function year2(text: string): { value: number; render: (y: number) => string } {
  if (text.length === 4) return { value: Number(text), render: (y) => String(y).padStart(4, '0') };
  const yy = Number(text);
  return { value: expandTwoDigitYear(yy), render: (y) => String(y % 100).padStart(2, '0') };
}

function caseLike(sample: string): (s: string) => string {
  if (sample.length > 1 && sample === sample.toUpperCase()) return (s) => s.toUpperCase();
  if (sample === sample.toLowerCase()) return (s) => s.toLowerCase();
  return (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

function monthStyle(token: string): (month: number) => string {
  // `May` is both: written with three letters, it is rendered like the abbreviations.
  const full = token.length > 3 && MONTHS.includes(token.toLowerCase());
  const cased = caseLike(token);
  return (month) => {
    const name = MONTHS[month - 1]!;
    return cased(full ? name : name.slice(0, 3));
  };
}

function ordinal(day: number, sample: string | undefined): string {
  if (sample === undefined) return '';
  const mod100 = day % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return sample === sample.toUpperCase() ? suffix.toUpperCase() : suffix;
}

/**
 * The first date in `value`, or undefined.
 *
 * @example
 * findDate('born 05/03/1990')?.render(1991, 4, 7) // '04/07/1991'
 */
export function findDate(value: string): DateMatch | undefined {
  let m = ISO.exec(value);
  if (m) {
    const [, y, sep, mo, d] = m as unknown as [string, string, string, string, string];
    const year = Number(y);
    if (isValidDay(year, Number(mo), Number(d))) {
      const rm = num(mo, 2);
      const rd = num(d, 2);
      return make(m.index, m[0].length, year, Number(mo), Number(d), false, (yy, mm, dd) => `${String(yy).padStart(4, '0')}${sep}${rm(mm)}${sep}${rd(dd)}`);
    }
  }
  m = NAMED_MDY.exec(value);
  if (m) {
    const [, mon, dot, sp, d, ord, sep2, y] = m as unknown as [string, string, string, string, string, string | undefined, string, string];
    const month = monthNumber(mon) ?? 0;
    if (isValidDay(Number(y), month, Number(d))) {
      const name = monthStyle(mon);
      const rd = num(d, 2);
      return make(m.index, m[0].length, Number(y), month, Number(d), false, (yy, mm, dd) => `${name(mm)}${dot}${sp}${rd(dd)}${ordinal(dd, ord)}${sep2}${yy}`, name);
    }
  }
  m = NAMED_DMY.exec(value);
  if (m) {
    const [, d, ord, sp, mon, dot, sep2, y] = m as unknown as [string, string, string | undefined, string, string, string, string, string];
    const month = monthNumber(mon) ?? 0;
    if (isValidDay(Number(y), month, Number(d))) {
      const name = monthStyle(mon);
      const rd = num(d, 2);
      return make(m.index, m[0].length, Number(y), month, Number(d), false, (yy, mm, dd) => `${rd(dd)}${ordinal(dd, ord)}${sp}${name(mm)}${dot}${sep2}${yy}`, name);
    }
  }
  m = NUMERIC.exec(value);
  if (m) {
    const [, a, sep, b, y] = m as unknown as [string, string, string, string, string];
    const { value: year, render: ry } = year2(y);
    const na = Number(a);
    const nb = Number(b);
    // Dots are European (day first); otherwise month first unless the first part cannot be a month.
    const dayFirst = sep === '.' || na > 12;
    const [month, day] = dayFirst ? [nb, na] : [na, nb];
    if (isValidDay(year, month, day)) {
      const ra = num(a, 2);
      const rb = num(b, 2);
      const ambiguous = !dayFirst && nb <= 12;
      const render = dayFirst
        ? (yy: number, mm: number, dd: number) => `${ra(dd)}${sep}${rb(mm)}${sep}${ry(yy)}`
        : (yy: number, mm: number, dd: number) => `${ra(mm)}${sep}${rb(dd)}${sep}${ry(yy)}`;
      return make(m.index, m[0].length, year, month, day, ambiguous, render);
    }
  }
  m = COMPACT.exec(value);
  if (m) {
    const [, y, mo, d] = m as unknown as [string, string, string, string];
    if (isValidDay(Number(y), Number(mo), Number(d))) {
      const p2 = (n: number): string => String(n).padStart(2, '0');
      return make(m.index, m[0].length, Number(y), Number(mo), Number(d), false, (yy, mm, dd) => `${yy}${p2(mm)}${p2(dd)}`);
    }
  }
  return undefined;
}

function make(
  start: number,
  length: number,
  year: number,
  month: number,
  day: number,
  ambiguous: boolean,
  render: (y: number, m: number, d: number) => string,
  monthName?: (m: number) => string,
): DateMatch {
  return {
    start,
    end: start + length,
    year,
    month,
    day,
    ambiguous,
    named: monthName !== undefined,
    render,
    monthName: monthName ?? ((mm) => String(mm).padStart(2, '0')),
  };
}

/** The date `days` after (or before) the given one. */
export function shiftDate(year: number, month: number, day: number, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day) + days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A plausible four-digit year (1800-2099) standing alone in the value. */
export const LONE_YEAR = /(?<![\dA-Za-z])(1[89]\d{2}|20\d{2})(?![\dA-Za-z])/;
