/**
 * IBAN formats of every country in the SWIFT IBAN registry (release 93, plus Honduras, Oman and
 * Yemen added since). Used to validate IBANs and to build valid surrogate IBANs.
 */

/**
 * BBAN structure in the registry's notation: `<count>!<kind>` parts, where kind is `n` (digits),
 * `a` (upper-case letters) or `c` (digits or upper-case letters). E.g. GB: `4!a6!n8!n`.
 */
export type BbanStructure = string;

/**
 * BBAN structure (the part after the country code and the two check digits) per ISO 3166-1
 * alpha-2 country code. The IBAN length is 4 plus the BBAN length.
 */
export const IBAN_BBAN_STRUCTURES: Readonly<Record<string, BbanStructure>> = Object.freeze({
  AD: '4!n4!n12!c',
  AE: '3!n16!n',
  AL: '8!n16!c',
  AT: '5!n11!n',
  AZ: '4!a20!c',
  BA: '3!n3!n8!n2!n',
  BE: '3!n7!n2!n',
  BG: '4!a4!n2!n8!c',
  BH: '4!a14!c',
  BI: '5!n5!n11!n2!n',
  BR: '8!n5!n10!n1!a1!c',
  BY: '4!c4!n16!c',
  CH: '5!n12!c',
  CR: '4!n14!n',
  CY: '3!n5!n16!c',
  CZ: '4!n6!n10!n',
  DE: '8!n10!n',
  DJ: '5!n5!n11!n2!n',
  DK: '4!n9!n1!n',
  DO: '4!c20!n',
  EE: '2!n2!n11!n1!n',
  EG: '4!n4!n17!n',
  ES: '4!n4!n1!n1!n10!n',
  FI: '3!n11!n',
  FK: '2!a12!n',
  FO: '4!n9!n1!n',
  FR: '5!n5!n11!c2!n',
  GB: '4!a6!n8!n',
  GE: '2!a16!n',
  GI: '4!a15!c',
  GL: '4!n9!n1!n',
  GR: '3!n4!n16!c',
  GT: '4!c20!c',
  HN: '4!a20!n',
  HR: '7!n10!n',
  HU: '3!n4!n1!n15!n1!n',
  IE: '4!a6!n8!n',
  IL: '3!n3!n13!n',
  IQ: '4!a3!n12!n',
  IS: '4!n2!n6!n10!n',
  IT: '1!a5!n5!n12!c',
  JO: '4!a4!n18!c',
  KW: '4!a22!c',
  KZ: '3!n13!c',
  LB: '4!n20!c',
  LC: '4!a24!c',
  LI: '5!n12!c',
  LT: '5!n11!n',
  LU: '3!n13!c',
  LV: '4!a13!c',
  LY: '3!n3!n15!n',
  MC: '5!n5!n11!c2!n',
  MD: '2!c18!c',
  ME: '3!n13!n2!n',
  MK: '3!n10!c2!n',
  MN: '4!n12!n',
  MR: '5!n5!n11!n2!n',
  MT: '4!a5!n18!c',
  MU: '4!a2!n2!n12!n3!n3!a',
  NI: '4!a20!n',
  NL: '4!a10!n',
  NO: '4!n6!n1!n',
  OM: '3!n16!c',
  PK: '4!a16!c',
  PL: '8!n16!n',
  PS: '4!a21!c',
  PT: '4!n4!n11!n2!n',
  QA: '4!a21!c',
  RO: '4!a16!c',
  RS: '3!n13!n2!n',
  RU: '9!n5!n15!c',
  SA: '2!n18!c',
  SC: '4!a2!n2!n16!n3!a',
  SD: '2!n12!n',
  SE: '3!n16!n1!n',
  SI: '5!n8!n2!n',
  SK: '4!n6!n10!n',
  SM: '1!a5!n5!n12!c',
  SO: '4!n3!n12!n',
  ST: '4!n4!n11!n2!n',
  SV: '4!a20!n',
  TL: '3!n14!n2!n',
  TN: '2!n3!n13!n2!n',
  TR: '5!n1!n16!c',
  UA: '6!n19!c',
  VA: '3!n15!n',
  VG: '4!a16!n',
  XK: '4!n10!n2!n',
  YE: '4!a4!n18!c',
});

/** One run of the BBAN structure: `count` characters of `kind`. */
export interface BbanPart {
  /** `n` digits, `a` upper-case letters, `c` digits or upper-case letters. */
  readonly kind: 'n' | 'a' | 'c';
  readonly count: number;
}

/** Parses a structure such as `4!a6!n8!n` into its parts. */
export function parseBbanStructure(structure: BbanStructure): BbanPart[] {
  const parts: BbanPart[] = [];
  for (const m of structure.matchAll(/(\d+)!([nac])/g)) {
    parts.push({ kind: m[2] as BbanPart['kind'], count: Number(m[1]) });
  }
  return parts;
}

const PARTS: ReadonlyMap<string, readonly BbanPart[]> = new Map(
  Object.entries(IBAN_BBAN_STRUCTURES).map(([country, structure]) => [country, parseBbanStructure(structure)]),
);

const LENGTHS: ReadonlyMap<string, number> = new Map(
  [...PARTS].map(([country, parts]) => [country, 4 + parts.reduce((sum, p) => sum + p.count, 0)]),
);

/**
 * Total IBAN length for a country (upper-case ISO code), or undefined when the country does not use IBANs.
 *
 * @example ibanLength('GB') // 22
 */
export function ibanLength(country: string): number | undefined {
  return LENGTHS.get(country);
}

/** The parsed BBAN structure of a country, or undefined when the country does not use IBANs. */
export function bbanParts(country: string): readonly BbanPart[] | undefined {
  return PARTS.get(country);
}

/**
 * True when `bban` (upper case, no separators) follows the country's registered structure.
 *
 * @example bbanMatchesStructure('GB', 'WEST12345698765432') // true
 */
export function bbanMatchesStructure(country: string, bban: string): boolean {
  const parts = PARTS.get(country);
  if (!parts) return false;
  let i = 0;
  for (const { kind, count } of parts) {
    for (let k = 0; k < count; k++, i++) {
      const c = bban.charCodeAt(i);
      const digit = c >= 48 && c <= 57;
      const letter = c >= 65 && c <= 90;
      if (kind === 'n' ? !digit : kind === 'a' ? !letter : !(digit || letter)) return false;
    }
  }
  return i === bban.length;
}
