import { describe } from 'vitest';
import { medicalLicense } from '../../recognizers/medical-license.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `medical-license`', () => {
  recognizerTable(medicalLicense, [
    { text: 'BJ1234563', name: 'valid check digit alone', expected: [['MEDICAL_LICENSE', 'BJ1234563']] },
    { text: 'DEA: FS2048177.', expected: [['MEDICAL_LICENSE', 'FS2048177']], minScore: 0.85 },
    { text: 'prescriber M99132541', name: 'business address (9)', expected: [['MEDICAL_LICENSE', 'M99132541']] },
    { text: 'DEA F99132541-001AB', name: 'supervised suffix', expected: [['MEDICAL_LICENSE', 'F99132541']] },
    { text: '😀(XK5716329)', name: 'emoji and parentheses', expected: [['MEDICAL_LICENSE', 'XK5716329']] },
    { text: 'DEA BJ1234564', name: 'wrong check digit', expected: [] },
    { text: 'DEA NJ1234563', name: 'N is not a registrant type', expected: [] },
    { text: 'DEA IJ1234563', name: 'I is not a registrant type', expected: [] },
    { text: 'DEA bj1234563', name: 'lower case', expected: [] },
    { text: 'DEA XBJ1234563', name: 'three letters', expected: [] },
    { text: 'DEA BJ12345630', name: 'eight digits', expected: [] },
    { text: 'DEA BJ0000000', name: 'all zeros pass the sum but are not issued', expected: [] },
    { text: 'DEA B11234563', name: 'digit second other than 9', expected: [] },
  ]);
});
