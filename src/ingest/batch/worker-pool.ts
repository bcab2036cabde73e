import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Analyzed, ArticleProcessor, Prepared, ProcessorSettings } from './article-processor.js';
import type { ToWorker } from './batch-worker.js';

export interface PoolOptions {
  /** Node flags for the workers (default: none, or a TypeScript loader when running from sources). */
  execArgv?: string[];
}

interface Slot {
  worker: Worker;
  pending: Map<number, (value: unknown) => void>;
  /** Why the worker stopped, once it has. */
  dead: string | null;
}

/**
 * The worker script: the compiled `.js` beside this file; when running from the TypeScript sources
 * (tsx, tests), the `.ts` source with the repository's type-stripping loader hooks.
 */
function workerScript(): { url: URL; execArgv?: string[] } {
  const js = new URL('./batch-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js };
  const hooks = new URL('../../store/test-support/ts-register.mjs', import.meta.url);
  return { url: new URL('./batch-worker.ts', import.meta.url), execArgv: ['--import', hooks.href] };
}

/**
 * A pool of worker threads, each with its own engine. `prepare` goes to the least busy worker;
 * `analyze` and `drop` go to the worker that prepared the item (it holds the text). A worker that
 * dies fails its pending and later items instead of hanging the batch.
 */
export function workerPoolProcessor(
  size: number,
  settings: ProcessorSettings,
  options: PoolOptions = {},
): ArticleProcessor {
  const slots: Slot[] = [];
  const owner = new Map<number, Slot>();
  const script = workerScript();
  const execArgv = options.execArgv ?? script.execArgv;
  for (let i = 0; i < size; i++) {
    const worker = new Worker(script.url, { workerData: settings, ...(execArgv ? { execArgv } : {}) });
    const slot: Slot = { worker, pending: new Map(), dead: null };
    worker.on('message', (msg: { seq: number; result: unknown }) => {
      const resolve = slot.pending.get(msg.seq);
      slot.pending.delete(msg.seq);
      resolve?.(msg.result);
    });
    const failAll = (why: string) => {
      slot.dead ??= why;
      for (const resolve of slot.pending.values()) resolve({ ok: false, code: 'worker-died', message: why });
      slot.pending.clear();
    };
    worker.on('error', (e) => failAll(`worker failed: ${e.message}`));
    worker.on('exit', (code) => failAll(`worker exited with code ${code}`));
    slots.push(slot);
  }
  const send = <T>(slot: Slot | undefined, msg: Exclude<ToWorker, { type: 'close' }>): Promise<T> =>
    new Promise<T>((resolve) => {
      if (!slot || slot.dead) {
        resolve({ ok: false, code: 'worker-died', message: slot?.dead ?? 'no worker is running' } as T);
        return;
      }
      slot.pending.set(msg.seq, resolve as (v: unknown) => void);
      slot.worker.postMessage(msg);
    });
  return {
    prepare(seq, item) {
      const live = slots.filter((s) => !s.dead);
      const slot = live.length ? live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)) : slots[0];
      if (slot) owner.set(seq, slot);
      return send<Prepared>(slot, { type: 'prepare', seq, item });
    },
    analyze(seq) {
      const slot = owner.get(seq);
      owner.delete(seq);
      return send<Analyzed>(slot, { type: 'analyze', seq });
    },
    drop(seq) {
      const slot = owner.get(seq);
      owner.delete(seq);
      if (slot && !slot.dead) slot.worker.postMessage({ type: 'drop', seq } satisfies ToWorker);
    },
    async close() {
      // Ask each worker to close its library connection and end; terminate any that do not in 10 s.
      await Promise.all(
        slots.map(
          (s) =>
            new Promise<void>((resolve) => {
              if (s.dead) return resolve();
              const timer = setTimeout(() => void s.worker.terminate().then(() => resolve()), 10_000);
              s.worker.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              s.worker.postMessage({ type: 'close' } satisfies ToWorker);
            }),
        ),
      );
    },
  };
}
