import type { Engine } from '../engine/create-engine.js';
import { UnspinError } from '../errors/index.js';
import { engineStamp } from './engine-stamp.js';
import type { ArticleStore, EngineStamp } from './types.js';

export interface ReanalyzeResult {
  id: string;
  status: 'updated' | 'failed';
  error: string | null;
}

export interface ReanalyzeSummary {
  stamp: EngineStamp;
  considered: number;
  updated: number;
  failed: number;
}

/**
 * Re-analyzes stored articles whose report came from another engine or model version (or all of them),
 * replacing each report in its own transaction. The new report records the versions that made it.
 */
export async function reanalyzeArticles(
  store: ArticleStore,
  engine: Engine,
  options: { all?: boolean; onResult?: (result: ReanalyzeResult, index: number, total: number) => void } = {},
): Promise<ReanalyzeSummary> {
  const stamp = engineStamp(engine);
  let ids: string[];
  if (options.all) {
    ids = [];
    for await (const article of store.all()) ids.push(article.id);
  } else {
    ids = await store.staleIds(stamp);
  }
  const summary: ReanalyzeSummary = { stamp, considered: ids.length, updated: 0, failed: 0 };
  for (const [index, id] of ids.entries()) {
    const article = await store.get(id);
    if (!article) continue; // deleted meanwhile
    let result: ReanalyzeResult;
    try {
      const report = engine.analyze(article.text, {
        meta: {
          title: article.title,
          outlet: article.outlet,
          byline: article.byline,
          url: article.url,
          published: article.published,
        },
        source: id,
        // Analyzed despite its language: it was forced then. Stored unanalyzed (not English): it stays so.
        forceLanguage: article.report.analyzed && article.language !== 'en',
      });
      if (!report.analyzed && article.report.analyzed)
        throw new UnspinError('not-analyzed', report.warnings.at(-1) ?? 'not analyzed');
      await store.replaceReport(id, report);
      result = { id, status: 'updated', error: null };
    } catch (error) {
      if (!(error instanceof UnspinError)) throw error;
      result = { id, status: 'failed', error: error.message };
    }
    summary[result.status]++;
    options.onResult?.(result, index, ids.length);
  }
  return summary;
}
