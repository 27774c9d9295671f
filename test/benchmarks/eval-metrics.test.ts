import { describe, expect, it } from 'vitest';
import type { EvalFile } from '../../benchmarks/eval/dataset.js';
import { addMatching, leakedSurfaces, matchSpans, onlyLabels, prf, sumCounts, type Counts, type LabelledSpan, type MatchRule } from '../../benchmarks/eval/metrics.js';
import { secretlintSpans, trimSpan, type Predictor } from '../../benchmarks/eval/predictors.js';
import { evaluateFile, groupOf } from '../../benchmarks/eval/run.js';
import { formatTable, ratio } from '../../benchmarks/eval/table.js';

const s = (start: number, end: number, label = 'PERSON'): LabelledSpan => ({ start, end, label });

describe('matchSpans', () => {
  const cases: [name: string, rule: MatchRule, gold: LabelledSpan[], pred: LabelledSpan[], goldMatched: boolean[], predMatched: boolean[]][] = [
    ['exact: same span', 'exact', [s(0, 4)], [s(0, 4)], [true], [true]],
    ['exact: one character off', 'exact', [s(0, 4)], [s(0, 5)], [false], [false]],
    ['exact: other label', 'exact', [s(0, 4)], [s(0, 4, 'LOCATION')], [false], [false]],
    ['exact: duplicate prediction counts once', 'exact', [s(0, 4)], [s(0, 4), s(0, 4)], [true], [true, false]],
    ['overlap: one shared character', 'overlap', [s(0, 4)], [s(3, 9)], [true], [true]],
    ['overlap: touching is not overlapping', 'overlap', [s(0, 4)], [s(4, 9)], [false], [false]],
    ['overlap: other label', 'overlap', [s(0, 4)], [s(0, 4, 'LOCATION')], [false], [false]],
    ['overlap: wide prediction matches one of two gold spans', 'overlap', [s(0, 4), s(5, 9)], [s(0, 9)], [true, false], [true]],
    ['overlap: two predictions inside one gold span, the bigger overlap counts', 'overlap', [s(0, 10)], [s(0, 3), s(5, 9)], [true], [false, true]],
    // Greedy would give the wide prediction to the first gold span and leave the second unmatched.
    ['overlap: maximum matching, not greedy', 'overlap', [s(0, 4), s(5, 9)], [s(2, 9), s(0, 3)], [true, true], [true, true]],
    ['overlap: nothing predicted', 'overlap', [s(0, 4)], [], [false], []],
    ['overlap: nothing to find', 'overlap', [], [s(0, 4)], [], [false]],
  ];
  it.each(cases)('%s', (_name, rule, gold, pred, goldMatched, predMatched) => {
    expect(matchSpans(gold, pred, rule)).toEqual({ goldMatched, predMatched });
  });
});

describe('counts and ratios', () => {
  it('addMatching counts tp and fn per gold label, fp per predicted label', () => {
    const gold = [s(0, 4), s(10, 14, 'LOCATION')];
    const pred = [s(0, 4), s(20, 24, 'ORGANIZATION')];
    const into = new Map<string, Counts>();
    addMatching(into, gold, pred, matchSpans(gold, pred, 'exact'));
    expect(Object.fromEntries(into)).toEqual({
      PERSON: { tp: 1, fp: 0, fn: 0 },
      LOCATION: { tp: 0, fp: 0, fn: 1 },
      ORGANIZATION: { tp: 0, fp: 1, fn: 0 },
    });
  });
  it.each([
    [{ tp: 8, fp: 2, fn: 8 }, 0.8, 0.5, 8 / 13],
    [{ tp: 0, fp: 3, fn: 1 }, 0, 0, 0],
    [{ tp: 5, fp: 0, fn: 0 }, 1, 1, 1],
    [{ tp: 0, fp: 0, fn: 2 }, Number.NaN, 0, 0],
    [{ tp: 0, fp: 2, fn: 0 }, 0, Number.NaN, 0],
    [{ tp: 0, fp: 0, fn: 0 }, Number.NaN, Number.NaN, Number.NaN],
  ])('prf(%j)', (counts, precision, recall, f1) => {
    const r = prf(counts);
    const close = (actual: number, expected: number) => (Number.isNaN(expected) ? expect(actual).toBeNaN() : expect(actual).toBeCloseTo(expected, 10));
    close(r.precision, precision);
    close(r.recall, recall);
    close(r.f1, f1);
  });
  it('sumCounts adds per-label counts (micro average)', () => {
    expect(sumCounts([{ tp: 1, fp: 2, fn: 3 }, { tp: 10, fp: 20, fn: 30 }])).toEqual({ tp: 11, fp: 22, fn: 33 });
  });
  it('onlyLabels keeps the annotated labels', () => {
    expect(onlyLabels([s(0, 1), s(1, 2, 'OTHER'), s(2, 3, 'URL')], new Set(['PERSON', 'URL']))).toEqual([s(0, 1), s(2, 3, 'URL')]);
  });
  it.each([
    ['Call <PERSON> today', ['Rosalind Okafor'], [false]],
    ['Call Rosalind <PERSON> today', ['Rosalind Okafor', 'Rosalind'], [false, true]],
    ['<LOCATION> and Quillfield', ['Quillfield'], [true]],
    ['nothing here', [''], [false]],
  ])('leakedSurfaces(%j)', (anonymized, surfaces, expected) => {
    expect(leakedSurfaces(anonymized, surfaces)).toEqual(expected);
  });
});

describe('span helpers', () => {
  it.each([
    ['Mary Kowalczyk.', 0, 15, 'Mary Kowalczyk'],
    [' (Oslo), ', 0, 9, 'Oslo'],
    ['😀Zofia😀', 0, 9, 'Zofia'],
    ['...', 0, 3, ''],
  ])('trimSpan(%j)', (text, start, end, expected) => {
    const [a, b] = trimSpan(text, start, end);
    expect(text.slice(a, b)).toBe(expected);
  });
  it('secretlintSpans shifts ranges past a BOM that secretlint strips', () => {
    const text = '\uFEFFtoken=abc123';
    const [span] = secretlintSpans(text, [{ range: [6, 12] }]);
    expect(text.slice(span!.start, span!.end)).toBe('abc123');
  });
  it('secretlintSpans keeps ranges of text without a BOM and drops empty or out-of-range ones', () => {
    const text = '😀 key=zz9';
    expect(secretlintSpans(text, [{ range: [7, 10] }, { range: [3, 3] }, { range: [8, 40] }])).toEqual([{ start: 7, end: 10, label: 'SECRET' }]);
  });
  it.each([['UUID:Token', 'UUID'], ['Password', 'Password'], ['Bearer Authorization:Slack Token:Auth', 'Bearer Authorization']])('groupOf(%j)', (orig, group) => {
    expect(groupOf(orig)).toBe(group);
  });
});

describe('tables', () => {
  it('aligns columns: first left, the rest right', () => {
    expect(formatTable(['label', 'n'], [['PERSON', '7'], ['URL', '123']])).toBe(['label     n', '------  ---', 'PERSON    7', 'URL     123'].join('\n'));
  });
  it.each([[0.5, '0.500'], [1, '1.000'], [Number.NaN, '-']])('ratio(%d)', (x, text) => {
    expect(ratio(x)).toBe(text);
  });
});

describe('evaluateFile', () => {
  const text = 'Ask Odile Brannigan in Quillfield';
  const file: EvalFile = {
    name: 'tiny',
    path: 'tiny.dev.jsonl',
    records: [{
      id: 'r1',
      text,
      spans: [
        { start: 4, end: 19, label: 'PERSON', origLabel: 'person', surface: 'Odile Brannigan' },
        { start: 23, end: 33, label: 'LOCATION', origLabel: 'city', surface: 'Quillfield' },
        { start: 0, end: 3, label: 'OTHER', origLabel: 'verb', surface: 'Ask' },
      ],
      annotatedLabels: new Set(['PERSON', 'LOCATION']),
      falseCandidates: [{ start: 23, end: 33, origLabel: 'city' }],
    }],
  };
  // Finds the first name only (overlap hit, exact miss), calls "Ask" a PERSON (unannotated gold is OTHER, so a false positive), and a URL (not annotated: ignored).
  const predictor: Predictor = {
    name: 'fake',
    labels: new Set(['PERSON']),
    predict: () => ({
      spans: [s(4, 9), s(0, 3), s(23, 33, 'URL')],
      findings: [{ entity: 'PERSON', start: 4, end: 9, score: 1, recognizer: 'fake' }],
    }),
  };
  const splice = (t: string, findings: readonly { start: number; end: number }[]) =>
    [...findings].sort((a, b) => b.start - a.start).reduce((acc, f) => acc.slice(0, f.start) + '<X>' + acc.slice(f.end), t);

  it('scores annotated labels only, under both rules, and measures leaks', async () => {
    const r = await evaluateFile(file, predictor, splice);
    const person = r.labels.find((l) => l.label === 'PERSON')!;
    const location = r.labels.find((l) => l.label === 'LOCATION')!;
    expect([person.exact.tp, person.exact.fp, person.exact.fn]).toEqual([0, 2, 1]);
    expect([person.overlap.tp, person.overlap.fp, person.overlap.fn]).toEqual([1, 1, 0]);
    expect(person.covered).toBe(true);
    expect(location.covered).toBe(false);
    expect(r.labels.map((l) => l.label)).toEqual(['LOCATION', 'PERSON']);
    // Micro covers PERSON only.
    expect([r.micro.overlap.tp, r.micro.overlap.fp, r.micro.overlap.fn]).toEqual([1, 1, 0]);
    // "Odile" was replaced, so "Odile Brannigan" no longer appears verbatim; "Quillfield" does.
    expect(r.leak).toEqual({ gold: 2, leaked: 1, rate: 0.5 });
    expect(r.groups).toEqual([
      { group: 'city', support: 1, exactRecall: 0, overlapRecall: 0, leaked: 1 },
      { group: 'person', support: 1, exactRecall: 0, overlapRecall: 1, leaked: 0 },
    ]);
    // The URL prediction is not an annotated label, so it does not hit the hard negative.
    expect(r.falseCandidates).toEqual({ total: 1, hit: 0 });
    expect(r.records).toBe(1);
  });
});
