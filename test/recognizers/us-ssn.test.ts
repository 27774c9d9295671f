import { describe } from 'vitest';
import { usSsn } from '../../recognizers/us-ssn.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `us-ssn`', () => {
  recognizerTable(usSsn, [
    { text: '536-22-1234', expected: [['US_SSN', '536-22-1234']] },
    { text: 'My SSN is 536-22-1234.', expected: [['US_SSN', '536-22-1234']], minScore: 0.85 },
    { text: 'social: 536 22 1234', expected: [['US_SSN', '536 22 1234']] },
    { text: '(536-22-1234)', expected: [['US_SSN', '536-22-1234']] },
    { text: '😀536-22-1234😀', name: 'astral characters around', expected: [['US_SSN', '536-22-1234']] },
    { text: 'age 42 536-22-1234, NY', name: 'a space-separated number before a dashed SSN is a neighbour', expected: [['US_SSN', '536-22-1234']] },
    { text: 'ids 536-22-1234, 771-08-5520', expected: [['US_SSN', '536-22-1234'], ['US_SSN', '771-08-5520']] },
    { text: 'SSN: 536.22.1234', name: 'dotted with context', expected: [['US_SSN', '536.22.1234']] },
    { text: 'ss# 536221234', name: 'compact with context', expected: [['US_SSN', '536221234']] },
    { text: '536221234', field: 'customer_ssn', name: 'compact in an ssn column', expected: [['US_SSN', '536221234']] },
    { text: 'order 536221234 shipped', name: 'compact without context', expected: [] },
    { text: 'ref 536.22.1234', name: 'dotted without context', expected: [] },
    { text: 'SSN 000-22-1234', name: 'area 000', expected: [] },
    { text: 'SSN 666-22-1234', name: 'area 666', expected: [] },
    { text: 'SSN 912-22-1234', name: 'area 9xx', expected: [] },
    { text: 'SSN 536-00-1234', name: 'group 00', expected: [] },
    { text: 'SSN 536-22-0000', name: 'serial 0000', expected: [] },
    { text: 'SSN 555-55-5555', name: 'one repeated digit', expected: [] },
    { text: 'SSN 078-05-1120', name: 'Woolworth sample', expected: [] },
    { text: 'SSN 219-09-9999', name: 'SSA advertising sample', expected: [] },
    { text: 'SSN 123-45-6789', name: 'placeholder sequence', expected: [] },
    { text: 'SSN 536-22 1234', name: 'mixed delimiters', expected: [] },
    { text: 'SSN 536 22-1234', name: 'mixed delimiters, other order', expected: [] },
    { text: '1536-22-1234', name: 'longer leading run', expected: [] },
    { text: '536-22-12345', name: 'longer trailing run', expected: [] },
    { text: '7-536-22-1234', name: 'dash-joined digit before', expected: [] },
    { text: '536-22-1234-7', name: 'dash-joined digit after', expected: [] },
    { text: '1 536 22 1234', name: 'spaced inside a longer spaced number', expected: [] },
    { text: 'SSN 5362212345', name: 'ten digits', expected: [] },
    { text: 'SSN 3.536221234', name: 'decimal', expected: [] },
    { text: 'SSN +536221234', name: 'phone-like plus', expected: [] },
    { text: 'A536-22-1234', name: 'glued to a letter', expected: [] },
    { text: 'call 212-555-0199', name: 'US phone number', expected: [] },
    { text: 'zip 94105-1234', name: 'ZIP+4', expected: [] },
  ]);
});
