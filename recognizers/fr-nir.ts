/** FR_NIR: French social security number (NIR / numéro INSEE), 13 characters and a 2-digit key. */
import { nirKey } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_END, NUMBER_START } from '../src/recognizer/number-bounds.js';

// Sex (1 man, 2 woman, 3 / 4 foreigners being registered, 7 / 8 temporary numbers), year, month,
// department (2A / 2B for Corsica), commune, order number, then the key, optionally set apart.
// Written bare or grouped `1 85 05 78 006 084 36` with one separator throughout.
const NIR = new RegExp(
  `${NUMBER_START}[1-478](?<sep>[ .]?)\\d{2}\\k<sep>\\d{2}\\k<sep>(?:\\d{2}|2[AB])\\k<sep>\\d{3}\\k<sep>\\d{3}[ .]?\\d{2}${NUMBER_END}`,
  'u',
);

/** Finds FR_NIR. Not in `recommended`: selected by `country:fr` or `all`. */
export const frNir = definePatternRecognizer({
  id: 'fr-nir',
  entity: 'FR_NIR',
  country: 'fr',
  recommended: false,
  description: 'French social security numbers (NIR, key checked, Corsica 2A / 2B handled)',
  patterns: [{ name: 'nir', regex: NIR, score: 0.3 }],
  context: ['nir', 'sécurité sociale', 'securite sociale', 'sécu', 'secu', 'numéro insee', 'numero insee', 'insee', 'social security', 'carte vitale'],
  // Corsica's 2A / 2B splits the digits, so only the total is certain.
  requires: { minDigits: 13, minNumberRun: 6 },
  normalize: (text) => text.replace(/[ .]/g, ''),
  validate: (nir) => {
    // Month 01-12; 20-42 and 50-99 stand for an unknown or fictitious month on incomplete records.
    const month = Number(nir.slice(3, 5));
    if (month === 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) return false;
    // The key is 97 - (n mod 97), so 1 random number in 97 passes: certain for the usual sex digits
    // 1 / 2. The rare 3 / 4 / 7 / 8 forms also cover Amex card prefixes (34, 37), so a Luhn-valid
    // card that happens to fit keeps its CREDIT_CARD label unless context says NIR.
    if (nirKey(nir.slice(0, 13)) !== Number(nir.slice(13))) return false;
    return nir[0] === '1' || nir[0] === '2' ? true : 0.85;
  },
});
