/**
 * The worker-thread entry (piscina convention: the default export is a Promise of the handler).
 * Each worker creates its record engine once per options and caches it; a chunk is decoded,
 * parsed, scanned, anonymized and serialized here, never on the main thread.
 */
import { Piscina, workerData } from 'piscina';
import { PiiScanError } from '../errors.js';
import { processChunk } from '../pipeline/chunk.js';
import { createEngine } from '../pipeline/engine.js';
import type { RecordEngine } from '../pipeline/record.js';
import type { SerializedError, WorkerReply, WorkerTask, WorkerWarmUp } from './protocol.js';

const engines = new Map<string, Promise<RecordEngine>>();

function engineKey(specId: string, fieldStyle: WorkerTask['fieldStyle']): string {
  return `${specId}/${fieldStyle}`;
}

function engineFor(specId: string, spec: WorkerTask['spec'], fieldStyle: WorkerTask['fieldStyle']): Promise<RecordEngine> {
  const key = engineKey(specId, fieldStyle);
  let engine = engines.get(key);
  if (engine === undefined) {
    engine = createEngine(spec, fieldStyle);
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

async function handle(task: WorkerTask): Promise<unknown> {
  const engine = engineFor(task.specId, task.spec, task.fieldStyle);
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: processChunk(await engine, task.chunk) };
  } catch (err) {
    engines.delete(engineKey(task.specId, task.fieldStyle));
    reply = { ok: false, error: serialize(err) };
  }
  if (!reply.ok || reply.result.output === undefined) return reply;
  // Hand the output buffer over instead of copying it; it must own its whole ArrayBuffer.
  const output = reply.result.output;
  const owned = output.byteOffset === 0 && output.buffer.byteLength === output.byteLength ? output : new Uint8Array(output);
  const sent: WorkerReply = { ok: true, result: { ...reply.result, output: owned } };
  return Piscina.move({ [Piscina.transferableSymbol]: [owned.buffer], [Piscina.valueSymbol]: sent } as never);
}

// The worker reports ready once its warm-up engine exists: between tasks piscina blocks the thread
// (Atomics.wait), so work left pending here would not move until the first chunk came. A failure
// (bad options) is the first task's to report, as it would be without the warm-up.
export default (warmUp === undefined ? Promise.resolve() : engineFor(warmUp.specId, warmUp.spec, warmUp.fieldStyle)).then(
  () => handle,
  () => handle,
);
