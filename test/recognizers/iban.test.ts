import { describe } from 'vitest';
import { iban } from '../../recognizers/iban.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `iban`', () => {
  recognizerTable(iban, [
    // Values made for these tests with valid check digits and registered structures.
    { name: 'GB compact', text: 'GB80ZXCV40516273849506', expected: [['IBAN_CODE', 'GB80ZXCV40516273849506']], minScore: 1 },
    { name: 'GB grouped', text: 'IBAN: GB80 ZXCV 4051 6273 8495 06.', expected: [['IBAN_CODE', 'GB80 ZXCV 4051 6273 8495 06']] },
    { name: 'DE grouped, word after', text: 'DE69 7305 0000 1234 9876 54 with the transfer', expected: [['IBAN_CODE', 'DE69 7305 0000 1234 9876 54']] },
    { name: 'NL, length a multiple of two', text: 'to NL54QWER0192837465, thanks', expected: [['IBAN_CODE', 'NL54QWER0192837465']] },
    { name: 'NO, shortest (15)', text: 'NO93 8601 1117 947', expected: [['IBAN_CODE', 'NO93 8601 1117 947']] },
    { name: 'BE, grouped exactly 4x4, word of four letters after', text: 'BE72 7350 1234 5678 from', expected: [['IBAN_CODE', 'BE72 7350 1234 5678']] },
    { name: 'FR with letters in the account part', text: 'FR263000400001234567890AB12', expected: [['IBAN_CODE', 'FR263000400001234567890AB12']] },
    { name: 'LC, longest (32)', text: 'LC86 ABCD 1234 5678 90AB CDEF GHIJ 1234', expected: [['IBAN_CODE', 'LC86 ABCD 1234 5678 90AB CDEF GHIJ 1234']] },
    { name: 'MT (31)', text: '"MT84MALT011000012345MTLCAST001S"', expected: [['IBAN_CODE', 'MT84MALT011000012345MTLCAST001S']] },
    { name: 'IT', text: 'IT24 Q123 4567 890A BCDE F123 456', expected: [['IBAN_CODE', 'IT24 Q123 4567 890A BCDE F123 456']] },
    { name: 'CH', text: 'CH7504835ABC123456789', expected: [['IBAN_CODE', 'CH7504835ABC123456789']] },
    { name: 'lower case', text: 'iban gb80zxcv40516273849506', expected: [['IBAN_CODE', 'gb80zxcv40516273849506']] },
    { name: 'emoji (astral) before', text: '🏦GB80ZXCV40516273849506', expected: [['IBAN_CODE', 'GB80ZXCV40516273849506']] },
    { name: 'two in one value', text: 'GB80ZXCV40516273849506;DE69730500001234987654', expected: [['IBAN_CODE', 'GB80ZXCV40516273849506'], ['IBAN_CODE', 'DE69730500001234987654']] },
    // Negatives.
    { name: 'wrong check digits', text: 'GB81ZXCV40516273849506', expected: [] },
    { name: 'one character changed', text: 'DE69 7305 0000 1234 9876 55', expected: [] },
    { name: 'valid checksum but wrong BBAN structure (digits where GB has letters)', text: 'GB26123440516273849506', expected: [] },
    { name: 'wrong length for the country', text: 'GB80ZXCV405162738495061', expected: [] },
    { name: 'too short for the country', text: 'GB80ZXCV405162738495', expected: [] },
    { name: 'country without IBANs', text: 'US80ZXCV40516273849506', expected: [] },
    { name: 'inside a longer token (letters before)', text: 'XGB80ZXCV40516273849506', expected: [] },
    { name: 'inside a longer token (digits after)', text: 'GB80ZXCV405162738495067', expected: [] },
    { name: 'grouped, last group too long', text: 'DE69 7305 0000 1234 9876 5412', expected: [] },
    { name: 'irregular grouping', text: 'GB80 ZXC V4051 6273 8495 06', expected: [] },
  ]);
});
