import { describe } from 'vitest';
import { pypiToken } from '../../recognizers/pypi-token.js';
import { recognizerTable } from '../helpers/recognizer-table.js';
import { pseudoRandom } from './provider-tokens.fixtures.js';

const TOKEN = `pypi-AgEIcHlwaS5vcmc${pseudoRandom(70, 61, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}`;

describe('recognizer `pypi-token`', () => {
  recognizerTable(pypiToken, [
    { text: `password = ${TOKEN}`, expected: [['PYPI_TOKEN', TOKEN]] },
    { name: 'TestPyPI token', text: `pypi-AgENdGVzdC5weXBpLm9yZw${pseudoRandom(60, 62)}`, expected: [['PYPI_TOKEN', `pypi-AgENdGVzdC5weXBpLm9yZw${pseudoRandom(60, 62)}`]] },
    { name: 'header only', text: 'pypi-AgEIcHlwaS5vcmc', expected: [] },
    { name: 'package name', text: 'pypi-simple-index', expected: [] },
  ]);
});
