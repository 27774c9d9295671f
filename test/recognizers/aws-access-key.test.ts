import { describe } from 'vitest';
import { awsAccessKey } from '../../recognizers/aws-access-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `aws-access-key`', () => {
  recognizerTable(awsAccessKey, [
    { text: 'aws_access_key_id = AKIAQW3RT7Z2KLMN4XPB', expected: [['AWS_ACCESS_KEY', 'AKIAQW3RT7Z2KLMN4XPB']], minScore: 0.9 },
    { text: '"AccessKeyId": "ASIAZ7XK2M4QWERT5YUP",', expected: [['AWS_ACCESS_KEY', 'ASIAZ7XK2M4QWERT5YUP']] },
    { name: 'digits outside base32 (edited ids) are still reported', text: 'key=AKIA0MW1YDV2SGMGK9KA', expected: [['AWS_ACCESS_KEY', 'AKIA0MW1YDV2SGMGK9KA']], minScore: 0.8 },
    { name: 'emoji before, end of string', text: '🔑AKIAQW3RT7Z2KLMN4XPB', expected: [['AWS_ACCESS_KEY', 'AKIAQW3RT7Z2KLMN4XPB']] },
    { name: 'AWS documentation example', text: 'AKIAIOSFODNN7EXAMPLE', expected: [] },
    { name: 'other documentation id ending in EXAMPLE', text: 'AKIAI44QH8DHBEXAMPLE', expected: [] },
    { name: 'too short', text: 'AKIAQW3RT7Z2KLMN4XP', expected: [] },
    { name: 'inside a longer run', text: 'XAKIAQW3RT7Z2KLMN4XPB', expected: [] },
    { name: 'followed by more characters', text: 'AKIAQW3RT7Z2KLMN4XPBQ', expected: [] },
    { name: 'lower case', text: 'akiaqw3rt7z2klmn4xpb', expected: [] },
  ]);
});
