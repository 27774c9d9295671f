import { describe } from 'vitest';
import { usDriverLicense } from '../../recognizers/us-driver-license.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `us-driver-license`', () => {
  recognizerTable(usDriverLicense, [
    { text: "Driver's license: D1234567", expected: [['US_DRIVER_LICENSE', 'D1234567']] },
    { text: 'DL# S530-4127-8896-12', name: 'grouped Wisconsin form', expected: [['US_DRIVER_LICENSE', 'S530-4127-8896-12']] },
    { text: 'license D530-412-78-896-0', name: 'grouped Florida form', expected: [['US_DRIVER_LICENSE', 'D530-412-78-896-0']] },
    { text: 'licence no. 530412788', name: 'all digits', expected: [['US_DRIVER_LICENSE', '530412788']] },
    { text: 'driving licence 12ABC34567', name: 'New Hampshire', expected: [['US_DRIVER_LICENSE', '12ABC34567']] },
    { text: 'DL 1234567X', name: 'digits then a letter', expected: [['US_DRIVER_LICENSE', '1234567X']] },
    { text: 'license WDL1234ABCD5', name: 'Washington 2018+', expected: [['US_DRIVER_LICENSE', 'WDL1234ABCD5']] },
    { text: 'license DOE**JD123K1', name: 'Washington, older with padding', expected: [['US_DRIVER_LICENSE', 'DOE**JD123K1']] },
    { text: 'AB123456C', field: 'driver_license', name: 'in a license column', expected: [['US_DRIVER_LICENSE', 'AB123456C']] },
    { text: '😀 license (D1234567).', name: 'emoji and punctuation', expected: [['US_DRIVER_LICENSE', 'D1234567']] },
    { text: 'D1234567', name: 'no context', expected: [] },
    { text: 'order 530412788', name: 'digits without context', expected: [] },
    { text: 'building permit 530412788', name: '`permit` is not context', expected: [] },
    { text: 'license plate AB123456', name: 'a plate is not a driver license', expected: [] },
    { text: 'driver license d1234567', name: 'lower case', expected: [] },
    { text: 'license A123', name: 'too short', expected: [] },
    { text: 'license 1111111', name: 'one repeated digit', expected: [] },
    { text: 'license ABCD12345', name: 'four letters', expected: [] },
    { text: 'license user@D1234567', name: 'glued to an address', expected: [] },
    { text: 'license /files/D1234567', name: 'inside a path', expected: [] },
    { text: 'license D1234567-x', name: 'continued by a dash', expected: [] },
  ]);
});
