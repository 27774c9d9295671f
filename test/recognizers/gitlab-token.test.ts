import { describe } from 'vitest';
import { gitlabToken } from '../../recognizers/gitlab-token.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

describe('recognizer `gitlab-token`', () => {
  recognizerTable(gitlabToken, [
    { text: 'GITLAB_TOKEN=glpat-Xq4mV9bZ2kR7tP1wL8sN', expected: [['GITLAB_TOKEN', 'glpat-Xq4mV9bZ2kR7tP1wL8sN']] },
    { text: 'token "glpat-a7Kp2Qz9Lm4Rt8Vw1Xy6Bn3C.01.0y1z2x3w4"', expected: [['GITLAB_TOKEN', 'glpat-a7Kp2Qz9Lm4Rt8Vw1Xy6Bn3C.01.0y1z2x3w4']] },
    { text: 'deploy gldt-Hn5Rt2Wq8Zp4Lk7Mv1Bc9X.', expected: [['GITLAB_TOKEN', 'gldt-Hn5Rt2Wq8Zp4Lk7Mv1Bc9X']] },
    { text: 'runner GR1348941aB3cD5eF7gH9iJ1kL3mN', expected: [['GITLAB_TOKEN', 'GR1348941aB3cD5eF7gH9iJ1kL3mN']] },
    { name: 'placeholder', text: 'glpat-xxxxxxxxxxxxxxxxxxxx', expected: [] },
    { name: 'too short', text: 'glpat-Xq4mV9bZ2kR7', expected: [] },
    { name: 'inside a word', text: 'xglpat-Xq4mV9bZ2kR7tP1wL8sN', expected: [] },
  ]);
});
