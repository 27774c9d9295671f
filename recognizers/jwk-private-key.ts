/**
 * PRIVATE_KEY in JSON Web Key form (RFC 7517 / 7518): the private members `d` (EC, OKP, RSA
 * private exponent), `p`, `q`, `dp`, `dq`, `qi` (RSA) and `k` (symmetric `oct` keys) of an object
 * that also has a `kty` member. Public members (`n`, `e`, `x`, `y`, `crv`, `kid`) are not secrets.
 * Works on JSON, JavaScript / Python object literals and YAML; only the member value is the span.
 */
import { isPlaceholder } from '../src/recognizer/credential-keys.js';
import { defineRecognizer } from '../src/recognizer/define.js';
import { looksRandom } from '../src/recognizer/entropy.js';
import { containsAny } from '../src/recognizer/triggers.js';
import type { RecognizerResult } from '../src/types.js';

// A member name, optionally quoted (also `\"d\"` inside a JSON string), then `:` / `=` / `=>` and
// an optionally quoted base64url value. The lookbehind keeps `kid`, `id:` or `x.d` from matching.
const MEMBER = /(?<![A-Za-z0-9_$.\\-])(?<open>\\?["']?)(?<name>kty|dp|dq|qi|d|k|p|q)\k<open>[ \t]*(?:=>|[:=])[ \t]*(?<quote>\\?["']?)(?<value>[A-Za-z0-9_+/-]*={0,2})(?<close>\\?["']?)/g;
const PRIVATE = new Set(['d', 'k', 'p', 'q', 'dp', 'dq', 'qi']);
/** Shortest private member: a 128-bit `oct` key is 22 base64url characters. */
const MIN_VALUE = 16;

interface ObjectState {
  hasKty: boolean;
  readonly members: { start: number; end: number }[];
}

export const jwkPrivateKey = defineRecognizer({
  meta: {
    id: 'jwk-private-key',
    entities: ['PRIVATE_KEY'],
    recommended: true,
    category: 'secret',
    description: 'Private members (d, p, q, dp, dq, qi, k) of JSON Web Keys',
  },
  create: () => ({
    // A member needs `:`, `=` or `=>` after its name.
    requires: { minTokenRun: 16, anyOf: ':=' },
    trigger: containsAny('kty'),
    analyze(value) {
      const out: RecognizerResult[] = [];
      // One pass over braces and members: each member belongs to the innermost open object. Text
      // outside any brace (a cut-off excerpt) forms its own object until an unmatched `}`.
      const stack: ObjectState[] = [{ hasKty: false, members: [] }];
      const finish = (o: ObjectState) => {
        if (o.hasKty) for (const m of o.members) out.push({ entity: 'PRIVATE_KEY', ...m, score: 0.95 });
      };
      const members = [...value.matchAll(MEMBER)];
      let next = 0;
      for (let i = 0; i <= value.length; i++) {
        while (next < members.length && members[next]!.index === i) {
          const m = members[next++]!;
          const g = m.groups!;
          const top = stack[stack.length - 1]!;
          if (g.name === 'kty') top.hasKty = true;
          else if (PRIVATE.has(g.name!) && isKeyMaterial(g, value[m.index + m[0].length])) {
            const start = m.index + m[0].length - g.close!.length - g.value!.length;
            top.members.push({ start, end: start + g.value!.length });
          }
        }
        const c = value[i];
        if (c === '{') stack.push({ hasKty: false, members: [] });
        else if (c === '}') {
          finish(stack.pop()!);
          if (stack.length === 0) stack.push({ hasKty: false, members: [] });
        }
      }
      for (const o of stack) finish(o);
      return out.sort((a, b) => a.start - b.start);
    },
  }),
});

/**
 * A literal, closed by the quote it opened with (or a bare YAML word that ends its line or item),
 * long and random enough to be key material. `k: base64url(random(...))` is code, not a key.
 */
function isKeyMaterial(g: Record<string, string | undefined>, after: string | undefined): boolean {
  const text = g.value!;
  if (g.quote !== g.close || text.length < MIN_VALUE) return false;
  if (g.quote === '' && after !== undefined && !/[\s,;}\]]/.test(after)) return false;
  return looksRandom(text, MIN_VALUE) && !isPlaceholder(text);
}
