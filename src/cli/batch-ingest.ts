import { availableParallelism } from 'node:os';
import type { ArticleMeta } from '../analyze/types.js';
import { UsageError } from '../errors/index.js';
import type { Severity } from '../finding.js';
import {
  type ArticleProcessor,
  inlineProcessor,
  type ProcessorSettings,
} from '../ingest/batch/article-processor.js';
import { createBatchProgress } from '../ingest/batch/batch-progress.js';
import { estimateTotal } from '../ingest/batch/estimate-total.js';
import { expandBatchInputs } from '../ingest/batch/expand-batch-inputs.js';
import { type BatchSummary, type IngestStore, type ItemEvent, runBatch } from '../ingest/batch/run-batch.js';
import { workerPoolProcessor } from '../ingest/batch/worker-pool.js';
import { fileFeedState } from '../ingest/feeds/feed-state.js';
import { ingestFeeds } from '../ingest/feeds/ingest-feeds.js';
import { fileHttpCache } from '../ingest/fetch/http-cache.js';
import { sanitizeForTerminal } from '../report/ansi.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';

/** Options `add` takes for batches, feeds and URLs (parseArgs shape). */
export const BATCH_OPTIONS = {
  feed: { type: 'string', multiple: true },
  workers: { type: 'string' },
  strict: { type: 'boolean', default: false },
  'allow-private': { type: 'boolean', default: false },
  'stdin-format': { type: 'string' },
} as const;

export const BATCH_USAGE = `      --feed <url|file>    ingest the new items of an RSS, Atom or JSON feed (repeatable)
      --workers <n>        worker threads (default: number of cores; 0 = this thread)
      --strict             stop at the first bad item (exit 2)
      --allow-private      allow URLs on loopback, private or link-local addresses
      --stdin-format <article|jsonl|csv>
                           what "-" carries (default: one article)

Batches: .jsonl/.ndjson (one JSON object per line with "text" or "html" and optional title, url,
published, outlet, byline), .csv (header with a text or html column), .warc/.warc.gz, globs
("pages/**/*.html"), directories and URLs. Work is keyed by content hash: re-running a killed
batch skips what is stored. Bad items are reported with their location and the batch goes on.`;

export interface BatchFlags {
  feed?: string[];
  workers?: string;
  strict?: boolean;
  'allow-private'?: boolean;
  'stdin-format'?: string;
}

/** Whether `add` needs the batch path: feeds, URLs, record files, globs or batch flags. */
export function wantsBatch(positionals: readonly string[], flags: BatchFlags): boolean {
  if (flags.feed?.length || flags.workers !== undefined || flags.strict || flags['stdin-format']) return true;
  return positionals.some(
    (p) => /^https?:\/\//i.test(p) || /\.(?:jsonl|ndjson|csv|warc|warc\.gz)$/i.test(p) || /[*?{]/.test(p),
  );
}

export interface BatchRun {
  store: IngestStore & { count(): Promise<number> };
  /** Library path, for the feed state and HTTP cache files beside it; null for in-memory. */
  dbPath: string | null;
  rules?: Record<string, Severity | 'off'>;
  meta: Partial<ArticleMeta>;
  date?: string;
  forceLanguage: boolean;
}

function parseWorkers(value: string | undefined): number {
  if (value === undefined) return Math.min(8, Math.max(1, availableParallelism()));
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new UsageError('bad-workers', `--workers must be 0 to 64; got "${value}"`);
  return n;
}

function summaryLine(s: BatchSummary, workers: number, held: number): string {
  const reasons = Object.entries(s.skippedByReason)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const secs = s.elapsedMs / 1000;
  const rate =
    secs > 0
      ? ` (${(s.total / secs).toFixed(1)}/s, ${workers || 'no'} worker${workers === 1 ? '' : 's'})`
      : '';
  return (
    `${s.total} item${s.total === 1 ? '' : 's'} in ${secs.toFixed(1)} s${rate}: ${s.added} added, ` +
    `${s.storedUnanalyzed} stored without analysis (not English), ${s.duplicate} duplicate, ` +
    `${s.skipped} skipped${reasons ? ` (${reasons})` : ''}; the library holds ${held} article${held === 1 ? '' : 's'}\n`
  );
}

/** `unspin add` for batches, URLs and feeds: worker pool, progress, resume, per-item errors. */
export async function runBatchAdd(
  positionals: string[],
  flags: BatchFlags,
  io: CliIo,
  run: BatchRun,
): Promise<number> {
  const stdinFormat = flags['stdin-format'] ?? 'article';
  if (!['article', 'jsonl', 'csv'].includes(stdinFormat))
    throw new UsageError(
      'bad-stdin-format',
      `--stdin-format must be article, jsonl or csv; got "${stdinFormat}"`,
    );
  if (!positionals.length && !flags.feed?.length)
    throw new UsageError(
      'no-input',
      'no input given: name files, directories, URLs, "-" or --feed <url|file>',
    );
  const total = flags.feed?.length ? null : await estimateTotal(positionals, io.cwd);
  let workers = parseWorkers(flags.workers);
  if (total !== null && total <= 2) workers = 0;
  const settings: ProcessorSettings = {
    allowPrivate: flags['allow-private'] === true,
    forceLanguage: run.forceLanguage,
    ...(run.rules ? { rules: run.rules } : {}),
    ...(run.date ? { date: run.date } : {}),
    meta: run.meta,
    // Workers store what they analyze (one SQLite connection each), so writes do not queue on this thread.
    ...(workers > 0 && run.dbPath ? { dbPath: run.dbPath } : {}),
  };
  const processor: ArticleProcessor =
    workers > 0 ? workerPoolProcessor(workers, settings) : inlineProcessor(settings);
  const stdin = async function* () {
    yield Buffer.from(await io.readStdin()).toString('utf8');
  };
  const progress = createBatchProgress({ isTTY: io.isTTY, write: io.stderr }, total);
  const onItem = (event: ItemEvent, summary: BatchSummary) => {
    const where = sanitizeForTerminal(event.location);
    if (event.outcome === 'skipped')
      io.stderr(`${io.isTTY ? '\r\x1b[K' : ''}unspin add: ${sanitizeForTerminal(event.message ?? where)}\n`);
    else if (event.outcome === 'stored-unanalyzed')
      io.stderr(
        `${io.isTTY ? '\r\x1b[K' : ''}unspin add: ${where}: stored but not analyzed: it reads as language "${sanitizeForTerminal(event.language ?? '?')}", and unspin analyzes English only\n`,
      );
    progress.update(summary);
  };
  const common = {
    processor,
    concurrency: Math.max(2, workers * 2),
    strict: flags.strict === true,
    meta: run.meta,
    onItem,
  };
  let summary: BatchSummary;
  try {
    if (flags.feed?.length) {
      summary = await ingestFeeds(run.store, flags.feed, {
        ...common,
        state: fileFeedState(run.dbPath ? `${run.dbPath}.feeds.json` : null),
        fetch: {
          allowPrivate: settings.allowPrivate === true,
          ...(run.dbPath ? { cache: fileHttpCache(`${run.dbPath}.http-cache.json`) } : {}),
        },
      });
      if (positionals.length) {
        const more = await runBatch(
          run.store,
          expandBatchInputs(positionals, { cwd: io.cwd, stdin }),
          common,
        );
        summary = mergeSummaries(summary, more);
      }
    } else {
      const entries = expandBatchInputs(positionals, {
        cwd: io.cwd,
        stdin,
        stdinFormat: stdinFormat as 'article' | 'jsonl' | 'csv',
      });
      summary = await runBatch(run.store, entries, common);
    }
  } finally {
    progress.done();
    await processor.close();
  }
  io.stdout(summaryLine(summary, workers, await run.store.count()));
  return summary.skipped ? EXIT.input : EXIT.ok;
}

function mergeSummaries(a: BatchSummary, b: BatchSummary): BatchSummary {
  const skippedByReason = { ...a.skippedByReason };
  for (const [k, v] of Object.entries(b.skippedByReason)) skippedByReason[k] = (skippedByReason[k] ?? 0) + v;
  return {
    total: a.total + b.total,
    added: a.added + b.added,
    storedUnanalyzed: a.storedUnanalyzed + b.storedUnanalyzed,
    duplicate: a.duplicate + b.duplicate,
    skipped: a.skipped + b.skipped,
    skippedByReason,
    elapsedMs: a.elapsedMs + b.elapsedMs,
  };
}
