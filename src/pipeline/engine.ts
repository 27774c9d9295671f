/**
 * Turning scan options into a record engine, on any thread: `{ module }` recognizer specs are
 * resolved to absolute file URLs on the main thread and imported where the engine is created.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PiiScanError } from '../errors.js';
import type { ModuleRecognizerSpec, NormalizedScanOptions, ScanRecognizerSpec } from '../options.js';
import type { Recognizer, RecognizerSpec } from '../types.js';
import { createRecordEngine, type RecordEngine, type RecordEngineOptions } from './record.js';

/** The engine part of the options: plain, structured-clone-safe data (plus recognizer objects when inline). */
export interface EngineSpec extends Omit<RecordEngineOptions, 'recognizers'> {
  readonly recognizers: readonly ScanRecognizerSpec[];
}

/** True for a `{ module }` recognizer spec. */
export function isModuleSpec(spec: unknown): spec is ModuleRecognizerSpec {
  return typeof spec === 'object' && spec !== null && typeof (spec as ModuleRecognizerSpec).module === 'string' && !('meta' in spec);
}

/** The engine spec of normalized options, with module paths made absolute file URLs. */
export function engineSpecOf(options: NormalizedScanOptions, cwd: string): EngineSpec {
  const recognizers = options.recognizers.map((spec) => {
    if (!isModuleSpec(spec)) return spec;
    const url = /^file:/.test(spec.module) ? spec.module : pathToFileURL(isAbsolute(spec.module) ? spec.module : resolve(cwd, spec.module)).href;
    return { ...spec, module: url };
  });
  return {
    recognizers,
    entities: options.entities,
    excludeEntities: options.excludeEntities,
    scoreThreshold: options.scoreThreshold,
    language: options.language,
    allowList: options.allowList,
    context: options.context,
    defaultRegions: options.defaultRegions,
    operators: options.operators,
    key: options.key,
    fields: options.fields,
    skipFields: options.skipFields,
    fieldOperators: options.fieldOperators,
    scanNumbers: options.scanNumbers,
  } as EngineSpec;
}

/** A stable id of an engine spec (the worker's cache key). Key bytes are hashed, never kept in clear. */
export function engineSpecId(spec: EngineSpec): string {
  const json = JSON.stringify(spec, (_k, v: unknown) => {
    if (v instanceof RegExp) return { regexp: v.source, flags: v.flags };
    if (v instanceof Uint8Array) return { bytes: Buffer.from(v).toString('base64') };
    if (typeof v === 'function') return '[function]';
    return v;
  });
  return createHash('sha256').update(json).digest('hex');
}

function isRecognizer(value: unknown): value is Recognizer<any> {
  return typeof value === 'object' && value !== null && 'meta' in value && typeof (value as Recognizer).create === 'function';
}

/** Imports the `{ module }` specs; other specs pass through. */
export async function loadRecognizerSpecs(specs: readonly ScanRecognizerSpec[]): Promise<RecognizerSpec[]> {
  return Promise.all(
    specs.map(async (spec, i): Promise<RecognizerSpec> => {
      if (!isModuleSpec(spec)) return spec;
      const where = `recognizers[${i}]`;
      let mod: Record<string, unknown>;
      try {
        mod = (await import(spec.module)) as Record<string, unknown>;
      } catch (cause) {
        throw new PiiScanError('PII_INVALID_RECOGNIZER', `${where}: the module cannot be imported`, { option: where, cause });
      }
      const name = spec.export ?? 'default';
      const value = mod[name];
      if (isRecognizer(value)) {
        if (spec.options === undefined) return value;
        const options = spec.options;
        return { meta: value.meta, create: () => value.create(options) };
      }
      if (typeof value === 'object' && value !== null && typeof (value as { entity?: unknown }).entity === 'string') return value as RecognizerSpec;
      throw new PiiScanError('PII_INVALID_RECOGNIZER', `${where}: export \`${name}\` is not a recognizer or a recognizer config`, { option: where });
    }),
  );
}

/** Creates the record engine of a spec (imports modules first). */
export async function createEngine(spec: EngineSpec, fieldStyle: 'csv' | 'json'): Promise<RecordEngine> {
  const recognizers = await loadRecognizerSpecs(spec.recognizers);
  return createRecordEngine({ ...spec, recognizers }, fieldStyle);
}
