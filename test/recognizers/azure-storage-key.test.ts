import { describe } from 'vitest';
import { azureStorageKey } from '../../recognizers/azure-storage-key.js';
import { recognizerTable } from '../helpers/recognizer-table.js';
import { pseudoRandom } from './provider-tokens.fixtures.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const KEY = `${pseudoRandom(86, 71, B64)}==`;
const SHARED = `${pseudoRandom(43, 72, B64)}=`;

describe('recognizer `azure-storage-key`', () => {
  recognizerTable(azureStorageKey, [
    { text: `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${KEY};EndpointSuffix=core.windows.net`, expected: [['AZURE_STORAGE_KEY', KEY]] },
    { text: `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=${SHARED}`, expected: [['AZURE_STORAGE_KEY', SHARED]] },
    { name: 'bare key with context', text: `azure storage key ${KEY}`, expected: [['AZURE_STORAGE_KEY', KEY]] },
    { name: 'bare key without context', text: `value ${KEY}`, expected: [] },
    { name: 'placeholder', text: `AccountKey=${'A'.repeat(86)}==`, expected: [] },
  ]);
});
