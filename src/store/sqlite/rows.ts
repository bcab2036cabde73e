import type { Report } from '../../report/model/report.js';
import type { ArticleSummary, StoredArticle } from '../types.js';

/** Columns of `articles` as better-sqlite3 returns them. */
export interface ArticleRow {
  seq: number;
  id: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  text?: string;
  report?: string;
  engine_version: string;
  models: string;
  words: number;
  sentences: number;
  share_quote: number;
  share_reported: number;
  share_factual: number;
  share_opinion: number;
  loaded_per_100: number;
  findings: number;
  source: string | null;
  added_at: string;
  analyzed_at: string;
}

export const SUMMARY_COLUMNS =
  'a.seq, a.id, a.title, a.outlet, a.byline, a.url, a.published, a.language, a.engine_version, a.models, ' +
  'a.words, a.sentences, a.share_quote, a.share_reported, a.share_factual, a.share_opinion, ' +
  'a.loaded_per_100, a.findings, a.source, a.added_at, a.analyzed_at';

export function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    url: row.url,
    published: row.published,
    language: row.language,
    words: row.words,
    sentences: row.sentences,
    roleShares: {
      quote: row.share_quote,
      reported: row.share_reported,
      factual: row.share_factual,
      opinion: row.share_opinion,
    },
    loadedPer100Words: row.loaded_per_100,
    findings: row.findings,
    engine: { version: row.engine_version, models: JSON.parse(row.models) as Record<string, string> },
    source: row.source,
    addedAt: row.added_at,
    analyzedAt: row.analyzed_at,
  };
}

export function toStored(row: ArticleRow): StoredArticle {
  return { ...toSummary(row), text: row.text ?? '', report: JSON.parse(row.report ?? '{}') as Report };
}
