import { describe, expect, it } from 'vitest';
import { otpSecret } from '../../recognizers/otp-secret.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

// Made-up seeds (random base32, not from any real account).
const SEED = 'MZXW6YTBOI4TQN2VKFGE3RLM';
const SEED2 = 'K7QPL2ZRWXN5D3VA';

describe('recognizer `otp-secret`', () => {
  recognizerTable(otpSecret, [
    { name: 'otpauth URI', text: `otpauth://totp/Acme:bob%40acme.io?secret=${SEED}&issuer=Acme`, expected: [['OTP_SECRET', SEED]], minScore: 0.9 },
    { name: 'secret after other parameters', text: `"otpauth://hotp/bob?issuer=Acme&counter=3&secret=${SEED2}"`, expected: [['OTP_SECRET', SEED2]] },
    { name: 'padded seed', text: `otpauth://totp/x?secret=${SEED2}====`, expected: [['OTP_SECRET', `${SEED2}====`]] },
    { name: 'Ruby ROTP', text: `totp = ROTP::TOTP.new('${SEED2}', issuer: 'Acme')`, expected: [['OTP_SECRET', SEED2]] },
    { name: 'Python pyotp', text: `code = pyotp.TOTP("${SEED}").now()`, expected: [['OTP_SECRET', SEED]] },
    { name: 'Java constructor', text: `Totp totp = new Totp("${SEED2}");`, expected: [['OTP_SECRET', SEED2]] },
    { name: 'otplib generate', text: `const code = authenticator.generate('${SEED}')`, expected: [['OTP_SECRET', SEED]] },
    { name: 'Go GenerateCode', text: `code, _ := totp.GenerateCode("${SEED2}", time.Now())`, expected: [['OTP_SECRET', SEED2]] },
    { name: 'seed with digits outside base32 (edited)', text: `ROTP::HOTP.new('K7QPL1ZRWXN8D3VA')`, expected: [['OTP_SECRET', 'K7QPL1ZRWXN8D3VA']] },
    { name: 'emoji before', text: `😀 otpauth://totp/a?secret=${SEED2}`, expected: [['OTP_SECRET', SEED2]] },
    // Negatives
    { name: 'documentation seed', text: "pyotp.TOTP('JBSWY3DPEHPK3PXP')", expected: [] },
    { name: 'library example seed', text: "pyotp.TOTP('base32secret3232')", expected: [] },
    { name: 'seed from a variable', text: 'ROTP::TOTP.new(user.otp_secret)', expected: [] },
    { name: 'too short', text: "ROTP::TOTP.new('K7QPL2ZRWX')", expected: [] },
    { name: 'a word, not a seed', text: "ROTP::TOTP.new('AAAAAAAABBBBBBBB')", expected: [] },
    { name: 'not an otpauth URI', text: `https://example.org/login?secret=${SEED2}`, expected: [] },
    { name: 'otpauth URI without a secret', text: 'otpauth://totp/Acme:bob?issuer=Acme&digits=6', expected: [] },
    { name: 'inside a longer name', text: `myTOTP('${SEED2}')`, expected: [] },
    { name: 'seed followed by more token characters', text: `otpauth://totp/a?secret=${SEED2}x_y`, expected: [] },
  ]);

});
