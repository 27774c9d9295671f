/** ES_NIE: Spanish foreigner identity number, X/Y/Z + 7 digits + mod-23 control letter (`X1234567L`). */
import { spanishIdLetter } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NO_ALNUM_AFTER, NO_ALNUM_BEFORE } from '../src/recognizer/regex.js';

// Same letter rule as the DNI: upper case may follow a `-` / space, lower case only directly.
const NIE = new RegExp(`${NO_ALNUM_BEFORE}[XYZ][- ]?\\d{7}(?:[- ]?[A-Z]|[a-z])${NO_ALNUM_AFTER}`, 'u');

/** Finds ES_NIE. Not in `recommended`: selected by `country:es` or `all`. */
export const esNie = definePatternRecognizer({
  id: 'es-nie',
  entity: 'ES_NIE',
  country: 'es',
  recommended: false,
  description: 'Spanish NIE numbers of foreign residents (control letter checked)',
  patterns: [{ name: 'nie', regex: NIE, score: 0.3 }],
  context: ['nie', 'identidad de extranjero', 'extranjero', 'extranjería', 'extranjeria', 'nif', 'tarjeta de residencia'],
  requires: { minNumberRun: 7, minUpper: 1 },
  normalize: (text) => text.replace(/[- ]/g, '').toUpperCase(),
  // The prefix stands for a leading digit (X=0, Y=1, Z=2) before the mod-23 letter rule.
  validate: (nie) => spanishIdLetter(Number(`${'XYZ'.indexOf(nie[0]!)}${nie.slice(1, 8)}`)) === nie[8],
});
