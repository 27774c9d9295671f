/**
 * DATE_TIME: calendar dates and timestamps - ISO (`2024-01-15`, `2024-01-15T10:20:30Z`), numeric
 * day/month/year in either order (`15/01/2024`, `01/15/2024`, `15.01.2024`, `1/5/24`), written
 * (`January 15, 2024`, `15 Jan 2024`, `Jan. 15th`, `Monday, March 3rd 2020`), month and year
 * (`March 2021`), weekday names, and bare years 1900-2099 after a preposition (`in 1973`) or
 * with context. Every date is range-checked (no 31 April, 29 February only in leap years).
 * Times alone (`10:20`), version numbers and digit groups of phone numbers are not dates.
 */
import { expandTwoDigitYear, isValidDay, monthNumber } from '../src/recognizer/dates.js';
import { defineRecognizer, type PatternRecognizerOptions } from '../src/recognizer/define.js';
import { markerMask, NON_ASCII, profileValue, type ValueProfile } from '../src/recognizer/triggers.js';
import { numberedGroups } from '../src/recognizer/regex.js';
import { followsVersionWord } from '../src/recognizer/versions.js';
import type { RecognizerResult } from '../src/types.js';

const ENTITY = 'DATE_TIME';

// Abbreviations may carry a dot; full names may not (a sentence's final `.` stays outside the span).
const MONTH = String.raw`(?<mon>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|jul(?:y|\.)?|aug(?:ust|\.)?|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`;
const WEEKDAY = String.raw`(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?`;
const DAY = String.raw`(?<d>\d{1,2})(?:st|nd|rd|th)?`;
// An optional time after a date: `T10:20:30Z`, ` 10:20`, `, 10:20 am`, ` at 22:05:11.123+02:00`.
const TIME = String.raw`(?:(?:T|\s{1,3}(?:at\s{1,3})?|\s?,\s{1,3}(?:at\s{1,3})?)(?<hh>[01]?\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d{1,9})?)?(?:\s?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d|UTC|GMT|[AaPp]\.?[Mm]\.?))?)?`;
// Numbers may not start after a letter, a digit, or a digit and a separator (`12-05-2024` inside `3-12-05-2024`).
const NUM_START = String.raw`(?<![\p{L}\p{N}_]|\d[-./:])`;
const NUM_END = String.raw`(?![\p{L}\p{N}_]|[-./:]\d)`;
const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
// `Thu, 23/11/2023`: an optional weekday before a numeric date.
const WEEKDAY_PREFIX = String.raw`(?:${WORD_START}${WEEKDAY}\s?,?\s{1,3})?`;

const PATTERNS = {
  iso: new RegExp(`${WEEKDAY_PREFIX}${NUM_START}(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})${TIME}${NUM_END}`, 'giu'),
  numeric: new RegExp(`${WEEKDAY_PREFIX}${NUM_START}(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})${TIME}${NUM_END}`, 'giu'),
  monthDay: new RegExp(`${WORD_START}(?:${WEEKDAY}\\s?,?\\s{1,3})?${MONTH}(?:\\s{1,3}|-)${DAY}(?:(?:\\s?,?\\s{1,3}|-)(?<y>\\d{4}))?${TIME}${NUM_END}`, 'giu'),
  dayMonth: new RegExp(`${NUM_START}(?:${WEEKDAY}\\s?,?\\s{1,3}(?:the\\s{1,3})?)?${DAY}(?:\\s{1,3}of)?(?:\\s{1,3}|[-/]|\\.\\s?)${MONTH}(?:(?:\\s?,?\\s{1,3}|[-/])(?<y>\\d{4}))?${TIME}${NUM_END}`, 'giu'),
  monthYear: new RegExp(`${WORD_START}${MONTH},?(?:\\s{1,3}of)?\\s{1,3}(?<y>\\d{4})${NUM_END}`, 'giu'),
  weekday: /(?<![\p{L}\p{N}_])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)(?:day|DAY)(?![\p{L}\p{N}_])/gu,
  year: /(?<![\p{L}\p{N}_$€£¥#@.,:/'+-])(?:19|20)\d{2}(?![\p{L}\p{N}_%°]|[-.,:/]\d)/gu,
} as const;

type Kind = keyof typeof PATTERNS;

/** The named groups the scores read, per pattern. */
const GROUP_NAMES = {
  iso: ['y', 'm', 'd', 'hh'],
  numeric: ['a', 'b', 'y', 'sep', 'hh'],
  monthDay: ['mon', 'd', 'y'],
  dayMonth: ['mon', 'd', 'y'],
  monthYear: ['mon', 'y'],
  weekday: [],
  year: [],
} as const satisfies Record<Kind, readonly string[]>;
type GroupName = (typeof GROUP_NAMES)[Kind][number];
/** Where each named group of a pattern is, once the patterns are compiled with `numberedGroups`. */
type GroupNumbers = Readonly<Partial<Record<GroupName, number>>>;
/** A match's groups by name. */
type Groups = (name: GroupName) => string | undefined;

/** ISO date with a time. */
const ISO_TIME_SCORE = 0.9;
/** ISO date `2024-01-15`. */
const ISO_SCORE = 0.8;
/** Day, month and four-digit year in 1900-2099 (`15/01/2024`); with a time. */
const NUMERIC_SCORE = 0.7;
const NUMERIC_TIME_SCORE = 0.85;
/** Four-digit year outside 1900-2099 (`3/4/1066`), or two-digit year with slashes (`1/5/24`). */
const NUMERIC_WEAK_SCORE = 0.5;
/** Two-digit year with dots or dashes (`01.02.03`, `12-05-24`): also reads as a version or an id; needs context. */
const NUMERIC_AMBIGUOUS_SCORE = 0.4;
/** Written day, month and year. */
const WRITTEN_FULL_SCORE = 0.85;
/** Written day and month, or month and year. */
const WRITTEN_PARTIAL_SCORE = 0.6;
/** A weekday name alone. */
const WEEKDAY_SCORE = 0.5;
/** A year after a preposition: `in 1973`, `since 2001`, `during 2017`. */
const YEAR_PREPOSITION_SCORE = 0.55;
/** A year between an article and a capitalized word: `a 1979 Polish film`. */
const YEAR_ATTRIBUTE_SCORE = 0.5;
/** Any other year 1900-2099: reported only with context (`born`, `year`, a `dob` column). */
const YEAR_BARE_SCORE = 0.3;

const FULL_MONTH_NAMES = new Set(['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Month words: capitalized or upper case; in lower case only full names that are not also common words (`may`, `march`). */
function monthWordOk(token: string): boolean {
  return /^[A-Z]/.test(token) || FULL_MONTH_NAMES.has(token);
}

const YEAR_PREPOSITION = /(?:^|[^\p{L}\p{N}])(?:in|since|during|of|from|until|till|by|before|after|circa|c\.|ca\.|around|early|late|mid|year|spring|summer|autumn|fall|winter|born|founded|established|est\.)\s{1,3}$/iu;
// `in 2000 ms`, `of 1990 people`: a quantity, not a year.
const QUANTITY_AFTER = /^\s{0,2}(?:ms|s|sec|secs|seconds|mins?|minutes|h|hrs?|hours|days|km|m|mi|miles|kg|g|lbs?|mb|gb|kb|tb|px|rpm|units|items|rows|records|people|persons|users|times|pages|words|euros?|dollars|usd|eur|gbp|calories|kcal|feet|ft|meters|metres|points|votes|employees|students|members)(?![\p{L}\p{N}])/iu;
const YEAR_ARTICLE = /(?:^|[^\p{L}\p{N}])(?:a|an|the)\s{1,3}$/iu;

function yearScore(value: string, start: number, end: number): number {
  const before = value.slice(Math.max(0, start - 16), start);
  if (QUANTITY_AFTER.test(value.slice(end, end + 16))) return 0;
  if (YEAR_PREPOSITION.test(before)) return YEAR_PREPOSITION_SCORE;
  if (YEAR_ARTICLE.test(before) && /^\s{1,3}\p{Lu}/u.test(value.slice(end, end + 4))) return YEAR_ATTRIBUTE_SCORE;
  return YEAR_BARE_SCORE;
}

function numericScore(g: Groups, value: string, start: number): number {
  const a = Number(g('a'));
  const b = Number(g('b'));
  const yText = g('y')!;
  const year = yText.length === 4 ? Number(yText) : expandTwoDigitYear(Number(yText));
  // Day-first or month-first: at least one reading must be a real date.
  if (!isValidDay(year, b, a) && !isValidDay(year, a, b)) return 0;
  if (followsVersionWord(value, start)) return 0;
  const sep = g('sep')!;
  if (yText.length === 2) {
    if (sep === '/') return NUMERIC_WEAK_SCORE;
    // `1.2.24` is a version; `15.01.24` is a date.
    if (g('a')!.length !== 2 || g('b')!.length !== 2) return 0;
    return NUMERIC_AMBIGUOUS_SCORE;
  }
  if (year < 1900 || year > 2099) return NUMERIC_WEAK_SCORE;
  return g('hh') !== undefined ? NUMERIC_TIME_SCORE : NUMERIC_SCORE;
}

function writtenScore(kind: Kind, g: Groups): number {
  const token = g('mon')!;
  if (!monthWordOk(token)) return 0;
  const month = monthNumber(token)!;
  const year = g('y') === undefined ? undefined : Number(g('y'));
  if (year !== undefined && (year < 1000 || year > 2199)) return 0;
  if (kind === 'monthYear') return WRITTEN_PARTIAL_SCORE;
  if (!isValidDay(year, month, Number(g('d')))) return 0;
  return year === undefined ? WRITTEN_PARTIAL_SCORE : WRITTEN_FULL_SCORE;
}

function score(kind: Kind, m: RegExpExecArray, value: string, group: GroupNumbers): number {
  const g: Groups = (name) => {
    const n = group[name];
    return n === undefined ? undefined : m[n];
  };
  switch (kind) {
    case 'iso': {
      const year = Number(g('y'));
      if (year < 1000 || year > 2199 || !isValidDay(year, Number(g('m')), Number(g('d')))) return 0;
      if (followsVersionWord(value, m.index)) return 0;
      return g('hh') !== undefined ? ISO_TIME_SCORE : ISO_SCORE;
    }
    case 'numeric': return numericScore(g, value, m.index);
    case 'monthDay':
    case 'dayMonth':
    case 'monthYear': return writtenScore(kind, g);
    case 'weekday': return WEEKDAY_SCORE;
    case 'year': return yearScore(value, m.index, m.index + m[0].length);
  }
}

interface Candidate extends RecognizerResult {
  readonly kind: Kind;
}

/** Keeps the earliest, then longest, candidate of each overlapping group; joins a weekday to the date right after it. */
function resolve(value: string, candidates: Candidate[]): RecognizerResult[] {
  if (candidates.length === 1) {
    const { entity, start, end, score } = candidates[0]!;
    return [{ entity, start, end, score }];
  }
  candidates.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    if (last?.kind === 'weekday' && c.kind !== 'weekday' && /^\s?,?\s{1,3}(?:the\s{1,3})?$/i.test(value.slice(last.end, c.start))) {
      kept[kept.length - 1] = { ...c, start: last.start };
      continue;
    }
    kept.push(c);
  }
  return kept.map(({ entity, start, end, score }) => ({ entity, start, end, score }));
}

// What each pattern cannot match without: a skipped pattern costs nothing. Same flags as the
// patterns, so case folding (`/iu` folds `ſ` to `s`) agrees. An ISO date is four digits and two
// equal separators with digits between; a numeric one starts with one or two digits after a
// non-digit and ends in two or four (a decimal `592.32` or a phone `555-0199` is neither); every
// written date has a digit (day or year) and its month word starts a word (`summary`, `Amara`
// hold none); a year is four digits in a row.
const NEEDS_ISO = /\d{4}([-/.])\d{1,2}\1\d/;
const NEEDS_NUMERIC = /(?:^|\D)\d{1,2}([-/.])\d{1,2}\1\d\d/;
const NEEDS_MONTH = /(?<![\p{L}\p{N}_])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
// The same on ASCII-only text, where `\b` is that lookbehind: V8 tests a leading lookbehind at every
// position, and `\b` costs a third of it.
const NEEDS_MONTH_ASCII = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const NEEDS_YEAR = /(?:19|20)\d\d/;
const DATE_SEPARATORS = markerMask('-/.');
const hasSeparatedNumbers = (p: ValueProfile): boolean => p.numberRun >= 3 && (p.markers & DATE_SEPARATORS) !== 0;
// Non-ASCII text may spell a month with letters `/iu` folds to ASCII ones (`ſep`).
const hasMonthWord = (v: string, p: ValueProfile): boolean =>
  p.digits > 0 && ((p.markers & NON_ASCII) !== 0 ? NEEDS_MONTH.test(v) : p.letters >= 3 && NEEDS_MONTH_ASCII.test(v));
const PRECONDITION: Readonly<Record<Kind, (value: string, p: ValueProfile) => boolean>> = {
  iso: (v, p) => hasSeparatedNumbers(p) && NEEDS_ISO.test(v),
  numeric: (v, p) => hasSeparatedNumbers(p) && NEEDS_NUMERIC.test(v),
  monthDay: hasMonthWord,
  dayMonth: hasMonthWord,
  monthYear: hasMonthWord,
  // The shortest weekday names (Monday, Friday, Sunday) have six letters.
  weekday: (v, p) => p.letters >= 6 && hasDayWord(v, p),
  year: (v, p) => p.numberRun >= 4 && NEEDS_YEAR.test(v),
};

/** Each pattern with its precondition and numbered groups, looked up once here rather than by kind for every value. */
const COMPILED = (Object.keys(PATTERNS) as Kind[]).map((kind) => ({ kind, ...numberedGroups<GroupName>(PATTERNS[kind], GROUP_NAMES[kind]), check: PRECONDITION[kind] }));

/**
 * Holds `day` or `DAY`, the end of every weekday name. Each needs three ASCII letters of its case
 * (the profile counts them), so most text is searched for one of them only.
 */
function hasDayWord(value: string, p: ValueProfile): boolean {
  return (p.letters - p.upper >= 3 && value.includes('day')) || (p.upper >= 3 && value.includes('DAY'));
}

/** Has a digit, or a weekday name (all end in `day`). The analyzer hands over the profile it computed. */
function trigger(value: string, profile: ValueProfile = profileValue(value)): boolean {
  return profile.digits > 0 || hasDayWord(value, profile);
}

/**
 * Dates and timestamps in numeric, ISO and written forms, range-checked; weekday names; years
 * after a preposition. Context such as `dob`, `born` or `birthday` raises the score.
 */
export const dateTime = defineRecognizer<PatternRecognizerOptions>({
  meta: {
    id: 'date-time',
    entities: [ENTITY],
    recommended: true,
    description: 'Dates and timestamps (ISO, numeric, written), weekday names and years in context',
    context: ['date', 'dob', 'born', 'birth', 'birthday', 'birthdate', 'year', 'timestamp', 'datetime', 'created', 'updated', 'expires', 'expiry', 'since', 'founded', 'died', 'anniversary', 'appointment'],
  },
  create() {
    // Fresh regexes per instance: global regexes carry `lastIndex`.
    const patterns = COMPILED.map(({ kind, regex, group, check }) => ({ kind, regex: new RegExp(regex), group, check }));
    return {
      trigger,
      analyze(value, _ctx, profile = profileValue(value)) {
        const candidates: Candidate[] = [];
        // Patterns sharing a precondition are adjacent, so each test runs once per value.
        let lastCheck: ((value: string, p: ValueProfile) => boolean) | undefined;
        let lastResult = false;
        for (const { kind, regex, group, check } of patterns) {
          if (check !== lastCheck) {
            lastCheck = check;
            lastResult = check(value, profile);
          }
          if (!lastResult) continue;
          regex.lastIndex = 0;
          let m: RegExpExecArray | null;
          // No pattern matches an empty string, so none matches at the end of the value.
          while (regex.lastIndex < value.length && (m = regex.exec(value)) !== null) {
            const s = score(kind, m, value, group);
            if (s <= 0) continue;
            const end = m.index + m[0].length;
            // The whole value (a date or timestamp column's): `resolve` would keep it, the first
            // found of the earliest and longest, over everything else, so nothing else is looked for.
            if (m.index === 0 && end === value.length) return [{ entity: ENTITY, start: 0, end, score: s }];
            candidates.push({ kind, entity: ENTITY, start: m.index, end, score: s });
          }
        }
        return candidates.length === 0 ? candidates : resolve(value, candidates);
      },
    };
  },
});
