/** AZURE_STORAGE_KEY: Azure storage account keys and shared access keys in connection strings. */
import { definePatternRecognizer } from '../src/recognizer/define.js';
import { looksRandom } from '../src/recognizer/entropy.js';

// `AccountKey=<86 base64>==` in storage connection strings; `SharedAccessKey=<43 base64>=` in
// Service Bus / Event Hubs / IoT Hub ones.
const CONNECTION_STRING = /(?<![A-Za-z0-9])(?:AccountKey|SharedAccessKey)\s?=\s?(?<key>[A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i;
// A bare 88-character key: reported only with Azure / storage context.
const BARE = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/;

export const azureStorageKey = definePatternRecognizer({
  id: 'azure-storage-key',
  entity: 'AZURE_STORAGE_KEY',
  category: 'secret',
  recommended: true,
  description: 'Azure storage account keys (AccountKey=...) and shared access keys',
  patterns: [
    { name: 'connection-string', regex: CONNECTION_STRING, score: 0.95, group: 'key' },
    { name: 'bare-with-context', regex: BARE, score: 0.3 },
  ],
  context: ['azure', 'storage', 'account key', 'storage key', 'access key'],
  requires: { minTokenRun: 44 },
  validate: (text) => (looksRandom(text.replace(/=+$/, ''), 40) ? undefined : false),
});
