import { describe } from 'vitest';
import { stripeKey } from '../../recognizers/stripe-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `stripe-key`', () => {
  recognizerTable(stripeKey, [
    { text: 'STRIPE_SECRET=sk_live_4eC39HqLyjWDarjtT1zdp7dcZq', expected: [['STRIPE_KEY', 'sk_live_4eC39HqLyjWDarjtT1zdp7dcZq']], minScore: 0.9 },
    { text: 'rk_test_51Hq2Lm9Zp4Tk8Wn3Xc7Vb', expected: [['STRIPE_KEY', 'rk_test_51Hq2Lm9Zp4Tk8Wn3Xc7Vb']], minScore: 0.7 },
    { text: 'whsec_Zp4Tk8Wn3Xc7Vb51Hq2Lm9Qa6Rs1Ud0Ef', expected: [['STRIPE_KEY', 'whsec_Zp4Tk8Wn3Xc7Vb51Hq2Lm9Qa6Rs1Ud0Ef']] },
    { name: 'publishable keys are public', text: 'pk_live_4eC39HqLyjWDarjtT1zdp7dcZq', expected: [] },
    { name: 'placeholder', text: 'sk_live_xxxxxxxxxxxxxxxxxxxx', expected: [] },
    { name: 'too short', text: 'sk_live_4eC39Hq', expected: [] },
  ]);
});
