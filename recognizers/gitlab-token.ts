/** GITLAB_TOKEN: GitLab personal, OAuth, deploy, runner, CI/CD, trigger, feed and agent tokens. */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { isPlaceholder } from '../src/recognizer/credential-keys.js';
import { containsAny } from '../src/recognizer/triggers.js';

// Prefix, then 20+ url-safe characters; newer tokens carry `.`-separated parts, never at the end.
const PREFIXED = /(?<![A-Za-z0-9_-])(?:glpat|gloas|gldt|glrt|glcbt|glptt|glft|glimt|glagent|glsoat|glffct|glwt)-(?<body>[A-Za-z0-9_-]{20}(?:[A-Za-z0-9_.-]{0,100}[A-Za-z0-9_-])?)(?![A-Za-z0-9_-]|\.[A-Za-z0-9_-])/;
const RUNNER_REGISTRATION = /(?<![A-Za-z0-9_-])GR1348941(?<body>[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/;

export const gitlabToken = definePatternRecognizer({
  id: 'gitlab-token',
  entity: 'GITLAB_TOKEN',
  category: 'secret',
  recommended: true,
  description: 'GitLab tokens (glpat-, gldt-, glrt-, glptt-, GR1348941 ...)',
  patterns: [
    { name: 'prefixed', regex: PREFIXED, score: 0.9 },
    { name: 'runner-registration', regex: RUNNER_REGISTRATION, score: 0.9 },
  ],
  context: ['gitlab', 'token'],
  requires: { minTokenRun: 25 },
  trigger: containsAny('gl', 'GR1348941'),
  invalidate: (_text, match) => isPlaceholder(match.groups['body'] ?? ''),
});
