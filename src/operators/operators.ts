/**
 * Validation of operator configs and their compilation into closures. All parsing happens here,
 * once per anonymizer; the closures do no config work per value.
 */
import { createHmac } from 'node:crypto';
import { describeValue, PiiScanError } from '../errors.js';
import { encryptValue } from './encrypt.js';
import { entityKind, generalizeValue, type GeneralizeParams } from './generalize.js';
import type { KeyRing } from './keys.js';
import { maskValue } from './mask.js';
import { normalizeValue } from './normalize.js';
import { createPseudonymizer } from './pseudonymize.js';
import type { OperatorConfig, OperatorType } from './types.js';

/** Rewrites one value of one entity. */
export type OperatorFn = (value: string, entity: string) => string;

/** A validated, compiled operator. */
export interface CompiledOperator {
  readonly type: OperatorType;
  readonly apply: OperatorFn;
}

const ALLOWED: Readonly<Record<OperatorType, readonly string[]>> = {
  replace: ['template'],
  redact: [],
  mask: ['char', 'keepFirst', 'keepLast', 'keepDomain'],
  hash: ['algorithm', 'encoding', 'length'],
  encrypt: [],
  pseudonymize: [],
  generalize: ['to', 'width', 'keep'],
  keep: [],
};

const ENTITY_KEY = /^(?:DEFAULT|[A-Z][A-Z0-9_]*)$/;
const PLACEHOLDER = /\{([^{}]*)\}/g;
const DIGEST_CHARS = { sha256: { hex: 64, base64: 44 }, sha512: { hex: 128, base64: 88 } } as const;

function invalid(option: string, expected: string, got: unknown): never {
  throw new PiiScanError('PII_INVALID_OPERATOR', `Invalid operator parameter \`${option}\`: expected ${expected}, got ${describeValue(got)}`, { option });
}

function intParam(option: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) invalid(option, `an integer from ${min} to ${max}`, value);
  return value;
}

function oneOf<T extends string>(option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) invalid(option, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  return value as T;
}

/** True when the operator needs the key. */
export function needsKey(config: OperatorConfig): boolean {
  switch (config.type) {
    case 'hash':
    case 'encrypt':
    case 'pseudonymize':
      return true;
    case 'replace':
      return config.template !== undefined && config.template.includes('{id}');
    default:
      return false;
  }
}

/**
 * Checks one entry of an operators config and returns it typed. Throws `PII_INVALID_OPERATOR`
 * naming the parameter, e.g. `operators.CREDIT_CARD.keepLast`.
 */
export function validateOperatorConfig(entity: string, config: unknown): OperatorConfig {
  const base = `operators.${entity}`;
  if (!ENTITY_KEY.test(entity)) invalid(base, 'an entity name in SCREAMING_SNAKE_CASE or DEFAULT', entity);
  if (typeof config !== 'object' || config === null || Array.isArray(config)) invalid(base, 'an operator object such as { "type": "replace" }', config);
  const record = config as Record<string, unknown>;
  const type = record['type'];
  if (typeof type !== 'string' || !Object.hasOwn(ALLOWED, type)) {
    invalid(`${base}.type`, `one of ${Object.keys(ALLOWED).map((a) => `'${a}'`).join(', ')}`, type);
  }
  const allowed = ALLOWED[type as OperatorType];
  for (const name of Object.keys(record)) {
    if (name !== 'type' && !allowed.includes(name)) invalid(`${base}.${name}`, `no such parameter for \`${type}\` (known: ${allowed.join(', ') || 'none'})`, record[name]);
  }
  switch (type as OperatorType) {
    case 'replace': {
      const template = record['template'];
      if (template === undefined) break;
      if (typeof template !== 'string') invalid(`${base}.template`, 'a string', template);
      for (const m of template.matchAll(PLACEHOLDER)) {
        if (m[1] !== 'entity' && m[1] !== 'id') invalid(`${base}.template`, 'only the placeholders {entity} and {id}', `{${m[1]}}`);
      }
      break;
    }
    case 'mask': {
      const char = record['char'];
      if (char !== undefined && (typeof char !== 'string' || Array.from(char).length !== 1 || /\s/.test(char))) {
        invalid(`${base}.char`, 'one non-space character', char);
      }
      intParam(`${base}.keepFirst`, record['keepFirst'], 0, 1_000_000, 0);
      intParam(`${base}.keepLast`, record['keepLast'], 0, 1_000_000, 0);
      const keepDomain = record['keepDomain'];
      if (keepDomain !== undefined && typeof keepDomain !== 'boolean') invalid(`${base}.keepDomain`, 'a boolean', keepDomain);
      break;
    }
    case 'hash': {
      const algorithm = oneOf(`${base}.algorithm`, record['algorithm'], ['sha256', 'sha512'], 'sha256');
      const encoding = oneOf(`${base}.encoding`, record['encoding'], ['hex', 'base64'], 'hex');
      intParam(`${base}.length`, record['length'], 8, DIGEST_CHARS[algorithm][encoding], 0);
      break;
    }
    case 'generalize': {
      oneOf(`${base}.to`, record['to'], ['year', 'month', 'decade'], 'year');
      intParam(`${base}.width`, record['width'], 2, 100, 10);
      intParam(`${base}.keep`, record['keep'], 1, 10, 3);
      if (entity !== 'DEFAULT' && entityKind(entity) === undefined) {
        invalid(`${base}.type`, 'an operator that applies to this entity (generalize handles dates, ages and postcodes)', type);
      }
      break;
    }
    default:
      break;
  }
  return config as OperatorConfig;
}

/** Bounded memo for keyed operators: datasets repeat values, and the output is a pure function of the input. */
function memoize(fn: OperatorFn, capacity = 16_384): OperatorFn {
  const cache = new Map<string, string>();
  return (value, entity) => {
    const k = `${entity}\0${value}`;
    let out = cache.get(k);
    if (out === undefined) {
      out = fn(value, entity);
      if (cache.size >= capacity) cache.clear();
      cache.set(k, out);
    }
    return out;
  };
}

/** The short keyed id of `{id}`: 8 hex digits of HMAC-SHA256(K_id, normalized value). */
export function shortId(keys: KeyRing, entity: string, value: string): string {
  return createHmac('sha256', keys.subkey('id')).update(normalizeValue(entity, value)).digest('hex').slice(0, 8);
}

/**
 * Compiles a validated config. `keys` must be present for keyed operators (`needsKey`); the
 * anonymizer checks that first and throws `PII_MISSING_KEY`.
 */
export function compileOperator(config: OperatorConfig, keys: KeyRing | undefined): CompiledOperator {
  const needKeys = (): KeyRing => {
    if (keys === undefined) throw new PiiScanError('PII_MISSING_KEY', `Operator \`${config.type}\` needs a key`, { option: 'key' });
    return keys;
  };
  switch (config.type) {
    case 'replace': {
      const parts = (config.template ?? '<{entity}>').split(/(\{entity\}|\{id\})/);
      if (!parts.includes('{id}')) {
        // The output depends on the entity only: build it once per entity.
        const byEntity = new Map<string, string>();
        return {
          type: 'replace',
          apply: (_value, entity) => {
            let out = byEntity.get(entity);
            if (out === undefined) {
              out = parts.map((p) => (p === '{entity}' ? entity : p)).join('');
              byEntity.set(entity, out);
            }
            return out;
          },
        };
      }
      const k = needKeys();
      const apply: OperatorFn = (value, entity) => parts.map((p) => (p === '{entity}' ? entity : p === '{id}' ? shortId(k, entity, value) : p)).join('');
      return { type: 'replace', apply: memoize(apply) };
    }
    case 'redact':
      return { type: 'redact', apply: () => '' };
    case 'keep':
      return { type: 'keep', apply: (value) => value };
    case 'mask': {
      const params = { char: config.char ?? '*', keepFirst: config.keepFirst ?? 0, keepLast: config.keepLast ?? 0, keepDomain: config.keepDomain ?? false };
      return { type: 'mask', apply: (value) => maskValue(value, params) };
    }
    case 'hash': {
      const subkey = needKeys().subkey('hash');
      const algorithm = config.algorithm ?? 'sha256';
      const encoding = config.encoding ?? 'hex';
      const length = config.length;
      const apply: OperatorFn = (value, entity) => {
        const digest = createHmac(algorithm, subkey).update(normalizeValue(entity, value)).digest(encoding);
        return length === undefined ? digest : digest.slice(0, length);
      };
      return { type: 'hash', apply: memoize(apply) };
    }
    case 'encrypt': {
      const k = needKeys();
      return { type: 'encrypt', apply: memoize((value, entity) => encryptValue(k, entity, value)) };
    }
    case 'pseudonymize':
      return { type: 'pseudonymize', apply: memoize(createPseudonymizer(needKeys())) };
    case 'generalize': {
      const params: GeneralizeParams = { to: config.to ?? 'year', width: config.width ?? 10, keep: config.keep ?? 3 };
      return { type: 'generalize', apply: (value, entity) => generalizeValue(value, entity, params) };
    }
  }
}
