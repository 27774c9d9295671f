/**
 * Boundaries of a standalone number token, shared by the national-identifier recognizers: a match
 * must not start or end inside a longer run of digits (`12-3456` must not yield `3456`), a word, a
 * decimal or a `+`-prefixed phone number. Use with the `u` flag.
 */
import { NO_ALNUM_AFTER, NO_ALNUM_BEFORE, NO_DIGIT_AFTER, NO_DIGIT_BEFORE } from './regex.js';

/** Start of a number: no letter, digit, `+`, or digit plus one separator (`-`, `.`, space) right before. */
export const NUMBER_START = `${NO_ALNUM_BEFORE}${NO_DIGIT_BEFORE}(?<!\\+)`;

/** End of a number: no letter or digit, nor one separator and a digit, right after. */
export const NUMBER_END = `${NO_ALNUM_AFTER}${NO_DIGIT_AFTER}`;

/**
 * Start of a number written with `-` or `.` separators. A space-separated number before it is a
 * neighbour in running text or a table (`age 42 123-45-6789`), not part of it, so only `-` and `.`
 * join it to a preceding digit.
 */
export const DELIMITED_NUMBER_START = `${NO_ALNUM_BEFORE}(?<!\\d[-.])(?<!\\+)`;

/** End of a number written with `-` or `.` separators; see `DELIMITED_NUMBER_START`. */
export const DELIMITED_NUMBER_END = `${NO_ALNUM_AFTER}(?![-.]\\d)`;
