/**
 * Version-number context shared by recognizers whose dotted numbers look like versions
 * (`version 1.2.3.4` is not an IP address, `ver. 1.12.2020` is not a date).
 */

// The word (and optional `.`, `:`, `#` or `=`) right before a match, e.g. `version 1.2`, `rev: 2.1`, `v=1.2`.
const VERSION_BEFORE = /(?:^|[^\p{L}\p{N}])(?:versions?|ver|v|vers|release|rel|rev|revision|build|firmware|fw|patch|kernel|update)\s*[.:#=]?\s*$/iu;

/** How far back to look; longer than any version word plus spacing. */
const WINDOW = 24;

/**
 * True when the text right before `start` names a version (`version`, `v`, `release`, `build`...),
 * so a dotted number at `start` is a version, not an address or a date.
 *
 * @example followsVersionWord('firmware 1.2.3.4', 9) // true
 */
export function followsVersionWord(value: string, start: number): boolean {
  // Nothing before the match (a whole-value match, the common case): no word, and no regex call.
  if (start === 0) return false;
  return VERSION_BEFORE.test(value.slice(Math.max(0, start - WINDOW), start));
}
