/** Public surface of the anonymization operators (re-exported by src/index.ts). */
export {
  anonymizeText,
  createAnonymizer,
  deanonymizeText,
  DEFAULT_OPERATOR,
  type AnonymizedItem,
  type AnonymizeResult,
  type Anonymizer,
  type AnonymizerOptions,
} from './anonymizer.js';
export { DEFAULT_KEY_ENV, MIN_KEY_BYTES, parseKey, resolveKey, type ResolveKeyOptions } from './keys.js';
export { validateOperatorConfig } from './operators.js';
export { normalizeValue } from './normalize.js';
export type {
  EncryptOperatorConfig,
  GeneralizeOperatorConfig,
  HashOperatorConfig,
  KeepOperatorConfig,
  MaskOperatorConfig,
  OperatorConfig,
  OperatorsConfig,
  OperatorType,
  PseudonymizeOperatorConfig,
  RedactOperatorConfig,
  ReplaceOperatorConfig,
} from './types.js';
