/**
 * Date surrogates: the date shifted by a keyed per-value offset of 1-365 days either way, in the
 * original format. For a day/month order that was guessed (both parts <= 12) the shifted day is
 * kept <= 12 too, so the result is a valid date whichever order the data uses. A lone year is
 * shifted by 1-5 years.
 */
import { findDate, LONE_YEAR, shiftDate } from '../dates.js';
import type { KeyedRandom } from '../random.js';

/** The shifted date in the same format. Undefined when no date is found in `value`. */
export function dateSurrogate(value: string, rng: KeyedRandom): string | undefined {
  const date = findDate(value);
  if (date !== undefined) {
    for (let attempt = 0; attempt < 64; attempt++) {
      const days = rng.range(1, 365) * (rng.int(2) === 0 ? -1 : 1);
      const next = shiftDate(date.year, date.month, date.day, days);
      if (date.ambiguous && next.day > 12) continue;
      const rendered = date.render(next.year, next.month, next.day);
      const out = value.slice(0, date.start) + rendered + value.slice(date.end);
      if (out !== value) return out;
    }
    return undefined;
  }
  const year = LONE_YEAR.exec(value);
  if (year !== null && year[0].length === value.trim().length) {
    const shifted = Number(year[1]) + rng.range(1, 5) * (rng.int(2) === 0 ? -1 : 1);
    return value.slice(0, year.index) + String(shifted) + value.slice(year.index + year[0].length);
  }
  return undefined;
}
