import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialKeyKind, isCredentialKey, isPlaceholder, keyWords, mayHoldCredentialWord } from '../../src/recognizer/credential-keys.js';
import { profileValue } from '../../src/recognizer/triggers.js';

describe('credential keys', () => {
  it('splits key names into words', () => {
    expect(keyWords('AWS_SECRET_ACCESS_KEY')).toEqual(['aws', 'secret', 'access', 'key']);
    expect(keyWords('clientSecret')).toEqual(['client', 'secret']);
    expect(keyWords('--db-password')).toEqual(['db', 'password']);
    expect(keyWords('APIPassword')).toEqual(['api', 'password']);
  });

  it.each([
    ['password', true], ['DB_PASSWORD', true], ['clientSecret', true], ['api_key', true], ['apiKey', true], ['X-Auth-Token', true],
    ['OVH_APPLICATION_KEY', true], ['private_key', true], ['credentials', true], ['secret_value', true], ['ConvertTo-SecureString', true],
    ['token_type', false], ['password_hint', false], ['secret_name', false], ['key', false], ['public_key', false], ['monkey', false], ['author', false],
  ])('isCredentialKey(%s) is %s', (key, expected) => {
    expect(isCredentialKey(key)).toBe(expected);
  });

  it.each([
    ['passwordRepeat', true], ['password_confirmation', true], ['newPasswordAgain', true],
    ['PublicKeyToken', false], ['public_api_key', false], ['pub_token', false], ['publishable_key', false],
  ])('isCredentialKey(%s) is %s (form fields and public names)', (key, expected) => {
    expect(isCredentialKey(key)).toBe(expected);
  });

  it('treats one-time-password keys as weak and public keys as nothing', () => {
    expect(credentialKeyKind('otp')).toBe('weak');
    expect(credentialKeyKind('totp')).toBe('weak');
    expect(credentialKeyKind('MFA')).toBe('weak');
    expect(credentialKeyKind('otp_secret')).toBe('credential');
    expect(credentialKeyKind('passwordRepeat')).toBe('password');
    expect(credentialKeyKind('publishable_key')).toBeUndefined();
    expect(credentialKeyKind('pub_key')).toBeUndefined();
  });

  it('classifies key strength', () => {
    expect(credentialKeyKind('db_pass')).toBe('password');
    expect(credentialKeyKind('api_token')).toBe('credential');
    expect(credentialKeyKind('key')).toBe('weak');
    expect(credentialKeyKind('nonce')).toBe('weak');
    expect(credentialKeyKind('sort_key')).toBeUndefined();
    expect(credentialKeyKind('username')).toBeUndefined();
  });

  it.each([
    '${DB_PASSWORD}', '{{ password }}', '<your-token>', '%s', '$API_KEY', '********', 'xxxxxxxx', 'changeme', 'password', 'admin123',
    'your_api_key_here', 'YOURAPIKEY', 'my-client-secret', 'null', 'true', '00000000-0000-0000-0000-000000000000', 'user:pass', 'qwerty123',
    'AKIAIOSFODNN7EXAMPLE', 'secret-access-token', 'test1',
  ])('%s is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(['Zp4Tk8Wn3Xc7', 'tannqcit', 'myH1cIgckVbiczDyAaHIXEApoVVyCXAJMUJE', '6d804b51381b97dcfffe2e12efb5c691'])('%s is not a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });

  it.each([
    ['api_key=abc', true], ['Authorization: token abc', true], ['BASIC dXNlcjpwYXNz', true], ['bEaReR eyJhbGciOi', true],
    ['IDENTIFIED BY x', true], ['my PW is', true], ['otp', true], ['mfa-code', true],
    ['plain text about a refund', false], ['pw1', false], ['otpx', false], ['', false], ['\u212Aey', false],
  ])('mayHoldCredentialWord(%j) is %s', (value, expected) => {
    expect(mayHoldCredentialWord(value)).toBe(expected);
    // Asked again after another value: the remembered answer is the value's own.
    mayHoldCredentialWord(expected ? 'nothing here' : 'the token');
    expect(mayHoldCredentialWord(value)).toBe(expected);
  });

  // With its profile, lower-case ASCII text takes a scan without case folding; the answer is the same.
  it.each([
    ['the token', true], ['MY PASSWORD', true], ['bEaReR x', true], ['my pw', true], ['pw\u00e9', true], ['caf\u00e9 pass', true],
    ['a refund', false], ['pw1', false], ['\u212Aey', false], ['p\u212Aw', false],
    // Fewer than two ASCII letters: answered from the profile.
    ['(617) 848-0055', false], ['592.32', false], ['p 1', false], ['\u017F\u212A 12', false], ['pW', true],
  ])('mayHoldCredentialWord(%j, its profile) is %s', (value, expected) => {
    mayHoldCredentialWord(expected ? 'nothing here' : 'the token');
    expect(mayHoldCredentialWord(value, profileValue(value))).toBe(expected);
  });

  it('answers the same with or without the profile, on any text', () => {
    const unit = fc.constantFrom(...'pwkeyPWKEY \u017F\u212A\u00e9 1-'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (value) => {
        mayHoldCredentialWord('reset');
        const withProfile = mayHoldCredentialWord(value, profileValue(value));
        mayHoldCredentialWord('reset');
        expect(withProfile).toBe(mayHoldCredentialWord(value));
      }),
      { numRuns: 3000 },
    );
  });
});
