import { describe } from 'vitest';
import { googleApiKey } from '../../recognizers/google-api-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `google-api-key`', () => {
  recognizerTable(googleApiKey, [
    { text: '"current_key": "AIzaSyB3kZ9q7Lm2Wp4Tn8Xc1Vb6Rh5Jd0Qs3Ue"', expected: [['GOOGLE_API_KEY', 'AIzaSyB3kZ9q7Lm2Wp4Tn8Xc1Vb6Rh5Jd0Qs3Ue']] },
    { text: 'client_secret=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', expected: [['GOOGLE_API_KEY', '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']] },
    { name: 'one character short', text: 'AIzaSyB3kZ9q7Lm2Wp4Tn8Xc1Vb6Rh5Jd0Qs3U', expected: [] },
    { name: 'one character long', text: 'AIzaSyB3kZ9q7Lm2Wp4Tn8Xc1Vb6Rh5Jd0Qs3Uee', expected: [] },
    { name: 'placeholder', text: 'AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', expected: [] },
  ]);
});
