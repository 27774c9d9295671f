import { describe } from 'vitest';
import { privateKey } from '../../recognizers/private-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';
import { pseudoRandom } from './provider-tokens.fixtures.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LINES = [`MIIEow${pseudoRandom(58, 91, B64)}`, pseudoRandom(64, 92, B64), `${pseudoRandom(40, 93, B64)}==`];
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${LINES.join('\n')}\n-----END RSA PRIVATE KEY-----`;
const ESCAPED = PEM.replace(/\n/g, '\\n');
const OPENSSH = `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE${pseudoRandom(70, 94, B64)}\n${pseudoRandom(50, 95, B64)}\n-----END OPENSSH PRIVATE KEY-----`;
const CONCATENATED = `"-----BEGIN PRIVATE KEY-----\\n" +\n    "${LINES[0]}\\n" +\n    "${LINES[1]}\\n" +\n    "-----END PRIVATE KEY-----"`;
const CONCATENATED_SPAN = CONCATENATED.slice(1, -1);

describe('recognizer `private-key`', () => {
  recognizerTable(privateKey, [
    { text: `key:\n${PEM}\nrest`, expected: [['PRIVATE_KEY', PEM]], minScore: 1 },
    { name: 'literal \\n escapes inside a JSON string', text: `{"private_key": "${ESCAPED}\\n", "x": 1}`, expected: [['PRIVATE_KEY', ESCAPED]] },
    { name: 'OpenSSH block', text: OPENSSH, expected: [['PRIVATE_KEY', OPENSSH]] },
    { name: 'split over string literals', text: `const KEY = ${CONCATENATED};`, expected: [['PRIVATE_KEY', CONCATENATED_SPAN]] },
    { name: 'two blocks', text: `${PEM}\n\n${OPENSSH}`, expected: [['PRIVATE_KEY', PEM], ['PRIVATE_KEY', OPENSSH]] },
    { name: 'block cut off before its END line', text: `-----BEGIN EC PRIVATE KEY-----\n${LINES[0]}\n${LINES[1]}`, expected: [['PRIVATE_KEY', `-----BEGIN EC PRIVATE KEY-----\n${LINES[0]}\n${LINES[1]}`]] },
    { name: 'elided documentation body', text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAuyf/lNrH9ck8DmNyo3fG...\n-----END RSA PRIVATE KEY-----', expected: [] },
    { name: 'placeholder body', text: '"private_key": "-----BEGIN RSA PRIVATE KEY-----...-----END RSA PRIVATE KEY-----"', expected: [] },
    { name: 'public key', text: `-----BEGIN PUBLIC KEY-----\n${LINES.join('\n')}\n-----END PUBLIC KEY-----`, expected: [] },
    { name: 'header alone', text: 'the file starts with -----BEGIN RSA PRIVATE KEY----- then base64', expected: [] },
  ]);
});
