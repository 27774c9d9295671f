import { describe } from 'vitest';
import { macAddress } from '../../recognizers/mac-address.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `mac-address`', () => {
  recognizerTable(macAddress, [
    { text: 'device 3c:5a:b4:01:9e:7f joined', expected: [['MAC_ADDRESS', '3c:5a:b4:01:9e:7f']] },
    { text: '3C-5A-B4-01-9E-7F', expected: [['MAC_ADDRESS', '3C-5A-B4-01-9E-7F']] },
    { name: 'mixed case', text: 'hw=3c:5A:b4:01:9E:7f;', expected: [['MAC_ADDRESS', '3c:5A:b4:01:9E:7f']] },
    { name: 'cisco dotted', text: 'mac 3c5a.b401.9e7f.', expected: [['MAC_ADDRESS', '3c5a.b401.9e7f']] },
    { name: 'in parentheses after emoji', text: '📶(a0:b1:c2:d3:e4:f5)', expected: [['MAC_ADDRESS', 'a0:b1:c2:d3:e4:f5']] },
    { name: 'two addresses', text: 'a0:b1:c2:d3:e4:f5, a0:b1:c2:d3:e4:f6', expected: [['MAC_ADDRESS', 'a0:b1:c2:d3:e4:f5'], ['MAC_ADDRESS', 'a0:b1:c2:d3:e4:f6']] },
    { name: 'digits-only with colons', text: '12:34:56:78:90:12', expected: [['MAC_ADDRESS', '12:34:56:78:90:12']] },
    { name: 'digits-only with dashes and context', text: 'mac: 12-34-56-78-90-12', expected: [['MAC_ADDRESS', '12-34-56-78-90-12']] },
    { name: 'digits-only with dashes, no context', text: 'ref 12-34-56-78-90-12', expected: [] },
    { name: 'digits-only cisco, no context', text: 'call 1234.5678.9012', expected: [] },
    { name: 'mixed separators', text: '3c:5a-b4:01:9e:7f', expected: [] },
    { name: 'seven groups', text: '3c:5a:b4:01:9e:7f:aa', expected: [] },
    { name: 'five groups', text: '3c:5a:b4:01:9e', expected: [] },
    { name: 'not hex', text: '3c:5a:b4:01:9e:7g', expected: [] },
    { name: 'inside a word', text: 'x3c:5a:b4:01:9e:7f', expected: [] },
    { name: 'preceded by a hex group', text: 'aa:3c:5a:b4:01:9e:7f', expected: [] },
    { name: 'all zero', text: '00:00:00:00:00:00', expected: [] },
    { name: 'broadcast', text: 'FF-FF-FF-FF-FF-FF', expected: [] },
    { name: 'time stamp', text: '12:30:45', expected: [] },
    { name: 'cisco group too long', text: '3c5a1.b401.9e7f', expected: [] },
  ]);
});
