import { describe } from 'vitest';
import { ukNhs } from '../../recognizers/uk-nhs.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `uk-nhs`', () => {
  recognizerTable(ukNhs, [
    { text: '401 023 4563', name: 'spaced, not phone-shaped: validated alone', expected: [['UK_NHS', '401 023 4563']], minScore: 1 },
    { text: 'ref 610-187-3420.', name: 'dashed', expected: [['UK_NHS', '610-187-3420']], minScore: 1 },
    { text: '😀(720 113 8596)', name: 'emoji and parentheses', expected: [['UK_NHS', '720 113 8596']] },
    { text: 'NHS number: 943 476 5919', name: 'phone-shaped with context', expected: [['UK_NHS', '943 476 5919']] },
    { text: '1501234560', field: 'nhs_number', name: 'compact in an NHS column', expected: [['UK_NHS', '1501234560']] },
    { text: 'NHS no 4857773457', name: 'compact with context', expected: [['UK_NHS', '4857773457']] },
    { text: 'call 943-476-5919', name: 'phone-shaped without context', expected: [] },
    { text: 'ts 1501234560', name: 'compact without context (timestamp)', expected: [] },
    { text: 'NHS 401 023 4564', name: 'wrong check digit', expected: [] },
    { text: 'NHS 401 023 4130', name: 'check digit would be 10', expected: [] },
    { text: 'NHS 000 000 0000', name: 'all zeros', expected: [] },
    { text: 'NHS 111 111 1111', name: 'one repeated digit passes mod 11 but is a placeholder', expected: [] },
    { text: '401 023 4563 7', name: 'inside a longer spaced number', expected: [] },
    { text: '9401 023 4563', name: 'longer leading group', expected: [] },
    { text: '401-023 4563', name: 'mixed delimiters', expected: [] },
    { text: '401 0234 563', name: 'wrong grouping', expected: [] },
  ]);
});
