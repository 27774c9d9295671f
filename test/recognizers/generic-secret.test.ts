import { describe } from 'vitest';
import { genericSecret } from '../../recognizers/generic-secret.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `generic-secret`', () => {
  describe('assignments in code and config', () => {
    recognizerTable(genericSecret, [
      { text: 'db_password = "kq7Lm2Zx"', expected: [['GENERIC_SECRET', 'kq7Lm2Zx']] },
      { text: "const clientSecret = 'Zp4Tk8Wn3Xc7Vb51Hq2L';", expected: [['GENERIC_SECRET', 'Zp4Tk8Wn3Xc7Vb51Hq2L']], minScore: 0.9 },
      { text: '{"api_key": "6b4ccb1a7fd7dd20385036876c31758032cb4d21", "ok": true}', expected: [['GENERIC_SECRET', '6b4ccb1a7fd7dd20385036876c31758032cb4d21']] },
      { text: 'token := "Hn5Rt2Wq8Zp4"', expected: [['GENERIC_SECRET', 'Hn5Rt2Wq8Zp4']] },
      { text: "'auth_token' => 'Lm2Zx9Qa7Wp3',", expected: [['GENERIC_SECRET', 'Lm2Zx9Qa7Wp3']] },
      { name: 'env file', text: 'KEYSTORE_PASSWORD=tannqcit', expected: [['GENERIC_SECRET', 'tannqcit']] },
      { name: 'env line continuation', text: 'CLOUDFLARE_API_KEY=c0a448ede222c57192fdfea6c3410 \\', expected: [['GENERIC_SECRET', 'c0a448ede222c57192fdfea6c3410']] },
      { name: 'several env assignments', text: 'ENV="DB_USER=app DB_PASSWORD=Ka5sdr0d DB_NAME=main"', expected: [['GENERIC_SECRET', 'Ka5sdr0d']] },
      { name: 'YAML', text: '  - encryption_password: opsnqspapn', expected: [['GENERIC_SECRET', 'opsnqspapn']] },
      { name: 'TOML', text: 'jwt-secret = "LEFDYAQFDYLDRASSAFOV"', expected: [['GENERIC_SECRET', 'LEFDYAQFDYLDRASSAFOV']] },
      { name: 'JVM property', text: '-Djavax.net.ssl.trustStorePassword=eccghqti \\', expected: [['GENERIC_SECRET', 'eccghqti']] },
      { name: 'CLI flag', text: 'tool --domain CORP --password 2q3w9z', expected: [['GENERIC_SECRET', '2q3w9z']] },
      { name: 'PowerShell', text: "$pass = ConvertTo-SecureString 'wepp7wsr' -AsPlainText -Force", expected: [['GENERIC_SECRET', 'wepp7wsr']] },
      { name: 'credential constructor', text: 'val password = new StringCredentialValue("itqeedidet")', expected: [['GENERIC_SECRET', 'itqeedidet']] },
      { name: 'query string', text: 'GET /raw?ref=main&private_token=b24c41e68dc43d&x=1', expected: [['GENERIC_SECRET', 'b24c41e68dc43d']] },
      { name: 'label', text: 'Client Secret: 6d804b51381b97dcfffe2e12efb5c691', expected: [['GENERIC_SECRET', '6d804b51381b97dcfffe2e12efb5c691']] },
      { name: 'XML element', text: '<password>Vq9zLm2x</password>', expected: [['GENERIC_SECRET', 'Vq9zLm2x']] },
      { name: 'JSON inside a string', text: '"{\\"new_password\\": \\"Pq8zLx3m\\"}"', expected: [['GENERIC_SECRET', 'Pq8zLx3m']] },
      { name: 'list of tokens', text: '"tokens":["c0aa9ca61e052d90","b4d5bec8474e0f3b"],"state":"online"', expected: [['GENERIC_SECRET', 'c0aa9ca61e052d90'], ['GENERIC_SECRET', 'b4d5bec8474e0f3b']] },
      { name: 'UUID in credential context', text: '"access_token":"295ef3ce-b465-43d8-8bf0-4ce41fb05b9d"', expected: [['GENERIC_SECRET', '295ef3ce-b465-43d8-8bf0-4ce41fb05b9d']] },
      { name: 'vague key name with a random value', text: "'key' => '6257A9F62B0AC42496BD1E70B3103EEA',", expected: [['GENERIC_SECRET', '6257A9F62B0AC42496BD1E70B3103EEA']] },
      { name: 'emoji before', text: '🔒 password: "Wq8zLp3n"', expected: [['GENERIC_SECRET', 'Wq8zLp3n']] },
    ]);
  });

  describe('whole values under credential-named fields', () => {
    recognizerTable(genericSecret, [
      { text: 'Zp4Tk8Wn3Xc7', field: 'api_key', expected: [['GENERIC_SECRET', 'Zp4Tk8Wn3Xc7']] },
      { text: '  hq7Lm2Zx ', field: 'users[3].password', expected: [['GENERIC_SECRET', 'hq7Lm2Zx']] },
      { name: 'placeholder value', text: 'changeme', field: 'password', expected: [] },
      { name: 'sentence', text: 'reset on first login', field: 'password', expected: [] },
      { name: 'not a credential column', text: 'Zp4Tk8Wn3Xc7', field: 'order_id', expected: [] },
      { name: 'column that only mentions a credential', text: 'Zp4Tk8Wn3Xc7', field: 'password_hint', expected: [] },
    ]);
  });

  describe('negatives', () => {
    recognizerTable(genericSecret, [
      { name: 'variable template', text: 'password = "${DB_PASSWORD}"', expected: [] },
      { name: 'Jinja template', text: 'password: "{{ vault_db_password }}"', expected: [] },
      { name: 'angle placeholder', text: 'api_key = "<your-api-key>"', expected: [] },
      { name: 'mask', text: 'password: "********"', expected: [] },
      { name: 'xxxx', text: 'API_KEY=xxxxxxxxxxxx', expected: [] },
      { name: 'documentation phrase', text: 'api_key = "your_api_key_here"', expected: [] },
      { name: 'the word password', text: 'password = "password"', expected: [] },
      { name: 'common test password', text: "password: 'admin123'", expected: [] },
      { name: 'null', text: 'secret: null', expected: [] },
      { name: 'boolean', text: '"auth": true', expected: [] },
      { name: 'file path', text: 'private_key = "/etc/ssl/private/server.key"', expected: [] },
      { name: 'key file name', text: 'credentials_file: creds.json', expected: [] },
      { name: 'English sentence', text: '"PASSWORD_CHANGED": "Your password was changed."', expected: [] },
      { name: 'translation', text: '"LABEL_PASSWORD": "Passwort"', expected: [] },
      { name: 'other script', text: '"LABEL_AUTH_TOKEN": "2FAトークン"', expected: [] },
      { name: 'variable reference', text: 'token = token,', expected: [] },
      { name: 'camelCase identifier', text: 'apiKey:  fakeAPIKey,', expected: [] },
      { name: 'constant reference', text: 'password: DB_PASSWORD', expected: [] },
      { name: 'member access', text: 'passcode: mfa_code.to_s,', expected: [] },
      { name: 'function call', text: 'password := c.DefaultQuery("password", "")', expected: [] },
      { name: 'environment lookup', text: 'secret = os.environ.get("JWT_SECRET")', expected: [] },
      { name: 'key name that only mentions a credential', text: 'token_type = "bearer_access"', expected: [] },
      { name: 'public key name', text: 'public_key = "Zp4Tk8Wn3Xc7Vb51Hq2L"', expected: [] },
      { name: 'vague key name with a word value', text: '"key": "reservations"', expected: [] },
      { name: 'UUID without credential context', text: '"job_id": "295ef3ce-b465-43d8-8bf0-4ce41fb05b9d"', expected: [] },
      { name: 'git SHA without credential context', text: 'commit 3f786850e387550fdab836ed7e6dc881de23001b', expected: [] },
      { name: 'lockfile integrity hash', text: '"integrity": "sha512-Zp4Tk8Wn3Xc7Vb51Hq2LmQ9zL=="', expected: [] },
      { name: 'bcrypt hash', text: '"BOB_PASS": "$2a$11$dZM98SpGeI7dCFFGSpt.JObQcix8YHml4TBUZoge9R1uxnMIln5ly"', expected: [] },
      { name: 'short number', text: 'token: 46119246', expected: [] },
      { name: 'prose after a bare word', text: 'credentials: forbidden for user', expected: [] },
      { name: 'sample value', text: '"access_token": "secret-access-token"', expected: [] },
      { name: 'too short', text: 'secret = "abc"', expected: [] },
    ]);
  });
  describe('credential maps, lookups with defaults, SQL users, OAuth codes, OTP seeds, long blobs', () => {
    const blob = 'Qm9vdHN0cmFwS2V5' + 'Zx8Lq2Vn7Rt4Wp1Kc9Hb3Mf6Yd0Gs5J'.repeat(24);
    recognizerTable(genericSecret, [
      { name: 'credential map', text: '"credentials": {"ops@corp.invalid": "7f3a9c1e5b2d84f06a1c3e5b7d9f2a4c-1b3d5f7a"}', expected: [['GENERIC_SECRET', '7f3a9c1e5b2d84f06a1c3e5b7d9f2a4c-1b3d5f7a']] },
      { name: 'JSON document in a credential string', text: '{"ApiToken": "{\\"scope\\": \\"read\\", \\"val\\": \\"k4r8t2m6q1w9e3z7x5c0v4b8n2m6l1p9\\"}"}', expected: [['GENERIC_SECRET', 'k4r8t2m6q1w9e3z7x5c0v4b8n2m6l1p9']] },
      { name: 'credential map skips identifiers', text: 'auth = {"client_id": "a81f03c9e5d7b2046e8c1a3f5b7d9e0c", "client_secret": "Vt7Kp2Xw9Lq4Zr1Nb6Hm3Jd8"}', expected: [['GENERIC_SECRET', 'Vt7Kp2Xw9Lq4Zr1Nb6Hm3Jd8']] },
      { name: 'getenv default', text: 'secret := getenv("JWT_SECRET", "Hq7Zp2Lm9Wx4")', expected: [['GENERIC_SECRET', 'Hq7Zp2Lm9Wx4']] },
      { name: 'ENV.fetch default', text: "ENV.fetch('API_KEY', 'c9e2a7f4b1d8e3a6')", expected: [['GENERIC_SECRET', 'c9e2a7f4b1d8e3a6']] },
      { name: 'SQL CREATE USER', text: 'CREATE USER app IDENTIFIED BY Rk7wq2Lp DEFAULT TABLESPACE users;', expected: [['GENERIC_SECRET', 'Rk7wq2Lp']] },
      { name: 'SQL ALTER USER quoted', text: "alter user 'app'@'%' identified by 'Zx4Mn8Qw';", expected: [['GENERIC_SECRET', 'Zx4Mn8Qw']] },
      { name: 'OAuth authorization code', text: 'POST /token?client_id=app&code=b7e1c3a9-42f0-4d6e-9a85-3c1f7e2d0b64&grant_type=authorization_code', expected: [['GENERIC_SECRET', 'b7e1c3a9-42f0-4d6e-9a85-3c1f7e2d0b64']] },
      { name: 'confirmation field', text: "passwordRepeat: 'Kw8rTz',", expected: [['GENERIC_SECRET', 'Kw8rTz']] },
      { name: 'password confirmation', text: 'password_confirmation = "Lp3vNq9x"', expected: [['GENERIC_SECRET', 'Lp3vNq9x']] },
      { name: 'OTP seed under an otp key', text: "totp_seed: 'KVQXG3LPNRZGC4TB'", expected: [['GENERIC_SECRET', 'KVQXG3LPNRZGC4TB']] },
      { name: 'OTP seed assigned from a library call', text: "otp = ROTP::TOTP.new('R3KQ8ZLX5MWT2VNA')", expected: [['GENERIC_SECRET', 'R3KQ8ZLX5MWT2VNA']] },
      { name: 'MFA key', text: 'MFA=QWERPLMZNX4KT7VB', expected: [['GENERIC_SECRET', 'QWERPLMZNX4KT7VB']] },
      { name: 'long base64 key on one line', text: `private_key: ${blob}`, expected: [['GENERIC_SECRET', blob]] },
      // Negatives
      { name: 'credential map of words', text: 'credentials = {"user": "alice", "role": "admin"}', expected: [] },
      { name: 'credential map of identifiers only', text: '"auth": {"client_id": "a81f03c9e5d7b2046e8c1a3f5b7d9e0c", "issuer": "https://id.corp.invalid"}', expected: [] },
      { name: 'lookup without a default', text: 'key = os.getenv("API_KEY")', expected: [] },
      { name: 'lookup with a placeholder default', text: 'getenv("DB_PASSWORD", "changeme")', expected: [] },
      { name: 'lookup with a non-credential key', text: 'getenv("LOG_LEVEL", "Hq7Zp2Lm9Wx4")', expected: [] },
      { name: 'prose with identified by', text: 'Returns true if the header identified by name is set.', expected: [] },
      { name: 'MySQL password hash', text: "CREATE USER 'u'@'h' IDENTIFIED BY PASSWORD '*A4B6157319038724E3560894F7F932C8886EBFCF';", expected: [] },
      { name: 'code outside a token request', text: 'GET /search?code=b7e1c3a9-42f0-4d6e-9a85-3c1f7e2d0b64', expected: [] },
      { name: 'country_code is not code', text: 'country_code=DE4711ab&grant_type=authorization_code', expected: [] },
      { name: 'one-time code is a number', text: 'otp: 482913', expected: [] },
      { name: 'otp flag', text: 'mfa = "required"', expected: [] },
      { name: 'upper-case word under an otp key', text: "otp_mode: 'AAAABBBBCCCCDDDD'", expected: [] },
      { name: '.NET public key token', text: 'Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089', expected: [] },
      { name: 'publishable key', text: 'publishable_key = "Zp4Tk8Wn3Xc7Vb51Hq2L"', expected: [] },
      { name: 'overlong run is not a value', text: `password=${'ab:'.repeat(300)}`, expected: [] },
    ]);
  });
});
