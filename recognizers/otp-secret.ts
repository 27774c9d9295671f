/**
 * OTP_SECRET: the shared seed of a TOTP / HOTP authenticator (RFC 4226 / 6238) - the `secret`
 * parameter of an `otpauth://` URI and the literal seed handed to an OTP library
 * (`ROTP::TOTP.new('...')`, `pyotp.TOTP('...')`, `new Totp("...")`, `authenticator.generate('...')`,
 * `totp.GenerateCode("...", t)`). Whoever holds the seed can produce every future code. Seeds
 * assigned to `otp_secret` / `totp_seed` / `mfa_key` keys are left to `generic-secret`.
 */
import { isPlaceholder } from '../src/recognizer/credential-keys.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { looksRandom, shannonEntropy } from '../src/recognizer/entropy.js';
import { containsAnyIgnoreCase } from '../src/recognizer/triggers.js';

// Seeds are base32 (RFC 4648, `=` padding optional); some libraries also take hex or lower case.
const SEED = '(?<seed>[A-Za-z0-9]{16,128}={0,6})';
// `otpauth://totp/Issuer:alice?secret=SEED&issuer=Issuer`: `secret` may follow other parameters.
const URI = new RegExp(`(?<![A-Za-z0-9+.-])otpauth://[th]otp/[^\\s?"'<>]{0,256}\\?(?:[^\\s"'<>#&]{0,256}&){0,16}secret=${SEED}(?![A-Za-z0-9=_.~+/%-])`, 'i');
// A constructor or generator of an OTP library called with a literal first argument.
const CALL = new RegExp(
  `(?<![A-Za-z0-9_$])(?:[TH]OTP|[TH]otp|[th]otp|authenticator)(?:(?:\\.|::)(?:new|generate|generateCode|GenerateCode|at|now))?\\([ \\t]*(?<quote>["'\`])${SEED}\\k<quote>`,
);

// Seeds printed in library READMEs and RFC examples: copied into countless tests, never live.
const DOC_SEEDS = ['JBSWY3DPEHPK3PXP', 'BASE32SECRET3232', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ'];

export const otpSecret = definePatternRecognizer({
  id: 'otp-secret',
  entity: 'OTP_SECRET',
  category: 'secret',
  recommended: true,
  description: 'TOTP / HOTP seeds in otpauth:// URIs and OTP library calls',
  patterns: [
    { name: 'otpauth-uri', regex: URI, score: 0.9, group: 'seed' },
    { name: 'library-call', regex: CALL, score: 0.85, group: 'seed' },
  ],
  context: ['otp', 'totp', 'hotp', '2fa', 'mfa', 'authenticator'],
  // The URI holds `otpauth:`, the call its `(`.
  requires: { minTokenRun: 16, anyOf: ':(' },
  trigger: containsAnyIgnoreCase('otp', 'authenticator'),
  normalize: (text) => text.toUpperCase().replace(/=+$/, ''),
  ignore: DOC_SEEDS,
  validate: (normalized, match) => {
    if (isPlaceholder(match.text) || /^[A-Z]+$/.test(normalized) && shannonEntropy(normalized) < 3) return false;
    // Upper-case base32 is the canonical seed; anything else must at least look generated.
    if (/^[A-Z2-7]+$/.test(match.text.replace(/=+$/, ''))) return undefined;
    return looksRandom(match.text, 16) || /^[A-Z0-9]+$/.test(match.text) && shannonEntropy(match.text) >= 2.8 ? undefined : false;
  },
});
