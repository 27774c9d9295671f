/** Messages between the main thread and the chunk workers. Plain, structured-clone-safe data. */
import type { ChunkResult, ChunkTask } from '../pipeline/chunk.js';
import type { EngineSpec } from '../pipeline/engine.js';

/** One task: the engine spec (cached per `specId` in the worker) and the chunk. */
export interface WorkerTask {
  readonly specId: string;
  readonly spec: EngineSpec;
  readonly fieldStyle: 'csv' | 'json';
  readonly chunk: ChunkTask;
}

/**
 * The engine a worker creates at start (piscina `workerData`), so that loading recognizers and
 * their data (NLP, gazetteers: about half a second) overlaps the main thread's own start instead
 * of following it.
 */
export interface WorkerWarmUp {
  readonly specId: string;
  readonly spec: EngineSpec;
  readonly fieldStyle: 'csv' | 'json';
}

/** A `PiiScanError` flattened for the trip back (class instances lose their prototype and code). */
export interface SerializedError {
  readonly code: string;
  readonly message: string;
  readonly option?: string;
  readonly field?: string;
}

/** The reply: a result, or an error raised while creating the engine (bad options). */
export type WorkerReply = { readonly ok: true; readonly result: ChunkResult } | { readonly ok: false; readonly error: SerializedError };
