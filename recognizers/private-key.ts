/**
 * PRIVATE_KEY: PEM and OpenSSH private key blocks, from `-----BEGIN ... PRIVATE KEY-----` through the
 * matching END line. The whole block is the span, also when it is split over string literals or
 * its newlines are literal `\n` escapes inside a JSON string. A block cut off before its END line
 * is reported up to the end of its body.
 */
import { defineRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';
import type { RecognizerResult } from '../src/types.js';

const HEADER = /-----BEGIN (?<label>(?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?<block> BLOCK)?-----/g;
/** Longest block searched for its END line: a 16384-bit RSA key in PEM is about 13 KB. */
const MAX_BLOCK = 64 * 1024;
/** Fewest base64 characters of a real key body (the smallest EC keys have ~160). */
const MIN_BODY = 64;
// Characters a key body may contain when it is wrapped in source code: base64, whitespace, escapes,
// quotes and the `+` / `,` / `;` of string concatenation, plus PEM headers (`Proc-Type: 4,ENCRYPTED`).
const BODY_RUN = /[A-Za-z0-9+/=\s\\"'`,;:.-]*/y;

/** How many base64 characters a body holds, or -1 when it is a truncated or placeholder body. */
function base64Length(body: string): number {
  if (body.includes('...') || body.includes('…')) return -1;
  const unescaped = body.replace(/\\+[rnt]?/g, ' ');
  let count = 0;
  for (const token of unescaped.split(/[\s"'`,;+]+/)) {
    if (/^[A-Za-z0-9/=]+$/.test(token) && !/^[A-Z][a-z]+$/.test(token)) count += token.length;
  }
  return count;
}

export const privateKey = defineRecognizer({
  meta: {
    id: 'private-key',
    entities: ['PRIVATE_KEY'],
    recommended: true,
    category: 'secret',
    description: 'PEM / OpenSSH / PGP private key blocks',
  },
  create: () => ({
    requires: { minLength: 27, anyOf: '-' },
    trigger: containsAny('PRIVATE KEY-----'),
    analyze(value) {
      const out: RecognizerResult[] = [];
      const header = new RegExp(HEADER.source, 'g');
      let noEndBeyond = Number.POSITIVE_INFINITY;
      let m: RegExpExecArray | null;
      while ((m = header.exec(value)) !== null) {
        const start = m.index;
        const bodyStart = start + m[0].length;
        const endMarker = `-----END ${m.groups?.['label'] ?? ''}PRIVATE KEY${m.groups?.['block'] ?? ''}-----`;
        let endIndex = bodyStart < noEndBeyond ? value.indexOf(endMarker, bodyStart) : -1;
        if (endIndex < 0) noEndBeyond = bodyStart;
        if (endIndex - bodyStart > MAX_BLOCK) endIndex = -1;
        let end: number;
        let body: string;
        if (endIndex >= 0) {
          body = value.slice(bodyStart, endIndex);
          end = endIndex + endMarker.length;
        } else {
          // Truncated block: the body runs while the characters can belong to one.
          BODY_RUN.lastIndex = bodyStart;
          BODY_RUN.exec(value);
          end = Math.min(BODY_RUN.lastIndex, bodyStart + MAX_BLOCK);
          while (end > bodyStart && /[\s\\"'`,;:.+-]/.test(value[end - 1]!)) end--;
          body = value.slice(bodyStart, end);
        }
        const length = base64Length(body);
        if (length >= MIN_BODY) {
          // DER keys start `MI` in base64, OpenSSH keys `b3BlbnNzaC1rZXktdjE` ("openssh-key-v1").
          const magic = /(?:^|[\s"'`+n])(?:MI[A-Za-z0-9+/]|b3BlbnNzaC1rZXktdjE)/.test(body);
          out.push({ entity: 'PRIVATE_KEY', start, end, score: magic ? 1 : 0.9, contextApplied: true });
        }
        header.lastIndex = Math.max(header.lastIndex, end);
      }
      return out;
    },
  }),
});
