/**
 * Config validation: the JSON Schema (schemas/config.schema.json, also used by editors) checks
 * shapes; then semantic checks compile every regex and custom recognizer. Errors name the exact
 * path (`recognizers[2].patterns[0].regex: invalid regular expression: ...`) and never a value.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv as AjvClass, ErrorObject } from 'ajv';
import { builtinRecognizers, presetRecognizerIds } from '../../recognizers/index.js';
import { PiiScanError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-info.js';
import { recognizerFromConfig } from '../recognizer/from-config.js';
import type { RecognizerConfig } from '../types.js';
import type { PiiScanConfig, PiiScanConfigJson, RegexConfig } from './config-types.js';

let validateShape: ReturnType<AjvClass['compile']> | undefined;

/**
 * The schema validator, compiled on first use: ajv and its vocabularies take ~50-70 ms to load,
 * which every run - a pre-commit hook on one small file, each run's main thread - paid at import
 * even without a config file.
 */
function shapeValidator(): ReturnType<AjvClass['compile']> {
  if (validateShape === undefined) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schemas', 'config.schema.json'), 'utf8')) as object;
    validateShape = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validateShape;
}

/** Outcome of validation: the config, or every problem found (not just the first). */
export type ConfigValidation = { readonly ok: true; readonly config: PiiScanConfig } | { readonly ok: false; readonly errors: readonly string[] };

/** `/recognizers/2/patterns/0/regex` -> `recognizers[2].patterns[0].regex`. */
function toPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function describe(error: ErrorObject): string {
  const at = toPath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as { additionalProperty: string }).additionalProperty);
    return `${at ? `${at}.` : ''}${name}: unknown option`;
  }
  const key = (error as { propertyName?: string }).propertyName;
  if (key !== undefined) return `${at ? `${at}.` : ''}${key}: invalid key: ${error.message ?? 'is invalid'}`;
  return `${at || '(root)'}: ${error.message ?? 'is invalid'}`;
}

/** One message per path, preferring the specific error over the anyOf / if-then summaries. */
function shapeErrors(errors: readonly ErrorObject[]): string[] {
  const byPath = new Map<string, string>();
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'if' || e.keyword === 'propertyNames') continue;
    const name = e.params['additionalProperty'] ?? (e as { propertyName?: string }).propertyName;
    const key = name === undefined ? e.instancePath : `${e.instancePath}/${String(name)}`;
    if (!byPath.has(key)) byPath.set(key, describe(e));
  }
  return [...byPath.values()];
}

function compileRegex(path: string, r: RegexConfig, errors: string[]): RegExp | undefined {
  try {
    return new RegExp(r.regex, r.flags ?? '');
  } catch (err) {
    errors.push(`${path}.regex: invalid regular expression: ${(err as Error).message}`);
    return undefined;
  }
}

const knownIds = new Set(builtinRecognizers.map((r) => r.meta.id));

/**
 * Validates a parsed config object. Regex entries of `allowList` become RegExp objects.
 *
 * @example
 * const result = validateConfig(JSON.parse(text));
 * if (!result.ok) console.error(result.errors.join('\n'));
 */
export function validateConfig(raw: unknown): ConfigValidation {
  const checkShape = shapeValidator();
  if (!checkShape(raw)) return { ok: false, errors: shapeErrors(checkShape.errors ?? []) };
  const config = raw as PiiScanConfigJson;
  const errors: string[] = [];
  (config.recognizers ?? []).forEach((spec, i) => {
    const where = `recognizers[${i}]`;
    if (typeof spec === 'object' && 'entity' in spec) {
      try {
        recognizerFromConfig(spec as RecognizerConfig, where);
        (spec as RecognizerConfig).patterns?.forEach((p, j) => compileRegex(`${where}.patterns[${j}]`, p, errors));
      } catch (err) {
        errors.push(err instanceof PiiScanError ? err.message : `${where}: ${(err as Error).message}`);
      }
    } else {
      const id = typeof spec === 'string' ? spec : spec.id;
      if (!knownIds.has(id) && presetRecognizerIds(id) === undefined) {
        errors.push(`${where}${typeof spec === 'string' ? '' : '.id'}: unknown recognizer or preset (see \`pii-scan recognizers\`)`);
      }
    }
  });
  const allowList = (config.allowList ?? []).map((entry, i) => (typeof entry === 'string' ? entry : compileRegex(`allowList[${i}]`, entry, errors)));
  if (errors.length > 0) return { ok: false, errors: [...new Set(errors)] };
  const { allowList: _json, ...rest } = config;
  return { ok: true, config: { ...rest, ...(config.allowList && { allowList: allowList as (string | RegExp)[] }) } };
}
