/**
 * The worker-thread entry (piscina convention: the default export is a Promise of the handler).
 * Each worker creates its record engine once per options and caches it; a chunk is decoded,
 * parsed, scanned, anonymized and serialized here, never on the main thread.
 */
import { Piscina, workerData } from 'piscina';
import { PiiScanError } from '../errors.js';
import { processChunk, type ChunkResult } from '../pipeline/chunk.js';
import { inferSampleColumns } from '../pipeline/column-inference.js';
import { createEngine } from '../pipeline/engine.js';
import type { RecordEngine } from '../pipeline/record.js';
import type { CheckReply, EngineRef, InferenceReply, InferenceTask, SerializedError, WorkerReply, WorkerTask, WorkerWarmUp } from './protocol.js';

const engines = new Map<string, Promise<RecordEngine>>();

function engineKey({ specId, fieldStyle }: EngineRef): string {
  return `${specId}/${fieldStyle}`;
}

function engineFor(ref: EngineRef): Promise<RecordEngine> {
  const key = engineKey(ref);
  let engine = engines.get(key);
  if (engine === undefined) {
    engine = createEngine(ref.spec, ref.fieldStyle);
    engines.set(key, engine);
  }
  return engine;
}

// piscina hands the pool's `workerData` over as its own export.
const warmUp = (workerData as { warmUp?: WorkerWarmUp } | undefined)?.warmUp;

function serialize(err: unknown): SerializedError {
  if (err instanceof PiiScanError) {
    return { code: err.code, message: err.message, ...(err.option === undefined ? {} : { option: err.option }), ...(err.field === undefined ? {} : { field: err.field }) };
  }
  throw err; // an unexpected error is a worker failure: let piscina reject the task
}

async function handle(task: EngineRef | WorkerTask | InferenceTask): Promise<unknown> {
  let result: ChunkResult;
  try {
    const engine = await engineFor(task);
    if ('sample' in task) return { ok: true, result: inferSampleColumns(engine, task.sample) } satisfies InferenceReply;
    if (!('chunk' in task)) return { ok: true, result: true } satisfies CheckReply;
    result = processChunk(engine, task.chunk);
  } catch (err) {
    engines.delete(engineKey(task));
    return { ok: false, error: serialize(err) } satisfies WorkerReply;
  }
  const output = result.output;
  if (output === undefined) return { ok: true, result } satisfies WorkerReply;
  // Hand the output buffer over instead of copying it; it must own its whole ArrayBuffer.
  const owned = output.byteOffset === 0 && output.buffer.byteLength === output.byteLength ? output : new Uint8Array(output);
  const sent: WorkerReply = { ok: true, result: { ...result, output: owned } };
  return Piscina.move({ [Piscina.transferableSymbol]: [owned.buffer], [Piscina.valueSymbol]: sent } as never);
}

// The worker reports ready once its warm-up engine exists: between tasks piscina blocks the thread
// (Atomics.wait), so work left pending here would not move until the first chunk came. A failure
// (bad options) is the first task's to report, as it would be without the warm-up.
export default (warmUp === undefined ? Promise.resolve() : engineFor(warmUp)).then(
  () => handle,
  () => handle,
);
