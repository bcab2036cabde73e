import type { ArticleMeta } from '../../analyze/types.js';
import { InputError } from '../../errors/index.js';
import type { Report } from '../../report/model/report.js';
import { articleId } from '../../store/content-id.js';
import type { ArticleProcessor } from './article-processor.js';
import { type BatchEntry, isReadError } from './batch-item.js';

/** The part of the article store a batch needs (the SQLite store satisfies it). */
export interface IngestStore {
  has(id: string): Promise<boolean>;
  add(article: {
    text: string;
    meta: Partial<ArticleMeta>;
    report: Report;
    source?: string | null;
  }): Promise<{ id: string; created: boolean }>;
}

/** What happened to one item. `stored-unanalyzed`: not English, stored and marked, not analyzed. */
export type Outcome = 'added' | 'stored-unanalyzed' | 'duplicate' | 'skipped';

export interface ItemEvent {
  location: string;
  outcome: Outcome;
  id: string | null;
  /** For `skipped`: a reason code (`bad-json`, `private-address`, `timeout`, ...) and a message. */
  reason?: string;
  message?: string;
  /** For `stored-unanalyzed`: the detected language. */
  language?: string | null;
}

export interface BatchSummary {
  total: number;
  added: number;
  storedUnanalyzed: number;
  duplicate: number;
  skipped: number;
  /** Skipped items counted by reason. */
  skippedByReason: Record<string, number>;
  elapsedMs: number;
}

export interface RunBatchOptions {
  processor: ArticleProcessor;
  /** Items in flight at once; keep a little above the worker count so no worker waits. */
  concurrency?: number;
  /** Stop at the first skipped item and throw (the items already stored stay stored). */
  strict?: boolean;
  /** Metadata applied over every item's own (e.g. --outlet). */
  meta?: Partial<ArticleMeta>;
  onItem?: (event: ItemEvent, summary: BatchSummary) => void;
  /** Called before each item is read; a stop request ends the batch after the items in flight. */
  shouldStop?: () => boolean;
}

/**
 * Ingests a stream of batch entries into the store. Work is keyed by content hash: an article
 * already stored (or already seen in this batch) is not analyzed again, so re-running a killed
 * batch resumes it, and each article is stored in its own transaction, so nothing is half-done.
 * A bad item is reported with its location and the batch goes on (unless `strict`).
 */
export async function runBatch(
  store: IngestStore,
  entries: AsyncIterable<BatchEntry>,
  options: RunBatchOptions,
): Promise<BatchSummary> {
  const started = Date.now();
  const summary: BatchSummary = {
    total: 0,
    added: 0,
    storedUnanalyzed: 0,
    duplicate: 0,
    skipped: 0,
    skippedByReason: {},
    elapsedMs: 0,
  };
  const { processor } = options;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const seen = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let fatal: InputError | null = null;
  let seq = 0;

  const record = (event: ItemEvent) => {
    summary.total++;
    if (event.outcome === 'added') summary.added++;
    else if (event.outcome === 'stored-unanalyzed') summary.storedUnanalyzed++;
    else if (event.outcome === 'duplicate') summary.duplicate++;
    else {
      summary.skipped++;
      const reason = event.reason ?? 'error';
      summary.skippedByReason[reason] = (summary.skippedByReason[reason] ?? 0) + 1;
      if (options.strict && !fatal)
        fatal = new InputError(reason, `${event.message ?? event.location} (stopped: --strict)`, {
          location: event.location,
        });
    }
    summary.elapsedMs = Date.now() - started;
    options.onItem?.(event, summary);
  };
  const skip = (location: string, reason: string, message: string, id: string | null = null) =>
    record({
      location,
      outcome: 'skipped',
      id,
      reason,
      message: message.startsWith(location) ? message : `${location}: ${message}`,
    });

  const processOne = async (n: number, entry: Exclude<BatchEntry, { reason: string }>) => {
    const { location } = entry;
    // Text already in hand: hash it here and skip known content without touching a worker.
    if (entry.payload.kind === 'text') {
      const id = articleId(entry.payload.text);
      if (seen.has(id) || (await store.has(id))) return record({ location, outcome: 'duplicate', id });
    }
    const prepared = await processor.prepare(n, entry);
    if (!prepared.ok) return skip(location, prepared.code, prepared.message);
    const id = prepared.id;
    if (seen.has(id) || (await store.has(id))) {
      processor.drop(n);
      return record({ location, outcome: 'duplicate', id });
    }
    seen.add(id);
    const analyzed = await processor.analyze(n);
    if (!analyzed.ok) return skip(location, analyzed.code, analyzed.message, id);
    if ('stored' in analyzed) {
      const { created, analyzed: english, language } = analyzed.stored;
      if (!created) return record({ location, outcome: 'duplicate', id });
      return record({ location, outcome: english ? 'added' : 'stored-unanalyzed', id, language });
    }
    const meta = { ...analyzed.meta, ...options.meta };
    const result = await store.add({ text: analyzed.text, meta, report: analyzed.report, source: location });
    if (!result.created) return record({ location, outcome: 'duplicate', id });
    if (!analyzed.report.analyzed)
      return record({
        location,
        outcome: 'stored-unanalyzed',
        id,
        language: analyzed.report.article.language,
      });
    record({ location, outcome: 'added', id });
  };

  for await (const entry of entries) {
    if (fatal || options.shouldStop?.()) break;
    if (isReadError(entry)) {
      skip(entry.location, entry.reason, entry.message);
      continue;
    }
    const task = processOne(seq++, entry).catch((error: unknown) =>
      skip(entry.location, 'internal', `${entry.location}: ${(error as Error).message}`),
    );
    const tracked: Promise<void> = task.then(() => {
      inFlight.delete(tracked);
    });
    inFlight.add(tracked);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  summary.elapsedMs = Date.now() - started;
  if (fatal) throw fatal;
  return summary;
}
