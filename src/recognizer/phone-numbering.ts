/**
 * libphonenumber-js's parse / isValid / isPossible / format, re-done over the same metadata with
 * every regular expression compiled once. The library compiles a RegExp per check
 * (`matchesEntirely`) and copies option objects per call, about 10-25 microseconds a number; a
 * dataset with a phone column spends most of its detection time there. The steps and their order
 * follow the library's own (`parse.js`, `extractCountryCallingCode`, `extractNationalNumber`,
 * `getCountryByCallingCode`, `getNumberType`, `checkNumberLength`, `formatNationalNumber`), and
 * test/recognizer/phone-numbering.test.ts checks the results against the library itself on many
 * thousands of numbers per region.
 *
 * Input is what the library keeps of a formatted number (`parseIncompletePhoneNumber`): an
 * optional leading `+` and ASCII digits.
 */
import { Metadata } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';

/** A parsed number: what the library's `PhoneNumber` holds that validation and formatting read. */
export interface ParsedPhone {
  /** The exact country, when the calling code and number determine one. */
  readonly country: string | undefined;
  readonly callingCode: string;
  /** National significant number. */
  readonly nsn: string;
}

/** The metadata accessors read here (libphonenumber-js's `NumberingPlan`, not in its published types). */
interface PlanAccessors {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  formats(): {
    pattern(): string;
    leadingDigitsPatterns(): string[];
    format(): string;
    internationalFormat(): string;
    nationalPrefixFormattingRule(): string | undefined;
  }[];
}

/**
 * A replacement template reduced to what grouping needs: its runs of digits, each a list of
 * capture-group numbers (`$2`) and literal digits (`-1`, one each). `($1) $2-$3` -> [[1], [2], [3]].
 */
export interface TemplateRuns {
  readonly runs: readonly (readonly number[])[];
  /** The template ends in a digit or group, so digits appended after it extend its last run. */
  readonly endsInRun: boolean;
}

interface Format {
  /** The pattern as the library uses it in `String.replace` (unanchored). */
  readonly replace: RegExp;
  readonly whole: RegExp;
  /**
   * The NSN lengths `whole` accepts, `[min, max]`, when the pattern is made of digit groups only:
   * on digits, the length decides the match and no regex need run.
   */
  readonly lengths: readonly [number, number] | undefined;
  /** The last leading-digits pattern, anchored at the start. */
  readonly leading: Anchored | undefined;
  readonly national: TemplateRuns;
  readonly international: TemplateRuns;
  /**
   * The groupings of numbers it formats, by NSN length, filled as lengths are met; undefined
   * unless the pattern is made of digit groups only, so the match's group lengths depend on the
   * length alone.
   */
  readonly byLength: Groupings[] | undefined;
}

/** The digit groupings (`digitGroups` keys) of one number's `formatNational()` and `formatInternational()`. */
interface Groupings {
  readonly national: string;
  /** With the calling code's group first: `1,3,3,4`. */
  readonly international: string;
}

/** A format pattern made only of digit groups: `(\d{3})(\d{3,4})(\d)`. */
const DIGIT_GROUPS_PATTERN = /^(?:\(\\d(?:\{\d+(?:,\d+)?\})?\))+$/;
const DIGIT_GROUP = /\(\\d(?:\{(\d+)(?:,(\d+))?\})?\)/g;

/** The length range of each group of a format pattern made only of digit groups (`(\d{3})(\d{3,4})` -> [[3, 3], [3, 4]]); else undefined. */
export function digitGroupRanges(pattern: string): [min: number, max: number][] | undefined {
  if (!DIGIT_GROUPS_PATTERN.test(pattern)) return undefined;
  return [...pattern.matchAll(DIGIT_GROUP)].map((m) => {
    const min = m[1] === undefined ? 1 : Number(m[1]);
    return [min, m[2] === undefined ? min : Number(m[2])];
  });
}

/** The lengths of the digit strings a pattern of digit groups matches whole, `[min, max]`; undefined for other patterns. */
export function digitGroupsLengths(pattern: string): [min: number, max: number] | undefined {
  const groups = digitGroupRanges(pattern);
  return groups && [groups.reduce((n, [min]) => n + min, 0), groups.reduce((n, [, max]) => n + max, 0)];
}

/** A literal digit of a template, in `TemplateRuns.runs`. */
export const LITERAL_DIGIT = -1;

/** The digit runs of a replacement template (`($1) $2-$3` -> [[1], [2], [3]]). */
export function templateRuns(template: string): TemplateRuns {
  const runs: number[][] = [];
  let open: number[] | undefined;
  let endsInRun = false;
  for (let i = 0; i < template.length; i++) {
    const c = template.charCodeAt(i);
    let item: number | undefined;
    if (c === 36 /* $ */ && i + 1 < template.length && template.charCodeAt(i + 1) >= 48 && template.charCodeAt(i + 1) <= 57) {
      item = template.charCodeAt(++i) - 48;
    } else if (c >= 48 && c <= 57) {
      item = LITERAL_DIGIT;
    }
    if (item === undefined) {
      open = undefined;
    } else {
      if (!open) runs.push((open = []));
      open.push(item);
    }
    endsInRun = item !== undefined;
  }
  return { runs, endsInRun };
}

/**
 * An anchored metadata pattern, `^(?:pattern)`: a call prefix, national prefix or leading digits.
 * Most are alternatives of digits and digit classes only (`011`, `[2-9]`, `8001|8[024]9`); those
 * are matched on the characters, as the regex would match them, since a regex call costs more
 * than the rest of the check.
 */
export interface Anchored {
  readonly regex: RegExp;
  /** Each alternative as its digit sets (bit `d` for digit `d`), in the regex's order; undefined for other patterns. */
  readonly alternatives: readonly (readonly number[])[] | undefined;
}

const DIGIT_SET = String.raw`(?:\d|\[(?:\d(?:-\d)?)+\])`;
const DIGIT_SET_ALTERNATIVES = new RegExp(`^${DIGIT_SET}+(?:\\|${DIGIT_SET}+)*$`);
const DIGIT_SET_ITEM = /(\d)|\[([^\]]+)\]/g;
const CLASS_ITEM = /(\d)(?:-(\d))?/g;

/** `^(?:pattern)`, with its alternatives' digit sets when it is made of them. */
export function anchored(pattern: string): Anchored {
  const regex = start(pattern);
  if (!DIGIT_SET_ALTERNATIVES.test(pattern)) return { regex, alternatives: undefined };
  const setOf = (digit: string | undefined, items: string | undefined): number => {
    if (digit !== undefined) return 1 << Number(digit);
    let set = 0;
    for (const [, from, to] of items!.matchAll(CLASS_ITEM)) for (let d = Number(from); d <= Number(to ?? from); d++) set |= 1 << d;
    return set;
  };
  return { regex, alternatives: pattern.split('|').map((alternative) => [...alternative.matchAll(DIGIT_SET_ITEM)].map((m) => setOf(m[1], m[2]))) };
}

/** The length of `p`'s match at the start of `s`, or -1: `regex.exec(s)?.[0].length ?? -1`. */
export function matchLength(p: Anchored, s: string): number {
  const alternatives = p.alternatives;
  if (alternatives === undefined) {
    const m = p.regex.exec(s);
    return m === null ? -1 : m[0].length;
  }
  for (const sets of alternatives) {
    let i = 0;
    // Past the end `charCodeAt` is NaN, which no digit set holds.
    for (const set of sets) {
      const d = s.charCodeAt(i) - 48;
      if (!(d >= 0 && d <= 9 && (set >> d) & 1)) break;
      i++;
    }
    if (i === sets.length) return i;
  }
  return -1;
}

/** Bit `n` for each length `n` (metadata lengths are at most 17). */
function lengthSet(lengths: readonly number[] | undefined): number | undefined {
  return lengths?.reduce((set, n) => set | (1 << n), 0);
}

interface Plan {
  readonly callingCode: string;
  readonly idd: Anchored | undefined;
  readonly general: RegExp;
  readonly possibleLengths: readonly number[] | undefined;
  readonly nationalPrefix: string | undefined;
  readonly prefixForParsing: Anchored | undefined;
  readonly transformRule: string | undefined;
  readonly leadingDigits: Anchored | undefined;
  readonly hasTypes: boolean;
  /** Number types in the library's order: FIXED_LINE, then the others; `lengths` as a `lengthSet`. */
  readonly types: readonly { readonly pattern: RegExp; readonly lengths: number | undefined }[];
  readonly formats: readonly Format[];
}

const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const MIN_NSN = 2;
const MAX_NSN = 17;
const MAX_CALLING_CODE = 3;
/** libphonenumber-js puts the national prefix formatting rule in place of a format's first `$n`. */
export const FIRST_GROUP = /(\$\d)/;

const metadata = new Metadata(maxMetadata) as unknown as {
  selectNumberingPlan(countryOrCallingCode: string): void;
  numberingPlan: PlanAccessors;
  hasCountry(country: string): boolean;
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
};

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const start = (pattern: string) => new RegExp(`^(?:${pattern})`);

function buildPlan(countryOrCallingCode: string): Plan {
  metadata.selectNumberingPlan(countryOrCallingCode);
  const p = metadata.numberingPlan;
  const idd = p.IDDPrefix();
  const prefixForParsing = p.nationalPrefixForParsing();
  const leadingDigits = p.leadingDigits();
  const types = p.hasTypes()
    ? TYPES.flatMap((name) => {
        const t = p.type(name);
        const pattern = t?.pattern();
        return t && pattern ? [{ pattern: whole(pattern), lengths: lengthSet(t.possibleLengths()) }] : [];
      })
    : [];
  return {
    callingCode: p.callingCode(),
    idd: idd ? anchored(idd) : undefined,
    general: whole(p.nationalNumberPattern()),
    possibleLengths: p.possibleLengths(),
    nationalPrefix: p.nationalPrefix() || undefined,
    prefixForParsing: prefixForParsing ? anchored(prefixForParsing) : undefined,
    transformRule: p.nationalPrefixTransformRule() || undefined,
    leadingDigits: leadingDigits ? anchored(leadingDigits) : undefined,
    hasTypes: p.hasTypes(),
    types,
    formats: p.formats().map((f) => {
      const leading = f.leadingDigitsPatterns();
      const rule = f.nationalPrefixFormattingRule();
      const lengths = digitGroupsLengths(f.pattern());
      return {
        replace: new RegExp(f.pattern()),
        whole: whole(f.pattern()),
        lengths,
        leading: leading.length > 0 ? anchored(leading[leading.length - 1]!) : undefined,
        national: templateRuns(rule ? f.format().replace(FIRST_GROUP, rule) : f.format()),
        international: templateRuns(f.internationalFormat()),
        byLength: lengths ? [] : undefined,
      };
    }),
  };
}

const plans = new Map<string, Plan>();
// One parse asks for the same plan several times in a row.
let lastPlanKey: string | undefined;
let lastPlan: Plan | undefined;

/** The plan of a country (`US`) or, for a calling code (`44`), of its main country. */
function planOf(countryOrCallingCode: string): Plan {
  if (countryOrCallingCode === lastPlanKey) return lastPlan!;
  let plan = plans.get(countryOrCallingCode);
  if (!plan) {
    plan = buildPlan(countryOrCallingCode);
    plans.set(countryOrCallingCode, plan);
  }
  lastPlanKey = countryOrCallingCode;
  lastPlan = plan;
  return plan;
}

/** The calling codes by digit count and value (`CALLING_CODES[1][44]` is `'44'`), read from the metadata once. */
const CALLING_CODES = [10, 100, 1000].map((size, i) =>
  Array.from({ length: size }, (_, value) => {
    const code = String(value).padStart(i + 1, '0');
    return metadata.hasCallingCode(code) ? code : undefined;
  }),
);

/** True for a supported country code (`US`). */
export function isKnownCountry(country: string): boolean {
  return metadata.hasCountry(country);
}

type LengthCheck = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';

function checkLength(nsn: string, lengths: readonly number[] | undefined): LengthCheck {
  if (!lengths) return 'IS_POSSIBLE';
  const n = nsn.length;
  const min = lengths[0]!;
  if (min === n) return 'IS_POSSIBLE';
  if (min > n) return 'TOO_SHORT';
  if (lengths[lengths.length - 1]! < n) return 'TOO_LONG';
  return lengths.indexOf(n, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

// `exactCountry` and then `isValidPhone` ask the same question of the same number in a row.
// One record, overwritten: a new object per number would be garbage at once.
const lastTyped: { plan: Plan | undefined; nsn: string; valid: boolean } = { plan: undefined, nsn: '', valid: false };

function hasValidType(nsn: string, plan: Plan): boolean {
  if (lastTyped.plan === plan && lastTyped.nsn === nsn) return lastTyped.valid;
  let valid = false;
  if (plan.general.test(nsn)) {
    for (const t of plan.types) {
      // A shift takes its count modulo 32, and no length is that long.
      if (t.lengths !== undefined && (nsn.length > 31 || ((t.lengths >>> nsn.length) & 1) === 0)) continue;
      if (t.pattern.test(nsn)) {
        valid = true;
        break;
      }
    }
  }
  lastTyped.plan = plan;
  lastTyped.nsn = nsn;
  lastTyped.valid = valid;
  return valid;
}

// Asked once or twice per parse; the library's lookup walks its metadata wrappers each time.
const countriesByCode = new Map<string, readonly string[] | undefined>();
function countriesOf(callingCode: string): readonly string[] | undefined {
  let countries = countriesByCode.get(callingCode);
  if (countries === undefined && !countriesByCode.has(callingCode)) {
    countries = metadata.getCountryCodesForCallingCode(callingCode);
    countriesByCode.set(callingCode, countries);
  }
  return countries;
}

/** The country among those sharing a calling code that a national number belongs to (`getCountryByCallingCode`). */
function exactCountry(callingCode: string, nsn: string): string | undefined {
  const countries = countriesOf(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = planOf(country);
    if (plan.leadingDigits) {
      if (matchLength(plan.leadingDigits, nsn) >= 0) return country;
    } else if (hasValidType(nsn, plan)) {
      return country;
    }
  }
  return undefined;
}

/** Strips the national prefix (and applies the transform rule), as `extractNationalNumber` does. */
function nationalNumber(number: string, plan: Plan): string {
  const prefix = plan.prefixForParsing;
  if (!prefix) return number;
  let stripped: string;
  if (prefix.alternatives !== undefined) {
    // No capture groups, so no transform rule applies.
    const length = matchLength(prefix, number);
    if (length < 0) return number;
    stripped = number.slice(length);
  } else {
    const m = prefix.regex.exec(number);
    if (!m) return number;
    const groups = m.length - 1;
    const captured = groups > 0 && m[groups];
    stripped = plan.transformRule && captured ? number.replace(prefix.regex, plan.transformRule) : number.slice(m[0].length);
  }
  if (stripped === number) return number;
  if (plan.general.test(number) && !plan.general.test(stripped)) return number;
  if (plan.possibleLengths) {
    // The exact country's lengths when the number determines one, else the plan's own.
    const country = exactCountry(plan.callingCode, stripped);
    const lengthPlan = country === undefined ? plan : planOf(country);
    const check = checkLength(stripped, lengthPlan.possibleLengths);
    if (check === 'TOO_SHORT' || check === 'INVALID_LENGTH') return number;
  }
  return stripped;
}

/** `extractCountryCallingCodeFromInternationalNumberWithoutPlusSign`: `16175550199` with default US. */
function callingCodeWithoutPlus(number: string, plan: Plan): string | undefined {
  const code = plan.callingCode;
  if (!number.startsWith(code)) return undefined;
  const shorter = number.slice(code.length);
  const shorterNsn = nationalNumber(shorter, plan);
  const fullNsn = nationalNumber(number, plan);
  if ((!plan.general.test(fullNsn) && plan.general.test(shorterNsn)) || checkLength(fullNsn, plan.possibleLengths) === 'TOO_LONG') return shorter;
  return undefined;
}

/** The parse of a national number `rest` with its calling code and plan; `country` unless the number determines one. */
function parsed(callingCode: string, plan: Plan, rest: string, country: string | undefined): ParsedPhone | undefined {
  if (!rest) return undefined;
  const nsn = nationalNumber(rest, plan);
  if (nsn.length < MIN_NSN || nsn.length > MAX_NSN) return undefined;
  return { country: exactCountry(callingCode, nsn) ?? country, callingCode, nsn };
}

/**
 * `parsePhone('+' + digits.slice(from))`, without building that string: the recognizer has the
 * digits of a `+` number, or of one after a call prefix, as they are.
 */
export function parseInternational(digits: string, from = 0): ParsedPhone | undefined {
  // The calling code is the shortest prefix that is one (no calling code starts another). None
  // starts with 0: the table has no code under a value with fewer digits than its count.
  let value = 0;
  for (let i = from; i < from + MAX_CALLING_CODE && i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return undefined;
    value = value * 10 + d;
    const code = CALLING_CODES[i - from]![value];
    if (code !== undefined) return parsed(code, planOf(code), digits.slice(i + 1), undefined);
  }
  return undefined;
}

/**
 * Parses `+`-and-digits input like `parsePhoneNumberFromString(input, defaultCountry)`;
 * undefined where the library returns undefined.
 *
 * @example parsePhone('6175550199', 'US') // { country: 'US', callingCode: '1', nsn: '6175550199' }
 */
export function parsePhone(input: string, defaultCountry?: string): ParsedPhone | undefined {
  if (input[0] === '+') return parseInternational(input, 1);
  if (!defaultCountry) return undefined;
  const plan = planOf(defaultCountry);
  // After the region's call prefix the number is international, unless a 0 follows (no calling code starts with 0).
  const idd = plan.idd ? matchLength(plan.idd, input) : -1;
  if (idd > 0 && idd < input.length && input.charCodeAt(idd) !== 48) return parseInternational(input, idd);
  const shorter = callingCodeWithoutPlus(input, plan);
  if (shorter !== undefined) return parsed(plan.callingCode, planOf(plan.callingCode), shorter, undefined);
  return parsed(plan.callingCode, plan, input, defaultCountry);
}

/** `PhoneNumber.isValid()`. */
export function isValidPhone(p: ParsedPhone): boolean {
  const plan = planOf(p.country ?? p.callingCode);
  return plan.hasTypes ? hasValidType(p.nsn, plan) : plan.general.test(p.nsn);
}

/** `PhoneNumber.isPossible()`: the length fits the plan's possible lengths. */
export function isPossiblePhone(p: ParsedPhone): boolean {
  return checkLength(p.nsn, planOf(p.country ?? p.callingCode).possibleLengths) === 'IS_POSSIBLE';
}

/** The lengths of a template's digit runs over a match of the format's pattern, as a `digitGroups` key. */
function templateGrouping(template: TemplateRuns, m: RegExpExecArray, nsnLength: number): string {
  const lengths: number[] = [];
  for (const run of template.runs) {
    let n = 0;
    for (const item of run) n += item === LITERAL_DIGIT ? 1 : (m[item]?.length ?? 0);
    lengths.push(n);
  }
  // Digits after the match follow the template's last character: they extend its last run only
  // when the template ends in a digit or group.
  const rest = nsnLength - m[0].length;
  if (rest > 0) {
    if (template.endsInRun && lengths.length > 0) lengths[lengths.length - 1]! += rest;
    else lengths.push(rest);
  }
  return lengths.filter((n) => n > 0).join(',');
}

/**
 * The digit groupings of the library's formatted numbers, without building the strings: the
 * format the library picks, applied as `String.replace` applies it - to the first match of the
 * unanchored pattern, the rest of the number appended as it is.
 */
function groupingsOf(p: ParsedPhone): Groupings {
  const nsn = p.nsn;
  const plan = planOf(p.country ?? p.callingCode);
  for (const f of plan.formats) {
    if (f.leading && matchLength(f.leading, nsn) < 0) continue;
    // The NSN is digits: a pattern of digit groups matches it whole exactly when its length fits.
    if (f.lengths ? nsn.length < f.lengths[0] || nsn.length > f.lengths[1] : !f.whole.test(nsn)) continue;
    const known = f.byLength?.[nsn.length];
    if (known) return known;
    // `whole` matched at 0, so the first match starts there too.
    const m = f.replace.exec(nsn)!;
    const groupings = { national: templateGrouping(f.national, m, nsn.length), international: `${p.callingCode.length},${templateGrouping(f.international, m, nsn.length)}` };
    if (f.byLength) f.byLength[nsn.length] = groupings;
    return groupings;
  }
  return { national: String(nsn.length), international: `${p.callingCode.length},${nsn.length}` };
}

/** Lengths of the digit groups of `formatNational()`: `(617) 555-0199` -> `3,3,4`. */
export function nationalGrouping(p: ParsedPhone): string {
  return groupingsOf(p).national;
}

/** Lengths of the digit groups of `formatInternational()`: `+1 617 555 0199` -> `1,3,3,4`. */
export function internationalGrouping(p: ParsedPhone): string {
  return groupingsOf(p).international;
}

/** True when `groups` (a `digitGroups` key) is the grouping of the number formatted nationally or internationally. */
export function hasFormattedGrouping(p: ParsedPhone, groups: string): boolean {
  const g = groupingsOf(p);
  return groups === g.national || groups === g.international;
}

/** `String(n)` and `,${n}` for the run lengths a candidate has (at most 17 digits in all), built once. */
const GROUP = Array.from({ length: 32 }, (_, n) => String(n));
const NEXT_GROUP = GROUP.map((g) => `,${g}`);

/** Lengths of the runs of ASCII digits, comma-joined: `(212) 555-0199` -> `3,3,4`. */
export function digitGroups(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 48 && c <= 57) {
      run++;
    } else if (run > 0) {
      // The pieces come from the tables: one string built per group, not two.
      if (run < GROUP.length) out = out === '' ? GROUP[run]! : out + NEXT_GROUP[run]!;
      else out += out === '' ? String(run) : `,${run}`;
      run = 0;
    }
  }
  return out;
}
