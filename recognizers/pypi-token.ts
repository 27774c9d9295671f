/** PYPI_TOKEN: PyPI and TestPyPI upload tokens (macaroons starting `pypi-AgEIcHlwaS5vcmc`). */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { containsAny } from '../src/recognizer/triggers.js';

// The fixed part is the base64 of the macaroon header naming pypi.org / test.pypi.org.
const TOKEN = /(?<![A-Za-z0-9_-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/;

export const pypiToken = definePatternRecognizer({
  id: 'pypi-token',
  entity: 'PYPI_TOKEN',
  category: 'secret',
  recommended: true,
  description: 'PyPI upload tokens (pypi-AgEIcHlwaS5vcmc...)',
  patterns: [{ name: 'token', regex: TOKEN, score: 0.95 }],
  context: ['pypi', 'twine', 'token'],
  requires: { minTokenRun: 70 },
  trigger: containsAny('pypi-'),
});
