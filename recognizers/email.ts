/** EMAIL_ADDRESS: RFC 5322 "dot-atom" addresses whose domain ends in a real IANA TLD. */
import { defineRecognizer, type PatternRecognizerOptions } from '../src/recognizer/define.js';
import { nextRunMatch, runAnchored } from '../src/recognizer/run-anchors.js';
import { isPublicDomain } from '../src/recognizer/tlds.js';
import type { RecognizerResult } from '../src/types.js';

// The leading lookbehind makes a match start only at the beginning of a run of address characters,
// which keeps the scan linear on long runs without an `@` - and lets the search start from each `@`.
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[A-Za-z0-9_%+'-](?:[A-Za-z0-9._%+'-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/u;

/** Addresses with a real TLD, not on a reserved documentation domain. */
export const email = defineRecognizer<PatternRecognizerOptions>({
  meta: {
    id: 'email',
    entities: ['EMAIL_ADDRESS'],
    recommended: true,
    context: ['email', 'e-mail', 'mail', 'contact'],
    description: 'Email addresses with a real top-level domain',
  },
  create() {
    // The local part's characters are all forbidden before a match by the lookbehind.
    const regex = runAnchored(EMAIL, (value, from) => value.indexOf('@', from), /[A-Za-z0-9._%+'-]/);
    return {
      requires: { anyOf: '@', minLength: 6 },
      analyze(value) {
        const out: RecognizerResult[] = [];
        let m: RegExpExecArray | null;
        for (let from = 0; (m = nextRunMatch(regex, value, from)) !== null; from = m.index + m[0].length) {
          if (!isPublicDomain(m[0].slice(m[0].indexOf('@') + 1))) continue;
          out.push({ entity: 'EMAIL_ADDRESS', start: m.index, end: m.index + m[0].length, score: 1 });
        }
        return out;
      },
    };
  },
});
