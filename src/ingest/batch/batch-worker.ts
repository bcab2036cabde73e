import { parentPort, workerData } from 'node:worker_threads';
import { createProcessorCore, type ProcessorSettings } from './article-processor.js';
import type { BatchItem } from './batch-item.js';

/** Messages from the pool to a worker. */
export type ToWorker =
  | { type: 'prepare'; seq: number; item: BatchItem }
  | { type: 'analyze'; seq: number }
  | { type: 'drop'; seq: number }
  | { type: 'close' };

// Runs inside a worker thread: one engine per worker, built on first use.
const core = createProcessorCore(workerData as ProcessorSettings);
parentPort?.on('message', (msg: ToWorker) => {
  if (msg.type === 'prepare') {
    core.prepare(msg.seq, msg.item).then(
      (result) => parentPort?.postMessage({ seq: msg.seq, result }),
      (error: unknown) =>
        parentPort?.postMessage({
          seq: msg.seq,
          result: { ok: false, code: 'internal', message: String(error) },
        }),
    );
  } else if (msg.type === 'analyze') {
    core.analyze(msg.seq).then(
      (result) => parentPort?.postMessage({ seq: msg.seq, result }),
      (error: unknown) =>
        parentPort?.postMessage({
          seq: msg.seq,
          result: { ok: false, code: 'internal', message: (error as Error).message },
        }),
    );
  } else if (msg.type === 'close') {
    // Close the library cleanly, then let the thread end.
    void core.close().finally(() => parentPort?.close());
  } else core.drop(msg.seq);
});
