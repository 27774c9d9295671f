/**
 * The chunk worker pool (piscina): picks the worker entry (`.ts` under tsx / vitest, its bundle
 * when built), applies a per-task timeout, and turns aborts and crashes into
 * `PII_TASK_TIMEOUT`, `PII_ABORTED` and `PII_WORKER_FAILED`.
 */
import { Piscina } from 'piscina';
import { bundledEntry } from '../bundled-entry.js';
import { PiiScanError, type PiiScanErrorCode } from '../errors.js';
import type { CheckReply, EngineRef, InferenceReply, InferenceTask, WorkerReply, WorkerTask, WorkerWarmUp } from './protocol.js';

/** Options of `createChunkPool`. */
export interface ChunkPoolOptions {
  readonly workers: number;
  /** Milliseconds a task may run. */
  readonly taskTimeout: number;
  /** Node flags of the workers. @default ['--import', 'tsx'] for TypeScript sources, else inherited */
  readonly execArgv?: readonly string[] | undefined;
  /** Largest chunk a worker gets: the chunk size plus one record (sizes the worker heap limit). @default 66 MiB */
  readonly maxChunkBytes?: number | undefined;
  /** The engine each worker creates as soon as it starts, before its first chunk arrives. */
  readonly warmUp?: WorkerWarmUp | undefined;
}

const MIB = 1024 * 1024;

/**
 * The old-generation limit of each worker, in MiB. V8 lets a heap grow to up to 4 x its live size
 * between full collections when the limit is large (the default, from system memory), but only
 * about 1.5 x under a limit near 800 MB (V8 `MemoryController::MaxGrowingFactor`): measured on a
 * 100 MB JSONL anonymize with 2 workers, peak RSS fell from 348 to 273 MB at the same speed. The
 * limit stays far above what a chunk needs: 256 MiB of engine plus 8 x the largest chunk (its
 * text, the parse of its longest record, the output), so the default 64 MiB maxRecordBytes gets
 * 784 MiB; a larger maxRecordBytes raises it.
 */
export function workerHeapLimitMb(maxChunkBytes = 66 * MIB): number {
  return Math.max(768, 256 + 8 * Math.ceil(maxChunkBytes / MIB));
}

/** A running pool; always `close()` it in a `finally`. */
export interface ChunkPool {
  run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerReply>;
  inferColumns(task: InferenceTask, signal?: AbortSignal): Promise<InferenceReply>;
  /** Has a worker create the engine (or find it created by its warm-up): bad options fail here. */
  checkEngine(ref: EngineRef, signal?: AbortSignal): Promise<CheckReply>;
  close(): Promise<void>;
  /** Stops every worker at once, dropping running tasks (after a failure). */
  destroy(): Promise<void>;
}

const fromSource = import.meta.url.endsWith('.ts');

/**
 * URL of the worker entry: from the build, its bundle (bin/bundle.js), which starts a thread in
 * under half the time of its ~230 modules (see bundled-entry.ts); from source, the module. Found
 * as `../worker/` so that the CLI's bundle, in dist/src/cli/, finds it too.
 */
export const WORKER_URL = workerUrl();

function workerUrl(): URL {
  if (fromSource) return new URL('../worker/worker.ts', import.meta.url);
  return bundledEntry(new URL('../worker/worker.js', import.meta.url), new URL('../worker/worker.bundle.js', import.meta.url));
}

/**
 * Starts a pool of `workers` threads.
 *
 * @example
 * const pool = createChunkPool({ workers: 2, taskTimeout: 60_000 });
 * try { await pool.run(task); } finally { await pool.close(); }
 */
export function createChunkPool(options: ChunkPoolOptions): ChunkPool {
  const heapLimitMb = workerHeapLimitMb(options.maxChunkBytes);
  const execArgv = options.execArgv ? [...options.execArgv] : fromSource ? ['--import', 'tsx'] : undefined;
  const pool = new Piscina<EngineRef, WorkerReply | InferenceReply | CheckReply>({
    filename: WORKER_URL.href,
    minThreads: options.workers,
    maxThreads: options.workers,
    // The pipeline bounds tasks in flight itself (2 x workers); this is a safety net.
    maxQueue: 'auto',
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
    ...(options.warmUp ? { workerData: { warmUp: options.warmUp } } : {}),
    ...(execArgv ? { execArgv } : {}),
  });
  // An idle worker crash has no task to reject; the next run() reports it.
  pool.on('error', () => undefined);
  // One task on a worker, its failures turned into coded errors. The task's bytes are handed over, not copied.
  const runTask = async (task: EngineRef, bytes: Uint8Array | undefined, signal: AbortSignal | undefined): Promise<unknown> => {
    const timeout = AbortSignal.timeout(options.taskTimeout);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      return await pool.run(task, { signal: combined, ...(bytes ? { transferList: [bytes.buffer as ArrayBuffer] } : {}) });
    } catch (err) {
      let code: PiiScanErrorCode = 'PII_WORKER_FAILED';
      let message = 'A worker thread failed';
      if ((err as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        message = `A worker thread ran out of memory (heap limit ${heapLimitMb} MiB, set from chunkSize + maxRecordBytes)`;
      } else if (timeout.aborted) {
        code = 'PII_TASK_TIMEOUT';
        const what = 'chunk' in task ? 'chunk' : 'sample' in task ? 'column inference' : 'engine creation';
        message = `A ${what} took longer than taskTimeout (${options.taskTimeout} ms); its worker was stopped`;
      } else if (signal?.aborted) {
        code = 'PII_ABORTED';
        message = 'The run was aborted';
      }
      throw new PiiScanError(code, message, { cause: err });
    }
  };
  return {
    run: async (task, signal) => (await runTask(task, task.chunk.bytes, signal)) as WorkerReply,
    inferColumns: async (task, signal) => (await runTask(task, task.sample.bytes, signal)) as InferenceReply,
    checkEngine: async (ref, signal) => (await runTask({ specId: ref.specId, spec: ref.spec, fieldStyle: ref.fieldStyle }, undefined, signal)) as CheckReply,
    close: () => pool.close(),
    destroy: () => pool.destroy(),
  };
}
