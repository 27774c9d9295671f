/**
 * The `generalize` operator: dates to a year, month or decade; ages to ranges; postcodes truncated.
 * A value it cannot generalize becomes `<ENTITY>`, so nothing specific leaks.
 */
import { findDate, LONE_YEAR } from './dates.js';

/** Which generalization applies to an entity. */
export type GeneralizeKind = 'date' | 'age' | 'postcode';

/** Validated parameters. */
export interface GeneralizeParams {
  readonly to: 'year' | 'month' | 'decade';
  readonly width: number;
  readonly keep: number;
}

/**
 * Classifies an entity by name: `DATE_TIME`, `DATE_OF_BIRTH`, `DOB` -> date; `AGE`, `*_AGE` -> age;
 * `ZIP_CODE`, `US_ZIP`, `UK_POSTCODE`, `POSTAL_CODE` -> postcode.
 */
export function entityKind(entity: string): GeneralizeKind | undefined {
  if (/DATE|DOB|BIRTH/.test(entity)) return 'date';
  if (entity === 'AGE' || entity.endsWith('_AGE')) return 'age';
  if (/ZIP|POSTCODE|POSTAL/.test(entity)) return 'postcode';
  return undefined;
}

/**
 * Generalizes one value.
 *
 * @example
 * generalizeValue('2021-03-05', 'DATE_TIME', { to: 'month', width: 10, keep: 3 }) // '2021-03'
 */
export function generalizeValue(value: string, entity: string, params: GeneralizeParams): string {
  const kind = entityKind(entity);
  const placeholder = `<${entity}>`;
  if (kind === 'date') {
    const date = findDate(value);
    let year = date?.year;
    if (year === undefined) {
      const m = LONE_YEAR.exec(value);
      if (m === null) return placeholder;
      year = Number(m[1]);
    }
    if (params.to === 'decade') return `${Math.floor(year / 10) * 10}s`;
    // Without a full date, a month cannot be given: the year is coarser, so it is safe.
    if (params.to === 'year' || date === undefined) return String(year);
    return date.named ? `${date.monthName(date.month)} ${year}` : `${year}-${String(date.month).padStart(2, '0')}`;
  }
  if (kind === 'age') {
    const m = /\d{1,3}/.exec(value);
    if (m === null || /\d/.test(value.slice(m.index + m[0].length))) return placeholder;
    const age = Number(m[0]);
    if (age > 150) return placeholder;
    const range = age >= 90 ? '90+' : `${Math.floor(age / params.width) * params.width}-${Math.floor(age / params.width) * params.width + params.width - 1}`;
    return value.slice(0, m.index) + range + value.slice(m.index + m[0].length);
  }
  if (kind === 'postcode') {
    const trimmed = value.trim();
    const space = trimmed.search(/\s/);
    // `SW1A 1AA`, `K1A 0B1`: the outward part; a spaced US `94103 1234` falls through to truncation.
    if (space > 0 && /[A-Za-z]/.test(trimmed.slice(0, space))) return trimmed.slice(0, space);
    const alnum = trimmed.replace(/[^0-9A-Za-z]+/g, '');
    // Keeping every character would reveal the whole code.
    return alnum.length > params.keep ? alnum.slice(0, params.keep) : placeholder;
  }
  return placeholder;
}
