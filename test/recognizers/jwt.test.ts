import { describe } from 'vitest';
import { jwt } from '../../recognizers/jwt.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

const b64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
const HEADER = b64url({ alg: 'HS256', typ: 'JWT' });
const PAYLOAD = b64url({ sub: 'user-42', iat: 1700000000 });
const TOKEN = `${HEADER}.${PAYLOAD}.Xq4mV9bZ2kR7tP1wL8sNc3Jd6Hf0Ga5Ue`;
// An edited payload (no longer JSON) keeps the decodable header.
const EDITED = `${HEADER}.eyJq9ZwXk2LmTn4Rp7Vb.Xq4mV9bZ2kR7tP1wL8sNc3Jd6Hf0Ga5Ue`;
const UNSIGNED = `${b64url({ alg: 'none' })}.${PAYLOAD}.`;

describe('recognizer `jwt`', () => {
  recognizerTable(jwt, [
    { text: `Authorization: Bearer ${TOKEN}`, expected: [['JWT', TOKEN]], minScore: 1 },
    { text: `"id_token": "${EDITED}",`, expected: [['JWT', EDITED]], minScore: 0.85 },
    { name: 'unsigned token', text: `token=${UNSIGNED} end`, expected: [['JWT', UNSIGNED]] },
    { name: 'emoji before', text: `😀${TOKEN}`, expected: [['JWT', TOKEN]] },
    { name: 'header without alg', text: `${b64url({ typ: 'JWT', kid: 'k1' })}.${PAYLOAD}.Xq4mV9bZ2kR7tP1wL8sN`, expected: [] },
    { name: 'empty claims', text: `${HEADER}.e30.Xq4mV9bZ2kR7tP1wL8sN`, expected: [] },
    { name: 'signed token without signature', text: `${HEADER}.${PAYLOAD}.`, expected: [] },
    { name: 'header alone', text: HEADER, expected: [] },
    { name: 'header that is not JSON', text: `eyJhbGciOiJIUzI1NiIsInR5cCI6.${PAYLOAD}.Xq4mV9bZ2kR7tP1wL8sN`, expected: [] },
  ]);
});
