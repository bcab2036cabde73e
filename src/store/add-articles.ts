import type { ArticleMeta } from '../analyze/types.js';
import type { Engine } from '../engine/create-engine.js';
import { UnspinError } from '../errors/index.js';
import { type LoadedArticle, loadArticle } from '../ingest/load-article.js';
import type { Report } from '../report/model/report.js';
import { articleId } from './content-id.js';
import type { ArticleStore } from './types.js';

/** `unanalyzed`: stored and marked (`report.analyzed` false, `language` set) because it is not English. */
export type AddStatus = 'added' | 'unanalyzed' | 'exists' | 'failed';

export interface AddItemResult {
  source: string;
  status: AddStatus;
  /** Set unless the item failed before its text was read. */
  id: string | null;
  /** For `failed`: why, in one line. */
  error: string | null;
  /** For `added` and `unanalyzed`: the stored report. */
  report: Report | null;
  /** For `unanalyzed`: the detected language (ISO 639-1 or -3 code). */
  language?: string | null;
}

export interface AddOptions {
  /** Metadata applied over what the input carries (flags such as --outlet). */
  meta?: Partial<ArticleMeta>;
  /** Publication date (YYYY-MM-DD) used to resolve relative dates. */
  date?: string;
  forceLanguage?: boolean;
}

/**
 * Analyzes and stores one loaded article. Already-stored content is detected by id before analysis, so a
 * rerun after a crash skips finished work. An article not in English (unless forceLanguage) is stored with
 * its unanalyzed report and comes back as `unanalyzed`. Only user-facing errors (UnspinError) become `failed`; anything
 * else is a bug and propagates.
 */
export async function addLoadedArticle(
  store: ArticleStore,
  engine: Engine,
  article: LoadedArticle,
  options: AddOptions = {},
): Promise<AddItemResult> {
  const source = article.source;
  const id = articleId(article.text);
  try {
    if (await store.has(id)) return { source, status: 'exists', id, error: null, report: null };
    const meta = { ...article.meta, ...options.meta };
    const report = engine.analyze(article.text, {
      meta,
      source,
      warnings: article.warnings,
      forceLanguage: options.forceLanguage === true,
      ...(options.date ? { date: options.date } : {}),
    });
    // Not English: stored and marked (report.analyzed false, language set), as the batch path does.
    const result = await store.add({ text: article.text, meta, report, source });
    if (!result.created) return { source, status: 'exists', id, error: null, report };
    if (!report.analyzed)
      return { source, status: 'unanalyzed', id, error: null, report, language: report.article.language };
    return { source, status: 'added', id, error: null, report };
  } catch (error) {
    if (error instanceof UnspinError)
      return { source, status: 'failed', id, error: error.message, report: null };
    throw error;
  }
}

export interface AddManyOptions extends AddOptions {
  /** How to read one source; default `loadArticle`. */
  load?: (source: string) => Promise<LoadedArticle>;
  /** Called after each item, in order. */
  onResult?: (result: AddItemResult, index: number) => void;
}

export interface AddSummary {
  added: number;
  /** Stored without analysis: not English. */
  unanalyzed: number;
  exists: number;
  failed: number;
}

/** Adds sources one by one (each in its own transaction): idempotent, so an interrupted run can be rerun. */
export async function addArticles(
  store: ArticleStore,
  engine: Engine,
  sources: Iterable<string> | AsyncIterable<string>,
  options: AddManyOptions = {},
): Promise<AddSummary> {
  const load = options.load ?? ((source: string) => loadArticle(source));
  const summary: AddSummary = { added: 0, unanalyzed: 0, exists: 0, failed: 0 };
  let index = 0;
  for await (const source of sources) {
    let result: AddItemResult;
    try {
      result = await addLoadedArticle(store, engine, await load(source), options);
    } catch (error) {
      if (!(error instanceof UnspinError)) throw error;
      result = { source, status: 'failed', id: null, error: error.message, report: null };
    }
    summary[result.status]++;
    options.onResult?.(result, index++);
  }
  return summary;
}
