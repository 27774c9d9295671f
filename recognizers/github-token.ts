/**
 * GITHUB_TOKEN: classic tokens (`ghp_` personal, `gho_` OAuth, `ghu_` user-to-server, `ghs_`
 * server-to-server, `ghr_` refresh) and fine-grained `github_pat_` tokens.
 */
import { hasBase62Crc32Suffix } from '../src/recognizer/crc32.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { isPlaceholder } from '../src/recognizer/credential-keys.js';
import { containsAny } from '../src/recognizer/triggers.js';

const CLASSIC = /(?<![A-Za-z0-9_])gh[pousr]_(?<body>[A-Za-z0-9]{36})(?![A-Za-z0-9_])/;
const FINE_GRAINED = /(?<![A-Za-z0-9_])github_pat_(?<body>[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/;

export const githubToken = definePatternRecognizer({
  id: 'github-token',
  entity: 'GITHUB_TOKEN',
  category: 'secret',
  recommended: true,
  description: 'GitHub personal, OAuth, app and refresh tokens (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_)',
  patterns: [
    { name: 'classic', regex: CLASSIC, score: 0.85 },
    { name: 'fine-grained', regex: FINE_GRAINED, score: 0.9 },
  ],
  context: ['github', 'token', 'gh token'],
  requires: { minTokenRun: 40 },
  trigger: containsAny('gh', 'github_pat_'),
  validate: (_text, match) => {
    const body = match.groups['body'] ?? '';
    if (isPlaceholder(body)) return false;
    // Classic tokens end in the base62 CRC-32 of their 30 random characters. A failing checksum
    // keeps the base score: edited or truncated tokens in real data still leak a credential.
    return match.pattern === 'classic' && hasBase62Crc32Suffix(body) ? true : undefined;
  },
});
