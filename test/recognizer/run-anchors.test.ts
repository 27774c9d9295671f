import { describe, expect, it } from 'vitest';
import { rng } from '../../benchmarks/generate-dataset.js';
import { nextRunMatch, runAnchored, type AnchorSearch } from '../../src/recognizer/run-anchors.js';

/** Every match of a global scan from the start, as `[index, text]`. */
function scanned(regex: RegExp, value: string): [number, string][] {
  const global = new RegExp(regex.source, `${regex.flags}g`);
  return [...value.matchAll(global)].map((m) => [m.index, m[0]]);
}

function anchored(r: ReturnType<typeof runAnchored>, value: string): [number, string][] {
  const out: [number, string][] = [];
  for (let m = nextRunMatch(r, value, 0); m !== null; m = nextRunMatch(r, value, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

/** The next match of a regex, as an anchor search. */
function regexAnchor(regex: RegExp): AnchorSearch {
  const global = new RegExp(regex.source, `${regex.flags}g`);
  return (value, from) => {
    global.lastIndex = from;
    return global.exec(value)?.index ?? -1;
  };
}

const WORD_CHARS = /[a-z0-9.-]/i;

// A word of letters, digits, dots and dashes holding `x.y` or ending right before `@`: the shapes
// of the email and bare-domain regexes that use the helper.
const CASES = [
  { name: 'anchor after the run', regex: /(?<![\p{L}\p{N}.-])[a-z0-9][a-z0-9.-]*@[a-z]+/u, anchor: (v: string, from: number) => v.indexOf('@', from) },
  { name: 'anchor inside the run', regex: /(?<![\p{L}\p{N}.-])[a-z0-9]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9-])/u, anchor: regexAnchor(/[a-z0-9]\.[a-z]{2}/) },
];

describe('nextRunMatch', () => {
  it.each(CASES)('finds what a scan of every position finds: $name', ({ regex, anchor }) => {
    const r = runAnchored(regex, anchor, WORD_CHARS);
    const random = rng(5);
    const alphabet = ['a', 'b', 'z', '1', '.', '.', '-', '@', '@', ' ', 'é', '😀', 'co', 'x.io'];
    for (let i = 0; i < 5000; i++) {
      let value = '';
      for (let n = Math.floor(random() * 14); n > 0; n--) value += alphabet[Math.floor(random() * alphabet.length)];
      expect(anchored(r, value), JSON.stringify(value)).toEqual(scanned(regex, value));
    }
  });

  it.each([
    ['a run that starts before `from` is not searched again', 'ab.cd.ef gh.ij', 3, [[9, 'gh.ij']]],
    ['a run is tried at its start only', 'x-.y.com', 0, []],
    ['a non-ASCII letter before the run', 'éab.cd', 0, []],
  ] as const)('%s', (_name, value, from, expected) => {
    const r = runAnchored(CASES[1]!.regex, CASES[1]!.anchor, WORD_CHARS);
    const m = nextRunMatch(r, value, from);
    expect(m === null ? [] : [[m.index, m[0]]]).toEqual(expected);
  });
});
