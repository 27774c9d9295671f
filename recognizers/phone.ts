/**
 * PHONE_NUMBER: international (`+44 20 7946 0958`, `0044 20 7946 0958`) and national
 * (`(212) 555-0199`, `020 7946 0958`) phone numbers. A cheap regex finds runs of digits, spaces,
 * dots, dashes, slashes and parentheses; libphonenumber-js (full metadata) validates only those
 * runs, national ones against the analyzer's default regions in order.
 *
 * Scores: a valid `+` number 0.85; a valid number after an international call prefix (00, 011)
 * 0.75; a valid national number written in its region's own digit grouping 0.75. Numbers that are
 * only phone-shaped (valid but unusually grouped or unformatted, possible but not valid, or grouped
 * like a phone in an unknown plan) score 0.4, so they are reported only with a context word such
 * as `phone` or `fax` nearby or in the field name.
 */
import { Metadata } from 'libphonenumber-js/core';
import { getCountries, getCountryCallingCode, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
// The same metadata /max uses. Metadata comes from /core: the CommonJS build of /max does not
// export it, and tsx or bundlers may load that build.
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import { isAsciiAlnum, isAsciiDigit } from '../src/recognizer/ascii.js';
import { allSameDigit } from '../src/recognizer/checksums.js';
import { defineRecognizer, type PatternRecognizerOptions } from '../src/recognizer/define.js';
import { isCardNumber } from '../src/recognizer/payment-cards.js';
import { digitGroupRanges, digitGroups, FIRST_GROUP, hasFormattedGrouping, isPossiblePhone, isValidPhone, LITERAL_DIGIT, parseInternational, parsePhone, templateRuns, type ParsedPhone } from '../src/recognizer/phone-numbering.js';
import { onlyDigits } from '../src/recognizer/regex.js';
import { followsVersionWord } from '../src/recognizer/versions.js';
import type { RecognizerResult } from '../src/types.js';

/** Valid number in international format with a leading `+`. */
export const SCORE_INTERNATIONAL = 0.85;
/** Valid number after an international call prefix (`00`, `011`), or national in its region's grouping. */
export const SCORE_VALID = 0.75;
/** Phone-shaped but not confirmed: reported only with context. */
export const SCORE_WEAK = 0.4;

const MIN_DIGITS = 7;
/** E.164 allows 15 digits; a `00` call prefix or a `(0)` trunk prefix adds up to two more. */
const MAX_DIGITS = 17;

/**
 * A run that may be a phone number. Each repetition ends in a digit and its three alternatives
 * start differently (separator-or-`(`, `)`, separator-or-digit), so a run has one parse and the scan
 * is linear. The lookbehind keeps a run from starting inside a word or a longer number, or inside
 * an IBAN written in groups (`DE89 3704 0044 0532 0130 00`: the groups after the country and check
 * digits are account digits, and splitting them into phone-sized pieces cost more than all else).
 * At most 8 groups follow (IBANs have up to 34 characters): an unbounded repeat in a lookbehind
 * would rescan every earlier group at every group, quadratic on a long run of groups.
 */
const CANDIDATE = /(?<![\p{L}\p{N}+_]|\p{L}-|\d[.,:/]|[A-Za-z]{2}\d{2}(?: [0-9A-Za-z]{4}){0,8} )\(?\+?\(?\d(?:[ .\/-]?\(\d|\)[ .\/-]?\d|[ .\/-]?\d)*/gu;
/** A non-ASCII letter or digit at `lastIndex`, for `badFollowerAt`. */
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;

/**
 * What may not follow a run: a letter or digit (part of a token), `%`, or a decimal / time
 * continuation (`,5`, `:30`). Read from the characters, since this runs for every run found.
 */
function badFollowerAt(value: string, end: number): boolean {
  if (end >= value.length) return false;
  const c = value.charCodeAt(end);
  if (c >= 128) {
    LETTER_OR_DIGIT_AT.lastIndex = end;
    return LETTER_OR_DIGIT_AT.test(value);
  }
  if (isAsciiAlnum(c) || c === 37 /* % */) return true;
  return (c === 44 /* , */ || c === 58) /* : */ && isAsciiDigit(value.charCodeAt(end + 1));
}

const DATE_PATTERNS = [
  // 2024-01-15, 2024.01.15, 2024/1/5 (optionally followed by more digits, e.g. a time)
  /^(?:19|20)\d\d([-./ ])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)/,
  // 15.01.2024, 01/15/2024, 15-01-2024
  /^(?:0?[1-9]|[12]\d|3[01])([-./ ])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)\d\d(?!\d)/,
];
/** Four dotted groups of up to three digits: an IPv4 address (or a malformed one), never a phone layout. */
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** `123-45-6789`: the US SSN layout, which no numbering plan uses for phones. */
const SSN_LAYOUT = /^\d{3}-\d{2}-\d{4}$/;
/** 3.14159265: a decimal number (two groups joined by one dot). */
const DECIMAL = /^\d+\.\d+$/;
/** 1.234.567: dotted thousands separators (spaced ones, `1 234 567`, are also how many plans group phones). */
const THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;
/** Words that make the number before them a house number: `5533 119 Countess Close`, `17 St. John Street`. */
const STREET_WORDS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'close', 'court', 'drive', 'place', 'square', 'terrace', 'crescent', 'highway', 'hwy', 'parkway', 'apt', 'suite', 'strasse', 'straße', 'rue', 'calle', 'via']);
const WORD = /\p{L}+/gu;

/** True when one of the next three words is a street type, so the digits are part of an address. */
function followedByStreet(value: string, end: number): boolean {
  if (end >= value.length) return false;
  // Only the first three words are read: no array of every word in the window.
  const window = value.slice(end, end + 48);
  WORD.lastIndex = 0;
  for (let i = 0; i < 3; i++) {
    const word = WORD.exec(window);
    if (word === null) return false;
    if (STREET_WORDS.has(word[0].toLowerCase())) return true;
  }
  return false;
}

/**
 * A whole ISO 8601 date-time with a `T` (`2024-01-08T10:00:00Z`, `2024-01-08T10:00:00.123+05:30`):
 * a timestamp column's every value. No run in it can be reported: the date's run ends at the `T`
 * (a letter after a run rejects it), and every later digit follows the `T`, a digit, `+`, or a digit
 * and `:` / `.` (which the candidate's lookbehind forbids), or a zone's `-` (a run of at most four
 * digits). Tested before the candidate scan, which costs several times more on such a value.
 */
const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d(?::?\d\d)?)?$/;

function isIsoTimestamp(value: string): boolean {
  // Its `T` and first `-`, read from the characters: most values fail here, without a regex call.
  return value.length >= 16 && value.charCodeAt(10) === 84 /* T */ && value.charCodeAt(4) === 45 /* - */ && ISO_TIMESTAMP.test(value);
}

/** Written with a leading `+` (possibly inside parentheses: `(+44) 20 7946 0958`). */
function isInternational(text: string): boolean {
  return isInternationalAt(text, 0);
}

/** `isInternational` of the run at `start` of `value`, without slicing it out (nor calling `startsWith`, costly on sliced strings). */
function isInternationalAt(value: string, start: number): boolean {
  const c = value.charCodeAt(start);
  return c === 43 /* + */ || (c === 40 /* ( */ && value.charCodeAt(start + 1) === 43);
}

/** Why a run cannot be a phone number, checked before any parsing. */
function looksLikeSomethingElse(text: string, digits: string): boolean {
  // Every layout tested here starts with a digit; the dotted ones have a dot.
  if (isAsciiDigit(text.charCodeAt(0))) {
    if (DATE_PATTERNS.some((p) => p.test(text)) || SSN_LAYOUT.test(text)) return true;
    if (text.includes('.') && (DOTTED_QUAD.test(text) || THOUSANDS.test(text) || DECIMAL.test(text))) return true;
  }
  return allSameDigit(digits) || (!isInternational(text) && isCardNumber(digits));
}


/** Digit-group lengths, `[min, max]` each, that one way of formatting a number produces. */
type Shape = readonly (readonly [number, number])[];

/** The part of libphonenumber-js's metadata API read here (not in its published types). */
interface FormatInfo {
  pattern(): string;
  format(): string;
  internationalFormat(): string;
  nationalPrefixFormattingRule(): string | undefined;
}
interface PlanInfo {
  formats(): FormatInfo[];
  IDDPrefix(): string;
}

/** What `formatNational` / `formatInternational` can produce for the numbers of one default region. */
interface RegionShapes {
  /** The region's international call prefix, anchored: after it the parsed country may be any. */
  readonly idd: RegExp;
  /** Every grouping the formatted number can have; undefined when the metadata is not understood. */
  readonly shapes: readonly Shape[] | undefined;
  /** The same groupings spelled out as `digitGroups` keys (`3,3,4`); undefined when there would be too many. */
  readonly keys: ReadonlySet<string> | undefined;
}

/** Most keys one region's shapes are spelled out into; past it the shapes are tested one by one. */
const MAX_SHAPE_KEYS = 20_000;

/** Every `digitGroups` key a list of shapes covers, or undefined past `MAX_SHAPE_KEYS`. */
function shapeKeys(shapes: readonly Shape[]): Set<string> | undefined {
  const keys = new Set<string>();
  for (const shape of shapes) {
    let partial = [''];
    for (const [min, max] of shape) {
      const next: string[] = [];
      for (const prefix of partial) for (let n = min; n <= max; n++) next.push(prefix === '' ? String(n) : `${prefix},${n}`);
      partial = next;
      if (keys.size + partial.length > MAX_SHAPE_KEYS) return undefined;
    }
    for (const k of partial) keys.add(k);
  }
  return keys;
}

/** Longest national significant number libphonenumber accepts. */
const MAX_NSN = 17;

/** Groupings of a replacement template (`($1) $2-$3`, `0$1 $2`) over the pattern's group lengths; undefined if not understood. */
function templateShape(template: string, groups: readonly (readonly [number, number])[]): Shape | undefined {
  if (/\$(?![1-9])/.test(template)) return undefined;
  const shape: [number, number][] = [];
  for (const run of templateRuns(template).runs) {
    let min = 0;
    let max = 0;
    for (const item of run) {
      const range = item === LITERAL_DIGIT ? ([1, 1] as const) : groups[item - 1];
      if (range === undefined) return undefined;
      min += range[0];
      max += range[1];
    }
    shape.push([min, max]);
  }
  return shape;
}

/** Every grouping a valid number parsed with `region` as default can be formatted in, nationally or internationally. */
function regionShapes(region: CountryCode): RegionShapes {
  const metadata = new Metadata(maxMetadata) as unknown as { selectNumberingPlan(c: string): void; numberingPlan?: PlanInfo };
  metadata.selectNumberingPlan(region);
  const idd = new RegExp(`^(?:${metadata.numberingPlan?.IDDPrefix() ?? ''})`);
  const unknown = { idd, shapes: undefined, keys: undefined };
  const callingCode = getCountryCallingCode(region);
  // Without an international prefix the parsed number keeps the region's calling code, but may belong to
  // any country sharing it (a `US` default parses Canadian numbers).
  const countries = getCountries().filter((c) => getCountryCallingCode(c) === callingCode);
  const cc: [number, number] = [callingCode.length, callingCode.length];
  // A number no format matches is written as one run of digits.
  const shapes: Shape[] = [[[1, MAX_NSN]], [cc, [1, MAX_NSN]]];
  for (const country of countries) {
    metadata.selectNumberingPlan(country);
    const formats = metadata.numberingPlan?.formats();
    if (!Array.isArray(formats)) return unknown;
    for (const format of formats) {
      const pattern = format.pattern();
      const groups = digitGroupRanges(pattern);
      if (!groups) return unknown;
      const rule = format.nationalPrefixFormattingRule();
      const templates = [format.format(), ...(rule ? [format.format().replace(FIRST_GROUP, rule)] : [])];
      for (const template of templates) {
        const shape = templateShape(template, groups);
        if (!shape) return unknown;
        shapes.push(shape);
      }
      const international = templateShape(format.internationalFormat(), groups);
      if (!international) return unknown;
      shapes.push([cc, ...international]);
    }
  }
  return { idd, shapes, keys: shapeKeys(shapes) };
}

const REGION_SHAPES = new Map<CountryCode, RegionShapes>();

/**
 * False when no number parsed with `region` as default can be formatted with the text's digit
 * grouping, so `groupedLikeRegion` cannot hold and the library call can be skipped.
 */
function mayGroupLikeRegion(region: CountryCode, groupsKey: string, digits: string): boolean {
  let info = REGION_SHAPES.get(region);
  if (!info) {
    info = regionShapes(region);
    REGION_SHAPES.set(region, info);
  }
  if (info.shapes === undefined) return true;
  // libphonenumber strips the prefix unless a 0 follows it (no calling code starts with 0).
  const idd = info.idd.exec(digits);
  if (idd && digits[idd[0].length] !== '0') return true;
  if (info.keys) return info.keys.has(groupsKey);
  const groups = groupsKey.split(',').map(Number);
  return info.shapes.some((shape) => shape.length === groups.length && shape.every(([min, max], i) => groups[i]! >= min && groups[i]! <= max));
}

/** Grouped like a phone number: at least two groups, none longer than 5 digits, only the first shorter than 2. */
function phoneShaped(text: string): boolean {
  const groups = text.match(/\d+/g) ?? [];
  return groups.length >= 2 && groups.every((g, i) => g.length <= 5 && (i === 0 || g.length >= 2));
}

/**
 * Parses allowed per value. A value with hundreds of phone-like runs (a dump of numbers)
 * would otherwise cost a parse per run and region; past the budget, runs are scored by
 * shape alone, which only reports them with context. Counting parses, remembered ones included,
 * keeps results deterministic.
 */
const PARSE_BUDGET = 500;
/** Distinct runs remembered per analyzer: datasets repeat values, and parsing dominates the cost. */
const CACHE_LIMIT = 4096;
/** A run with more digits than one number may hold is split at spaces, at most this many pieces. */
const MAX_SPLIT_PIECES = 12;

/** International call prefixes: 00 (most of the world), 011 (North America). */
const IDD = /^(?:00|011)(?=[1-9])/;

/**
 * Digits written as one run, without `+` or a call prefix: only SCORE_WEAK at best (no grouping
 * can confirm them), yet parsed in every default region until one finds them valid.
 */
function isBareNational(text: string, digits: string): boolean {
  return text.length === digits.length && !(digits.charCodeAt(0) === 48 && IDD.test(digits));
}

/**
 * A remembered score and the parses computing it took. A hit charges those parses to the value's
 * budget, so the budget runs out at the same run whatever the scorer saw before: a worker's
 * findings never depend on which chunks it was handed earlier (0, 1 or N workers, one output).
 */
interface Remembered {
  readonly score: number;
  readonly parses: number;
}

/** Scores candidate runs for one list of default regions; reused across values. */
class CandidateScorer {
  /** `score`'s results and `confirmedScore`'s apart (the two parse differently); only texts that passed the checks before the parse. */
  private readonly scores = new Map<string, Remembered>();
  private readonly confirmed = new Map<string, Remembered>();
  private budget = PARSE_BUDGET;
  private minScore: (() => number) | undefined;

  constructor(private readonly regions: readonly CountryCode[]) {}

  /** Starts a new value: refills the parse budget; `minScore` is the value's `ctx.minScore`. */
  reset(minScore: (() => number) | undefined): void {
    this.budget = PARSE_BUDGET;
    this.minScore = minScore;
  }

  /** The score of one candidate run, or 0 when it is not a phone number. */
  score(text: string, digits: string = onlyDigits(text)): number {
    const hit = this.scores.get(text);
    if (hit === undefined) {
      if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return 0;
      if (looksLikeSomethingElse(text, digits)) return 0;
    }
    if (this.budget <= 0) return shapeScore(text);
    // A bare number the analyzer would drop even if valid is not parsed, nor its 0 remembered
    // (the same digits may have context in another value).
    if (this.minScore !== undefined && isBareNational(text, digits) && SCORE_WEAK < this.minScore()) return 0;
    if (hit !== undefined) return this.charge(hit);
    const before = this.budget;
    const score = this.validate(text, digits, false);
    remember(this.scores, text, score, before - this.budget);
    return score;
  }

  /**
   * `score` when it is at least SCORE_VALID, else 0: for callers that use only confirmed numbers.
   * Regions whose formats cannot group the digits as the text does are not parsed at all.
   */
  confirmedScore(text: string): number {
    const hit = this.confirmed.get(text);
    if (hit !== undefined) return this.budget <= 0 ? 0 : this.charge(hit);
    const digits = onlyDigits(text);
    if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return 0;
    if (looksLikeSomethingElse(text, digits)) return 0;
    // Past the budget `score` only gives shape scores, which are below SCORE_VALID.
    if (this.budget <= 0) return 0;
    const before = this.budget;
    const score = this.validate(text, digits, true);
    remember(this.confirmed, text, score, before - this.budget);
    return score;
  }

  /** A remembered score, its parses charged as if they had been made. */
  private charge(hit: Remembered): number {
    this.budget -= hit.parses;
    return hit.score;
  }

  /** Parses what libphonenumber keeps of formatted text (the digits) as a national number of `region`. */
  private parse(digits: string, region: CountryCode): ParsedPhone | undefined {
    this.budget--;
    return parsePhone(digits, region);
  }

  /** Parses the digits from `from` on as a number after `+`. */
  private parseInternational(digits: string, from: number): ParsedPhone | undefined {
    this.budget--;
    return parseInternational(digits, from);
  }

  private validate(text: string, digits: string, confirmedOnly: boolean): number {
    if (isInternational(text)) {
      const phone = this.parseInternational(digits, 0);
      if (phone === undefined) return 0;
      if (isValidPhone(phone)) return SCORE_INTERNATIONAL;
      return isPossiblePhone(phone) ? SCORE_WEAK : 0;
    }

    const idd = digits.charCodeAt(0) === 48 ? IDD.exec(digits) : null;
    const international = idd ? this.parseInternational(digits, idd[0].length) : undefined;
    if (international && isValidPhone(international)) return SCORE_VALID;

    const formatted = text.length !== digits.length;
    if (confirmedOnly && !formatted) return 0;
    const groups = formatted ? digitGroups(text) : '';
    let valid = false;
    for (const region of this.regions) {
      // Once some region found the number valid, a region matters only if it can confirm the grouping.
      if ((valid || confirmedOnly) && !mayGroupLikeRegion(region, groups, digits)) continue;
      const phone = this.parse(digits, region);
      if (!phone || !isValidPhone(phone)) continue;
      // Many regions (DE, IT, FR...) accept almost any digit string as some valid number, so
      // validity alone says little; the region's own grouping says the writer meant a phone
      // number. The international layout without its `+` covers a written country code: `1-800-555-0199`.
      if (formatted && hasFormattedGrouping(phone, groups)) return SCORE_VALID;
      valid = true;
    }
    if (confirmedOnly) return 0;
    if (valid) return SCORE_WEAK;
    return formatted && phoneShaped(text) ? SCORE_WEAK : 0;
  }
}

/** Remembers a score (the map is cleared when full: cheaper than LRU upkeep, and no result depends on it). */
function remember(map: Map<string, Remembered>, text: string, score: number, parses: number): void {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(text, { score, parses });
}

/** Score without the library: phone-shaped runs are weak (context needed), others are dropped. */
function shapeScore(text: string): number {
  if (isInternational(text)) return SCORE_WEAK;
  return /\D/.test(text) && phoneShaped(text) ? SCORE_WEAK : 0;
}

/** Drops a leading `(` that is never closed: in `(555-0199)` the parentheses wrap the number, not an area code. */
function trimUnbalancedParen(text: string): number {
  return text.startsWith('(') && !text.includes(')') ? 1 : 0;
}

/**
 * Splits a run too long for one number (`212-555-0199 212-555-0100`) at spaces: from each
 * piece, the longest stretch of pieces that validates as a number (score >= SCORE_VALID) is taken.
 * Only confirmed numbers count here, so random digit groups are not stitched into phones.
 */
function splitRun(text: string, scorer: CandidateScorer): [start: number, end: number, score: number][] {
  let spaces = 0;
  for (let i = 0; i < text.length && spaces < MAX_SPLIT_PIECES; i++) if (text.charCodeAt(i) === 32) spaces++;
  if (spaces === 0 || spaces >= MAX_SPLIT_PIECES) return [];
  const pieces = [...text.matchAll(/[^ ]+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const found: [number, number, number][] = [];
  for (let i = 0; i < pieces.length; ) {
    let next = i + 1;
    const start = pieces[i]![0] + trimUnbalancedParen(text.slice(pieces[i]![0]));
    for (let j = pieces.length - 1; j >= i; j--) {
      const end = pieces[j]![1];
      const score = scorer.confirmedScore(text.slice(start, end));
      if (score >= SCORE_VALID) {
        found.push([start, end, score]);
        next = j + 1;
        break;
      }
    }
    i = next;
  }
  return found;
}

/** Adds a scored run to `out` unless its surroundings make it a house or version number. */
function report(out: RecognizerResult[], value: string, start: number, end: number, score: number): void {
  if (score <= 0) return;
  if (!isInternationalAt(value, start) && (followedByStreet(value, end) || followsVersionWord(value, start))) return;
  out.push({ entity: 'PHONE_NUMBER', start, end, score });
}

export const phone = defineRecognizer<PatternRecognizerOptions>({
  meta: {
    id: 'phone',
    entities: ['PHONE_NUMBER'],
    recommended: true,
    description: 'Phone numbers, international and national, validated with libphonenumber-js',
    context: ['phone', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'fax', 'call', 'calling', 'contact', 'whatsapp', 'sms', 'text', 'message', 'dial', 'landline', 'office', 'ph'],
  },
  create() {
    const scorers = new Map<string, CandidateScorer>();
    // The analyzer hands the same regions array with every value: remember the last one.
    let lastRegions: readonly string[] | undefined;
    let lastScorer: CandidateScorer | undefined;
    const scorerFor = (regions: readonly string[]): CandidateScorer => {
      if (regions === lastRegions) return lastScorer!;
      const key = regions.join(',');
      let scorer = scorers.get(key);
      if (!scorer) {
        scorer = new CandidateScorer(regions.filter((r): r is CountryCode => isSupportedCountry(r)));
        scorers.set(key, scorer);
      }
      lastRegions = regions;
      lastScorer = scorer;
      return scorer;
    };
    const candidate = new RegExp(CANDIDATE);
    return {
      requires: { minDigits: MIN_DIGITS },
      analyze(value, ctx) {
        const out: RecognizerResult[] = [];
        if (isIsoTimestamp(value)) return out;
        const scorer = scorerFor(ctx.defaultRegions);
        scorer.reset(ctx.minScore);
        candidate.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = candidate.exec(value)) !== null) {
          const end = m.index + m[0].length;
          if (badFollowerAt(value, end)) continue;
          const trim = trimUnbalancedParen(m[0]);
          const start = m.index + trim;
          const text = trim === 0 ? m[0] : value.slice(start, end);
          const digits = onlyDigits(text);
          if (digits.length > MAX_DIGITS) {
            for (const [s, e, score] of splitRun(text, scorer)) report(out, value, start + s, start + e, score);
          } else {
            report(out, value, start, end, scorer.score(text, digits));
          }
          // A run needs a digit: none can start at the end (a whole-value run, the common case, ends there).
          if (end === value.length) break;
        }
        return out;
      },
    };
  },
});
