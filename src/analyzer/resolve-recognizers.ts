/**
 * Turns recognizer specs (ids, presets, references, JSON configs, objects) into the ordered list of
 * recognizers to create. Later entries replace earlier ones with the same id; `disabled` removes.
 */
import { builtinRecognizers, presetRecognizerIds } from '../../recognizers/index.js';
import { PiiScanError } from '../errors.js';
import { recognizerFromConfig } from '../recognizer/from-config.js';
import type { Recognizer, RecognizerConfig, RecognizerReference, RecognizerSpec } from '../types.js';

/** A recognizer with the options to create it with. */
export interface ResolvedRecognizer {
  readonly recognizer: Recognizer<any>;
  readonly options: unknown;
}

const builtinById = new Map(builtinRecognizers.map((r) => [r.meta.id, r]));

function isRecognizer(spec: unknown): spec is Recognizer<any> {
  return typeof spec === 'object' && spec !== null && 'meta' in spec && typeof (spec as Recognizer).create === 'function';
}

function isReference(spec: unknown): spec is RecognizerReference {
  return typeof spec === 'object' && spec !== null && typeof (spec as RecognizerReference).id === 'string' && !('entity' in spec) && !('meta' in spec);
}

function builtin(id: string, where: string): Recognizer<any> {
  const r = builtinById.get(id);
  if (!r) {
    throw new PiiScanError('PII_UNKNOWN_RECOGNIZER', `${where}: unknown recognizer or preset ${JSON.stringify(id)} (see \`pii-scan recognizers\`)`, { option: where });
  }
  return r;
}

export function resolveRecognizers(specs: readonly RecognizerSpec[]): ResolvedRecognizer[] {
  const chosen = new Map<string, ResolvedRecognizer>();
  specs.forEach((spec, i) => {
    const where = `recognizers[${i}]`;
    if (typeof spec === 'string') {
      const preset = presetRecognizerIds(spec);
      for (const id of preset ?? [spec]) chosen.set(id, { recognizer: builtin(id, where), options: undefined });
    } else if (isRecognizer(spec)) {
      chosen.set(spec.meta.id, { recognizer: spec, options: undefined });
    } else if (isReference(spec)) {
      if (spec.disabled) {
        const ids = presetRecognizerIds(spec.id) ?? [spec.id];
        for (const id of ids) chosen.delete(id);
      } else {
        chosen.set(spec.id, { recognizer: builtin(spec.id, where), options: spec.options });
      }
    } else if (typeof spec === 'object' && spec !== null && 'entity' in spec) {
      const r = recognizerFromConfig(spec as RecognizerConfig, where);
      chosen.set(r.meta.id, { recognizer: r, options: undefined });
    } else {
      throw new PiiScanError('PII_INVALID_OPTION', `Invalid option \`${where}\`: expected an id, a preset, { id, options }, a recognizer config or a recognizer`, { option: where });
    }
  });
  return [...chosen.values()];
}
