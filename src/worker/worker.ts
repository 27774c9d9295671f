/**
 * The worker-thread entry (piscina convention: the default export is a Promise of the handler).
 * Each worker creates its record engine once per options and caches it; a chunk is decoded,
 * parsed, scanned, anonymized and serialized here, never on the main thread.
 */
import { Piscina } from 'piscina';
import { PiiScanError } from '../errors.js';
import { processChunk } from '../pipeline/chunk.js';
import { createEngine } from '../pipeline/engine.js';
import type { RecordEngine } from '../pipeline/record.js';
import type { SerializedError, WorkerReply, WorkerTask } from './protocol.js';

const engines = new Map<string, Promise<RecordEngine>>();

function serialize(err: unknown): SerializedError {
  if (err instanceof PiiScanError) {
    return { code: err.code, message: err.message, ...(err.option === undefined ? {} : { option: err.option }), ...(err.field === undefined ? {} : { field: err.field }) };
  }
  throw err; // an unexpected error is a worker failure: let piscina reject the task
}

async function handle(task: WorkerTask): Promise<unknown> {
  const key = `${task.specId}/${task.fieldStyle}`;
  let engine = engines.get(key);
  if (engine === undefined) {
    engine = createEngine(task.spec, task.fieldStyle);
    engines.set(key, engine);
  }
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: processChunk(await engine, task.chunk) };
  } catch (err) {
    engines.delete(key);
    reply = { ok: false, error: serialize(err) };
  }
  if (!reply.ok || reply.result.output === undefined) return reply;
  // Hand the output buffer over instead of copying it; it must own its whole ArrayBuffer.
  const output = reply.result.output;
  const owned = output.byteOffset === 0 && output.buffer.byteLength === output.byteLength ? output : new Uint8Array(output);
  const sent: WorkerReply = { ok: true, result: { ...reply.result, output: owned } };
  return Piscina.move({ [Piscina.transferableSymbol]: [owned.buffer], [Piscina.valueSymbol]: sent } as never);
}

export default Promise.resolve(handle);
