import { describe } from 'vitest';
import { abaRoutingNumber } from '../../recognizers/aba-routing-number.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `aba-routing-number`', () => {
  recognizerTable(abaRoutingNumber, [
    { text: 'routing number 114000637', expected: [['ABA_ROUTING_NUMBER', '114000637']] },
    { text: 'ABA: 322271627.', name: 'thrift prefix', expected: [['ABA_ROUTING_NUMBER', '322271627']] },
    { text: 'RTN 1140-0063-7', name: 'dashed 4-4-1', expected: [['ABA_ROUTING_NUMBER', '1140-0063-7']] },
    { text: '801234567', field: 'routing_number', name: "traveler's check prefix in a routing column", expected: [['ABA_ROUTING_NUMBER', '801234567']] },
    { text: '😀 routing (061000159)', name: 'emoji and parentheses', expected: [['ABA_ROUTING_NUMBER', '061000159']] },
    { text: 'routing number 114000637', name: 'checksum plus context stays below 1', expected: [['ABA_ROUTING_NUMBER', '114000637']], minScore: 0.75 },
    { text: 'order 114000637', name: 'valid but no context', expected: [] },
    { text: 'routing 114000638', name: 'wrong check digit', expected: [] },
    { text: 'routing 130000006', name: 'prefix 13 is not a Federal Reserve range', expected: [] },
    { text: 'routing 000000000', name: 'all zeros', expected: [] },
    { text: 'routing 1140006371', name: 'ten digits', expected: [] },
    { text: 'routing 7-114000637', name: 'inside a longer number', expected: [] },
    { text: 'routing 1140-0063 7', name: 'mixed grouping', expected: [] },
  ]);
});
