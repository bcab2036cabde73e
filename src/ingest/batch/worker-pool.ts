import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Analyzed, ArticleProcessor, Prepared, ProcessorSettings } from './article-processor.js';
import type { ToWorker } from './batch-worker.js';

export interface PoolOptions {
  /** Extra Node flags for the workers (e.g. a TypeScript loader when running from sources). */
  execArgv?: string[];
}

interface Slot {
  worker: Worker;
  pending: Map<number, (value: unknown) => void>;
}

/** The worker script: the compiled `.js` beside this file, else the `.ts` source (dev, tests). */
function workerUrl(): URL {
  const js = new URL('./batch-worker.js', import.meta.url);
  return existsSync(fileURLToPath(js)) ? js : new URL('./batch-worker.ts', import.meta.url);
}

/**
 * A pool of worker threads, each with its own engine. `prepare` goes to the least busy worker;
 * `analyze` and `drop` go to the worker that prepared the item (it holds the text). A worker that
 * dies fails its pending items instead of hanging the batch.
 */
export function workerPoolProcessor(
  size: number,
  settings: ProcessorSettings,
  options: PoolOptions = {},
): ArticleProcessor {
  const slots: Slot[] = [];
  const owner = new Map<number, Slot>();
  for (let i = 0; i < size; i++) {
    const worker = new Worker(workerUrl(), {
      workerData: settings,
      ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (msg: { seq: number; result: unknown }) => {
      const resolve = slot.pending.get(msg.seq);
      slot.pending.delete(msg.seq);
      resolve?.(msg.result);
    });
    const failAll = (why: string) => {
      for (const [seq, resolve] of slot.pending)
        resolve({ ok: false, code: 'worker-died', message: `item ${seq}: ${why}` });
      slot.pending.clear();
    };
    worker.on('error', (e) => failAll(`worker failed: ${e.message}`));
    worker.on('exit', (code) => failAll(`worker exited with code ${code}`));
    slots.push(slot);
  }
  const send = <T>(slot: Slot, msg: ToWorker): Promise<T> =>
    new Promise<T>((resolve) => {
      slot.pending.set(msg.seq, resolve as (v: unknown) => void);
      slot.worker.postMessage(msg);
    });
  return {
    prepare(seq, item) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      owner.set(seq, slot);
      return send<Prepared>(slot, { type: 'prepare', seq, item });
    },
    analyze(seq) {
      const slot = owner.get(seq);
      owner.delete(seq);
      if (!slot)
        return Promise.resolve({
          ok: false,
          code: 'internal',
          message: `item ${seq} has no worker`,
        } as Analyzed);
      return send<Analyzed>(slot, { type: 'analyze', seq });
    },
    drop(seq) {
      const slot = owner.get(seq);
      owner.delete(seq);
      slot?.worker.postMessage({ type: 'drop', seq } satisfies ToWorker);
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
