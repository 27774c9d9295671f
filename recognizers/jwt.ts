/** JWT: JSON Web Tokens (JWS compact form) whose header decodes to a JSON object with `alg`. */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

// header.payload.signature, all base64url. Header and payload are JSON objects, so both start
// `eyJ` (`{"`); an empty payload (`e30`, `{}`) carries no claims and is not matched.
const JWS = /(?<![A-Za-z0-9_-])(?<header>eyJ[A-Za-z0-9_-]{10,2000})\.(?<payload>eyJ[A-Za-z0-9_-]{2,20000})\.(?<signature>[A-Za-z0-9_-]{0,2000})(?![A-Za-z0-9_-]|\.[A-Za-z0-9_-])/;

function decodeJsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const jwt = definePatternRecognizer({
  id: 'jwt',
  entity: 'JWT',
  category: 'secret',
  recommended: true,
  description: 'JSON Web Tokens with a decodable header',
  patterns: [{ name: 'jws', regex: JWS, score: 0.85 }],
  context: ['jwt', 'token', 'bearer', 'authorization', 'id token', 'access token'],
  requires: { minTokenRun: 13, anyOf: '.' },
  trigger: containsAny('eyJ'),
  validate: (_text, match) => {
    const header = decodeJsonObject(match.groups['header'] ?? '');
    if (!header || typeof header['alg'] !== 'string') return false;
    // Only unsigned tokens (`alg: none`) may have an empty signature.
    if ((match.groups['signature'] ?? '') === '' && header['alg'].toLowerCase() !== 'none') return false;
    // A payload that decodes too is certainly a token; edited payloads keep the base score.
    return decodeJsonObject(match.groups['payload'] ?? '') ? true : undefined;
  },
});
