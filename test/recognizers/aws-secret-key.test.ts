import { describe } from 'vitest';
import { awsSecretKey } from '../../recognizers/aws-secret-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';

const SECRET = 'Kq8vR2mZ/tW5yB9nXc3Lp7Hd+Jf4Gs6Ae1Uo0Ti9';

describe('recognizer `aws-secret-key`', () => {
  recognizerTable(awsSecretKey, [
    { text: `aws_secret_access_key = ${SECRET}`, expected: [['AWS_SECRET_KEY', SECRET]], minScore: 0.9 },
    { text: `"SecretAccessKey": "${SECRET}"`, expected: [['AWS_SECRET_KEY', SECRET]] },
    { text: `secretAccessKey: '${SECRET}',`, expected: [['AWS_SECRET_KEY', SECRET]] },
    { name: 'bare key with AWS context words', text: `the aws secret is ${SECRET}`, expected: [['AWS_SECRET_KEY', SECRET]] },
    { name: 'bare key under an AWS column', text: SECRET, field: 'aws_secret_access_key', expected: [['AWS_SECRET_KEY', SECRET]] },
    { name: 'bare key without context', text: `value ${SECRET}`, expected: [] },
    { name: 'git SHA under a secret key name', text: 'aws_secret_access_key = 3f786850e387550fdab836ed7e6dc881de23001b', expected: [] },
    { name: 'documentation key', text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', expected: [] },
    { name: '41 characters is not a key', text: `aws_secret_access_key = ${SECRET}Q`, expected: [] },
    { name: 'identifier made of words', text: 'aws secret: ThisIsNotARandomSecretKeyAtAllReallyNoo', expected: [] },
  ]);
});
