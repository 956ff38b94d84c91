import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  type PutValidationRequest,
  type PutValidationResult,
  validatePutBucketInventoryConfiguration,
} from "@s3-inventory/model";

/**
 * Put bodies up to this size are validated on the event loop (a usual configuration is a few KB and
 * takes microseconds; a worker round trip would cost more). Larger ones go to a worker thread, so a
 * client sending 1 MiB bodies never stalls the other connections.
 *
 * @internal
 */
export const INLINE_PUT_VALIDATION_MAX_BYTES = 64 * 1024;

/**
 * Validates Put requests off the event loop: the model's own `validatePutBucketInventoryConfiguration`,
 * run in a few worker threads for bodies over {@link INLINE_PUT_VALIDATION_MAX_BYTES}, so every verdict
 * is the one the engine would give inline.
 *
 * @internal
 */
export interface PutValidationPool {
  validate(request: PutValidationRequest): PutValidationResult | Promise<PutValidationResult>;
  /** Stops the workers; a validation still in flight is finished inline. */
  close(): Promise<void>;
}

// The worker is evaluated from source, so it runs the same way from dist/ and from the TypeScript
// sources under test; it imports the model by the URL this module resolves.
// On Linux a nice value belongs to a thread: the worker lowers its own (pid 0 is the calling thread),
// so the event loop serving small requests wins the CPU over a long validation.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
try { require("node:os").setPriority(0, 10); } catch {}
const model = import(workerData.modelUrl);
parentPort.on("message", async ({ id, request }) => {
  const { validatePutBucketInventoryConfiguration } = await model;
  parentPort.postMessage({ id, verdict: validatePutBucketInventoryConfiguration(request) });
});
`;

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { request: PutValidationRequest; resolve(verdict: PutValidationResult): void }>;
  idle: NodeJS.Timeout | undefined;
}

// A worker idle this long is stopped, so the memory of a burst of large bodies is given back.
const IDLE_WORKER_MS = 1000;
// A worker holds one body and its tree at a time: a small heap keeps its footprint small. Over it, the
// worker fails and its requests are validated inline.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/**
 * A pool of `size` workers (default: one per core but one, at most 2, at least 1), started on the
 * first large body. A worker that fails hands its requests back to the event loop and is replaced
 * on the next large body.
 *
 * @internal
 */
export function createPutValidationPool(
  options: {
    size?: number;
    /** The worker's code (a seam for tests of a failing worker); default the model's validation. */
    workerSource?: string;
  } = {},
): PutValidationPool {
  const size = options.size ?? Math.max(1, Math.min(2, availableParallelism() - 1));
  const workers: PoolWorker[] = [];
  let nextId = 0;
  let closed = false;
  let modelUrl: string | undefined;

  const start = (): PoolWorker => {
    modelUrl ??= pathToFileURL(createRequire(import.meta.url).resolve("@s3-inventory/model")).href;
    const entry: PoolWorker = {
      worker: new Worker(options.workerSource ?? WORKER_SOURCE, {
        eval: true,
        workerData: { modelUrl },
        resourceLimits: WORKER_LIMITS,
      }),
      pending: new Map(),
      idle: undefined,
    };
    entry.worker.unref();
    const retire = (): void => {
      const index = workers.indexOf(entry);
      if (index !== -1) workers.splice(index, 1);
    };
    entry.worker.on("message", ({ id, verdict }: { id: number; verdict: PutValidationResult }) => {
      const waiting = entry.pending.get(id);
      entry.pending.delete(id);
      waiting?.resolve(verdict);
      if (entry.pending.size === 0) {
        entry.idle = setTimeout(() => {
          retire();
          void entry.worker.terminate();
        }, IDLE_WORKER_MS).unref();
      }
    });
    const fail = (): void => {
      clearTimeout(entry.idle);
      retire();
      for (const waiting of entry.pending.values())
        waiting.resolve(validatePutBucketInventoryConfiguration(waiting.request));
      entry.pending.clear();
    };
    entry.worker.on("error", fail);
    entry.worker.on("exit", fail);
    workers.push(entry);
    return entry;
  };
  // The least busy worker, or a new one while the pool is not full.
  const pick = (): PoolWorker => {
    let best = workers[0];
    for (const entry of workers) if (best && entry.pending.size < best.pending.size) best = entry;
    if (best === undefined || (best.pending.size > 0 && workers.length < size)) return start();
    return best;
  };

  return {
    validate(request) {
      const bytes = request.body?.length ?? 0;
      if (closed || bytes <= INLINE_PUT_VALIDATION_MAX_BYTES) {
        return validatePutBucketInventoryConfiguration(request);
      }
      const entry = pick();
      clearTimeout(entry.idle);
      const id = nextId++;
      // An exact copy, moved to the worker: a clone would copy the whole buffer a view sits on.
      const body = typeof request.body === "string" ? request.body : new Uint8Array(request.body ?? []);
      const transfer = typeof body === "string" ? [] : [body.buffer];
      return new Promise((resolve) => {
        entry.pending.set(id, { request, resolve });
        entry.worker.postMessage({ id, request: { ...request, body } }, transfer);
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}
