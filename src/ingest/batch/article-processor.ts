import type { ArticleMeta } from '../../analyze/types.js';
import { createEngine, type Engine } from '../../engine/create-engine.js';
import { InputError, UnspinError } from '../../errors/index.js';
import type { Severity } from '../../finding.js';
import type { Report } from '../../report/model/report.js';
import { articleId } from '../../store/content-id.js';
import { openStore } from '../../store/open-store.js';
import type { ArticleStore } from '../../store/types.js';
import type { BatchItem } from './batch-item.js';
import { type PreparedArticle, prepareItem } from './prepare-item.js';

/** Settings a processor (in this thread or a worker) is built with; plain data, so it can cross threads. */
export interface ProcessorSettings {
  rules?: Record<string, Severity | 'off'>;
  allowPrivate?: boolean;
  forceLanguage?: boolean;
  /** Publication date for every item, to resolve relative dates. */
  date?: string;
  /** Fetch limits for URL items (time in ms, size in bytes). */
  fetch?: { timeoutMs?: number; maxBytes?: number; maxRedirects?: number };
  /**
   * Library file: when set, the processor stores each analyzed article itself (one connection per
   * worker; SQLite in WAL mode serializes the commits), so the writes run in parallel with the
   * analysis instead of queueing on the main thread.
   */
  dbPath?: string;
  /** Metadata applied over every item's own before storing (e.g. --outlet). */
  meta?: Partial<ArticleMeta>;
}

export type Prepared = { ok: true; id: string } | { ok: false; code: string; message: string };

export type Analyzed =
  | { ok: true; text: string; meta: Partial<ArticleMeta>; report: Report }
  | { ok: true; stored: { id: string; created: boolean; analyzed: boolean; language: string | null } }
  | { ok: false; code: string; message: string };

/** The two steps of ingesting one item: read and hash (cheap), then analyze (costly, skipped for known ids). */
export interface ArticleProcessor {
  prepare(seq: number, item: BatchItem): Promise<Prepared>;
  /** Analyzes a prepared item; stores it too when the processor was given a library file. */
  analyze(seq: number): Promise<Analyzed>;
  drop(seq: number): void;
  close(): Promise<void>;
}

/** Turns anything thrown while reading an item into a reason code and a one-line message. */
export function describeFailure(error: unknown, location: string): { code: string; message: string } {
  if (error instanceof UnspinError) {
    const message = error.message.startsWith(location) ? error.message : `${location}: ${error.message}`;
    return { code: error.code, message };
  }
  return { code: 'internal', message: `${location}: ${(error as Error)?.message ?? String(error)}` };
}

/** The processing itself, shared by the in-thread processor and the worker. */
export function createProcessorCore(settings: ProcessorSettings) {
  let engine: Engine | null = null;
  let store: ArticleStore | null = null;
  const held = new Map<number, { prepared: PreparedArticle; location: string }>();
  return {
    async prepare(seq: number, item: BatchItem): Promise<Prepared> {
      try {
        const prepared = await prepareItem(item, {
          ...(settings.allowPrivate !== undefined ? { allowPrivate: settings.allowPrivate } : {}),
          ...(settings.fetch ? { fetch: settings.fetch } : {}),
        });
        if (!prepared.text.trim()) throw new InputError('empty', 'no text');
        held.set(seq, { prepared, location: item.location });
        return { ok: true, id: articleId(prepared.text) };
      } catch (error) {
        return { ok: false, ...describeFailure(error, item.location) };
      }
    },
    async analyze(seq: number): Promise<Analyzed> {
      const entry = held.get(seq);
      if (!entry) throw new Error(`item ${seq} was not prepared`);
      held.delete(seq);
      engine ??= createEngine(settings.rules ? { rules: settings.rules } : {});
      const { prepared, location } = entry;
      const meta = { ...prepared.meta, ...settings.meta };
      try {
        const report = engine.analyze(prepared.text, {
          meta,
          source: location,
          warnings: prepared.warnings,
          forceLanguage: settings.forceLanguage === true,
          ...(settings.date ? { date: settings.date } : {}),
        });
        if (!settings.dbPath) return { ok: true, text: prepared.text, meta, report };
        store ??= openStore(settings.dbPath);
        const result = await store.add({ text: prepared.text, meta, report, source: location });
        return {
          ok: true,
          stored: {
            id: result.id,
            created: result.created,
            analyzed: report.analyzed,
            language: report.article.language,
          },
        };
      } catch (error) {
        return { ok: false, ...describeFailure(error, location) };
      }
    },
    drop(seq: number): void {
      held.delete(seq);
    },
    async close(): Promise<void> {
      await store?.close();
      store = null;
    },
  };
}

/** A processor that works in the calling thread (one worker's worth of throughput). */
export function inlineProcessor(settings: ProcessorSettings): ArticleProcessor {
  const core = createProcessorCore(settings);
  return {
    prepare: (seq, item) => core.prepare(seq, item),
    analyze: (seq) => core.analyze(seq),
    drop: (seq) => core.drop(seq),
    close: () => core.close(),
  };
}
