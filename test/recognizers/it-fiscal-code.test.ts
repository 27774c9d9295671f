import { describe } from 'vitest';
import { itFiscalCode } from '../../recognizers/it-fiscal-code.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

// Codes made up for this test, check letters computed with the odd / even tables.
describe('recognizer `it-fiscal-code`', () => {
  recognizerTable(itFiscalCode, [
    { text: 'Codice fiscale: BNCGLI80A01H501Y', expected: [['IT_FISCAL_CODE', 'BNCGLI80A01H501Y']], minScore: 1 },
    { name: 'woman (day + 40), no context', text: 'intestataria VRDLCU92M52F205O.', expected: [['IT_FISCAL_CODE', 'VRDLCU92M52F205O']], minScore: 1 },
    { name: 'omocodia on the last digit', text: 'CF BNCGLI80A01H50MQ', expected: [['IT_FISCAL_CODE', 'BNCGLI80A01H50MQ']] },
    { name: 'omocodia on the last two digits', text: 'CF BNCGLI80A01H5LMB', expected: [['IT_FISCAL_CODE', 'BNCGLI80A01H5LMB']] },
    { name: 'omocodia on every digit', text: 'CF BNCGLITLALMHRLMF', expected: [['IT_FISCAL_CODE', 'BNCGLITLALMHRLMF']] },
    { name: 'lower case', text: 'cf: bncgli80a01h501y', expected: [['IT_FISCAL_CODE', 'bncgli80a01h501y']] },
    { name: 'leap day in a leap year', text: 'BNCGLI80B29H501U', expected: [['IT_FISCAL_CODE', 'BNCGLI80B29H501U']] },
    { name: 'emoji before, in parentheses', text: '😀(BNCGLI80A01H501Y)', expected: [['IT_FISCAL_CODE', 'BNCGLI80A01H501Y']] },
    { name: 'wrong check letter', text: 'CF BNCGLI80A01H501X', expected: [] },
    { name: 'day 32', text: 'CF BNCGLI80A32H501G', expected: [] },
    { name: 'day 72 (woman, 32)', text: 'CF VRDLCU92M72F205Q', expected: [] },
    { name: 'February 30', text: 'CF BNCGLI80B30H501B', expected: [] },
    { name: 'leap day in a common year', text: 'CF BNCGLI81B29H501V', expected: [] },
    { name: 'omocode letter left of a plain digit', text: 'CF BNCGLI80A0MHR0MD', expected: [] },
    { name: 'month letter not in the table', text: 'CF BNCGLI80F01H501Y', expected: [] },
    { name: 'longer token', text: 'CF XBNCGLI80A01H501Y', expected: [] },
    { name: 'digit attached after', text: 'CF BNCGLI80A01H501Y2', expected: [] },
  ]);
});
