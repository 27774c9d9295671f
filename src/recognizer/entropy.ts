/**
 * Randomness measures for secret detection: Shannon entropy and character-class counts. Used to
 * tell generated credentials (`x8Fq2Lr0...`) from words, identifiers and placeholders.
 */

/** Shannon entropy of a string in bits per character (0 for empty or one-symbol strings). */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let length = 0;
  for (const n of counts.values()) length += n;
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Which character classes a string uses. */
export interface CharClasses {
  readonly lower: boolean;
  readonly upper: boolean;
  readonly digit: boolean;
  /** Any other printable character (punctuation, symbols). */
  readonly symbol: boolean;
  /** How many of the four classes are present. */
  readonly count: number;
}

/** The character classes of `text` (ASCII letters and digits; anything else counts as a symbol). */
export function charClasses(text: string): CharClasses {
  let lower = false;
  let upper = false;
  let digit = false;
  let symbol = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c >= 48 && c <= 57) digit = true;
    else symbol = true;
  }
  return { lower, upper, digit, symbol, count: Number(lower) + Number(upper) + Number(digit) + Number(symbol) };
}

/** True when every character is a hexadecimal digit. */
export function isHex(text: string): boolean {
  return /^[0-9a-fA-F]+$/.test(text);
}

/**
 * True when `text` looks machine-generated: long enough, several character classes or a
 * hex / base64 alphabet, and entropy close to what random text of that alphabet gives.
 * Words, identifiers (`SecretKey`) and repeated characters fail.
 *
 * @example looksRandom('x8Fq2Lr0Vb7Kc1') // true
 * @example looksRandom('changeme')       // false
 */
export function looksRandom(text: string, minLength = 12): boolean {
  if (text.length < minLength) return false;
  if (looksLikeWords(text)) return false;
  const entropy = shannonEntropy(text);
  const classes = charClasses(text);
  // Random text over an alphabet of size A reaches about log2(min(A, length)) bits per character.
  const expected = Math.log2(Math.min(text.length, isHex(text) ? 16 : 16 * classes.count));
  if (entropy < Math.min(3, expected * 0.75)) return false;
  if (classes.count >= 2 && (classes.digit || classes.symbol)) return true;
  if (classes.lower && classes.upper && !looksLikeIdentifier(text)) return true;
  // One class only: accept long hex or long digit strings (keys, ids) and nothing else.
  return (isHex(text) && text.length >= 20) || (classes.digit && text.length >= 16);
}

/**
 * True when text is words joined by separators (`secret-access-token`, `states/route53/state1`,
 * `PGRST_DB_SCHEMAS`, `iris.goroutines`): every piece is a lower-case, Capitalized or UPPER-CASE
 * word (or camelCase identifier), optionally followed by digits.
 */
export function looksLikeWords(text: string): boolean {
  const pieces = text.split(/[-_./:\\ ]+/).filter((p) => p.length > 0);
  if (pieces.length === 0) return false;
  if (pieces.length === 1 && !looksLikeIdentifier(pieces[0]!.replace(/\d+$/, ''))) return false;
  return pieces.every((p) => /^\d+$/.test(p) || /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]{2,})\d*$/.test(p) || looksLikeIdentifier(p.replace(/\d+$/, '')));
}

/**
 * True when letters-only text reads as a camelCase / PascalCase identifier made of two or more
 * words (`SecretKey`, `fakeAPIKey`, `accessToken`): every word has 2+ letters and acronyms are short.
 * Random mixed-case text (`wYYplzwlXYNl`) splits into one-letter pieces and fails.
 */
export function looksLikeIdentifier(text: string): boolean {
  if (!/^[A-Za-z]+$/.test(text)) return false;
  const words = text.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? [];
  if (words.length < 2) return false;
  // A one-letter first word is a Hungarian prefix (`aSignScopedPub`, `mAuth`).
  return words.every((w, i) => (w.length >= 2 || (i === 0 && /^[a-z]$/.test(w))) && (w.length <= 6 || /[a-z]/.test(w)));
}
