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
  /** The last leading-digits pattern, anchored at the start. */
  readonly leading: RegExp | undefined;
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
export const DIGIT_GROUPS_PATTERN = /^(?:\(\\d(?:\{\d+(?:,\d+)?\})?\))+$/;

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

interface Plan {
  readonly callingCode: string;
  readonly idd: RegExp | undefined;
  readonly general: RegExp;
  readonly possibleLengths: readonly number[] | undefined;
  readonly nationalPrefix: string | undefined;
  readonly prefixForParsing: RegExp | undefined;
  readonly transformRule: string | undefined;
  readonly leadingDigits: RegExp | undefined;
  readonly hasTypes: boolean;
  /** Number types in the library's order: FIXED_LINE, then the others. */
  readonly types: readonly { readonly pattern: RegExp; readonly lengths: readonly number[] | undefined }[];
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
        return t && pattern ? [{ pattern: whole(pattern), lengths: t.possibleLengths() }] : [];
      })
    : [];
  return {
    callingCode: p.callingCode(),
    idd: idd ? start(idd) : undefined,
    general: whole(p.nationalNumberPattern()),
    possibleLengths: p.possibleLengths(),
    nationalPrefix: p.nationalPrefix() || undefined,
    prefixForParsing: prefixForParsing ? start(prefixForParsing) : undefined,
    transformRule: p.nationalPrefixTransformRule() || undefined,
    leadingDigits: leadingDigits ? start(leadingDigits) : undefined,
    hasTypes: p.hasTypes(),
    types,
    formats: p.formats().map((f) => {
      const leading = f.leadingDigitsPatterns();
      const rule = f.nationalPrefixFormattingRule();
      return {
        replace: new RegExp(f.pattern()),
        whole: whole(f.pattern()),
        leading: leading.length > 0 ? start(leading[leading.length - 1]!) : undefined,
        national: templateRuns(rule ? f.format().replace(FIRST_GROUP, rule) : f.format()),
        international: templateRuns(f.internationalFormat()),
        byLength: DIGIT_GROUPS_PATTERN.test(f.pattern()) ? [] : undefined,
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

const callingCodeKnown = new Map<string, boolean>();
function hasCallingCode(code: string): boolean {
  let known = callingCodeKnown.get(code);
  if (known === undefined) {
    known = metadata.hasCallingCode(code);
    callingCodeKnown.set(code, known);
  }
  return known;
}

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
      if (t.lengths && t.lengths.indexOf(nsn.length) < 0) continue;
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
      if (plan.leadingDigits.test(nsn)) return country;
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
  const m = prefix.exec(number);
  if (!m) return number;
  const groups = m.length - 1;
  const captured = groups > 0 && m[groups];
  const stripped = plan.transformRule && captured ? number.replace(prefix, plan.transformRule) : number.slice(m[0].length);
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
function callingCodeWithoutPlus(number: string, defaultCountry: string): string | undefined {
  const plan = planOf(defaultCountry);
  const code = plan.callingCode;
  if (!number.startsWith(code)) return undefined;
  const shorter = number.slice(code.length);
  const shorterNsn = nationalNumber(shorter, plan);
  const fullNsn = nationalNumber(number, plan);
  if ((!plan.general.test(fullNsn) && plan.general.test(shorterNsn)) || checkLength(fullNsn, plan.possibleLengths) === 'TOO_LONG') return shorter;
  return undefined;
}

/**
 * Parses `+`-and-digits input like `parsePhoneNumberFromString(input, defaultCountry)`;
 * undefined where the library returns undefined.
 *
 * @example parsePhone('6175550199', 'US') // { country: 'US', callingCode: '1', nsn: '6175550199' }
 */
export function parsePhone(input: string, defaultCountry?: string): ParsedPhone | undefined {
  let number = input;
  let callingCode: string | undefined;
  let rest: string | undefined;
  if (number[0] !== '+') {
    if (!defaultCountry) return undefined;
    const idd = planOf(defaultCountry).idd?.exec(number);
    const withoutIdd = idd ? number.slice(idd[0].length) : undefined;
    if (withoutIdd && withoutIdd[0] !== '0' && withoutIdd !== number) {
      number = `+${withoutIdd}`;
    } else {
      const shorter = callingCodeWithoutPlus(number, defaultCountry);
      if (shorter !== undefined) {
        callingCode = planOf(defaultCountry).callingCode;
        rest = shorter;
      } else {
        rest = number;
      }
    }
  }
  if (number[0] === '+' && callingCode === undefined) {
    if (number[1] === '0') return undefined;
    for (let i = 2; i - 1 <= MAX_CALLING_CODE && i <= number.length; i++) {
      const code = number.slice(1, i);
      if (hasCallingCode(code)) {
        callingCode = code;
        rest = number.slice(i);
        break;
      }
    }
    if (callingCode === undefined) return undefined;
  }
  let country: string | undefined;
  let plan: Plan;
  if (callingCode !== undefined) {
    plan = planOf(callingCode);
  } else {
    country = defaultCountry!;
    plan = planOf(country);
    callingCode = plan.callingCode;
  }
  if (!rest) return undefined;
  const nsn = nationalNumber(rest, plan);
  country = exactCountry(callingCode, nsn) ?? country;
  if (nsn.length < MIN_NSN || nsn.length > MAX_NSN) return undefined;
  return { country, callingCode, nsn };
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
    if (f.leading && !f.leading.test(nsn)) continue;
    if (!f.whole.test(nsn)) continue;
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
