/** Calendar helpers for date recognizers: month names and day-in-month range checks. */

/** Lower-case month name or abbreviation (`jan`, `sept`, `march`) -> month number 1-12. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap(
    (name, i) => {
      const entries: [string, number][] = [[name, i + 1], [name.slice(0, 3), i + 1]];
      if (name === 'september') entries.push(['sept', 9]);
      return entries;
    },
  ),
);

/**
 * The month number of a month name or abbreviation, ignoring case and a trailing `.`;
 * undefined when it is not one.
 *
 * @example monthNumber('Sept.') // 9
 */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.replace(/\.$/, '').toLowerCase());
}

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * True when `day` exists in `month` (1-12). Without a year, 29 February is allowed.
 *
 * @example isValidDay(2024, 2, 29) // true
 * @example isValidDay(2023, 2, 29) // false
 */
export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  const length = month === 2 ? (year === undefined || isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= length;
}

/** A two-digit year read as 1950-2049 (the POSIX `%y` window shifted to cover birth dates). */
export function expandTwoDigitYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}
