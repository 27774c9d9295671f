/** ES_NIF: Spanish DNI / NIF of a person, 8 digits and a mod-23 control letter (`12345678Z`). */
import { spanishIdLetter } from '../src/recognizer/checksums.js';
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { NUMBER_START } from '../src/recognizer/number-bounds.js';
import { NO_ALNUM_AFTER } from '../src/recognizer/regex.js';

// 8 digits, bare or dotted (12.345.678), then the letter: upper case may follow a `-` or a space,
// lower case only directly (`12345678 a` is a number and an English article).
const NIF = new RegExp(`${NUMBER_START}(?:\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3})(?:[- ]?[A-Z]|[a-z])${NO_ALNUM_AFTER}`, 'u');

/** Finds ES_NIF. Not in `recommended`: selected by `country:es` or `all`. */
export const esNif = definePatternRecognizer({
  id: 'es-nif',
  entity: 'ES_NIF',
  country: 'es',
  recommended: false,
  description: 'Spanish DNI / NIF numbers (control letter checked)',
  patterns: [{ name: 'dni', regex: NIF, score: 0.3 }],
  context: ['nif', 'dni', 'documento nacional de identidad', 'identificación fiscal', 'identificacion fiscal', 'documento de identidad'],
  requires: { minNumberRun: 8 },
  normalize: (text) => text.replace(/[-. ]/g, '').toUpperCase(),
  // The letter is one of 23 and must equal the number mod 23.
  validate: (nif) => spanishIdLetter(Number(nif.slice(0, 8))) === nif[8],
});
