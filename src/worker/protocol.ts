/** Messages between the main thread and the chunk workers. Plain, structured-clone-safe data. */
import type { ChunkResult, ChunkTask } from '../pipeline/chunk.js';
import type { ColumnSample, ColumnType } from '../pipeline/column-inference.js';
import type { EngineSpec } from '../pipeline/engine.js';

/** The engine a task runs on (cached per `specId` and field style in the worker). */
export interface EngineRef {
  readonly specId: string;
  readonly spec: EngineSpec;
  readonly fieldStyle: 'csv' | 'json';
}

/** One chunk to process. */
export interface WorkerTask extends EngineRef {
  readonly chunk: ChunkTask;
}

/**
 * An input's first records, whose column types to infer. A worker does it rather than the main
 * thread: the analyzer's first calls (compromise's first parses above all) are slow on a fresh
 * thread, and a worker has to pay them anyway before its first chunk.
 */
export interface InferenceTask extends EngineRef {
  readonly sample: ColumnSample;
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

/** What a worker sends back: the task's result, or an error raised while creating the engine (bad options). */
export type Reply<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: SerializedError };

/** The reply to an engine check (an `EngineRef` alone): the engine could be created. */
export type CheckReply = Reply<true>;

/** The reply to a chunk. */
export type WorkerReply = Reply<ChunkResult>;

/** The reply to an inference task. */
export type InferenceReply = Reply<ColumnType[]>;
