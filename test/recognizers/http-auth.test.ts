import { describe } from 'vitest';
import { httpAuth } from '../../recognizers/http-auth.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `http-auth`', () => {
  recognizerTable(httpAuth, [
    { text: 'Authorization: Basic ZGVwbG95OlRxOXZMbTJ4', expected: [['HTTP_AUTH', 'ZGVwbG95OlRxOXZMbTJ4']] },
    { text: "'Authorization'=>'Basic Rk5zV08zZEZkU3o=',", expected: [['HTTP_AUTH', 'Rk5zV08zZEZkU3o=']] },
    { text: '-H "Authorization: Bearer 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"', expected: [['HTTP_AUTH', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08']], minScore: 0.9 },
    { text: 'if auth != "Basic dG4mWG60j0Zcrr" {', expected: [['HTTP_AUTH', 'dG4mWG60j0Zcrr']] },
    { text: 'headers = {"Authorization": "token Xq4mV9bZ2kR7tP1wL8sN"}', expected: [['HTTP_AUTH', 'Xq4mV9bZ2kR7tP1wL8sN']] },
    { name: 'emoji before', text: '🔐 Bearer Xq4mV9bZ2kR7tP1wL8sN', expected: [['HTTP_AUTH', 'Xq4mV9bZ2kR7tP1wL8sN']] },
    { name: 'prose', text: 'Uses Basic authentication over TLS', expected: [] },
    { name: 'prose 2', text: 'send the Bearer token in a header', expected: [] },
    { name: 'variable', text: 'Authorization: Bearer ${TOKEN}', expected: [] },
    { name: 'identifier', text: 'Authorization: Bearer accessToken', expected: [] },
    { name: 'placeholder', text: 'Authorization: Bearer YOUR_API_TOKEN', expected: [] },
    { name: 'template', text: 'Authorization: Bearer <token>', expected: [] },
  ]);
});
