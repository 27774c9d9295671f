import { describe, expect, it } from 'vitest';
import { githubToken } from '../../recognizers/github-token.js';
import { recognizerTable, spansOf } from '../helpers/recognizer-table.js';
import { checksummedBody, pseudoRandom } from './provider-tokens.fixtures.js';

const VALID = `ghp_${checksummedBody(7)}`;
// Same random part, last checksum character changed: an edited or obfuscated token.
const BROKEN = VALID.slice(0, -1) + (VALID.endsWith('A') ? 'B' : 'A');
const FINE = `github_pat_${pseudoRandom(22, 3)}_${pseudoRandom(59, 4)}`;

describe('recognizer `github-token`', () => {
  recognizerTable(githubToken, [
    { text: `GITHUB_TOKEN=${VALID}`, expected: [['GITHUB_TOKEN', VALID]], minScore: 1 },
    { text: `token: "${BROKEN}"`, expected: [['GITHUB_TOKEN', BROKEN]], minScore: 0.85 },
    { text: `gho_${checksummedBody(11)} and ghs_${checksummedBody(12)}`, expected: [['GITHUB_TOKEN', `gho_${checksummedBody(11)}`], ['GITHUB_TOKEN', `ghs_${checksummedBody(12)}`]] },
    { text: `Authorization: token ${FINE}.`, expected: [['GITHUB_TOKEN', FINE]] },
    { name: 'emoji before', text: `🚀${VALID}`, expected: [['GITHUB_TOKEN', VALID]] },
    { name: 'placeholder body', text: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', expected: [] },
    { name: 'unknown prefix', text: `ghx_${checksummedBody(7)}`, expected: [] },
    { name: 'body too short', text: `ghp_${checksummedBody(7).slice(1)}`, expected: [] },
    { name: 'inside a longer identifier', text: `my_ghp_${checksummedBody(7)}x`, expected: [] },
  ]);

  it('scores a valid checksum 1.0 and a failing one below 1 but above the threshold', () => {
    const [valid] = spansOf(githubToken, VALID);
    const [broken] = spansOf(githubToken, BROKEN);
    expect(valid?.[2].score).toBe(1);
    expect(broken?.[2].score).toBeLessThan(1);
    expect(broken?.[2].score).toBeGreaterThanOrEqual(0.8);
  });
});
