import type { ArticleMeta } from '../analyze/types.js';
import { DataFormatError } from '../errors/index.js';
import { REPORT_SCHEMA, type Report } from '../report/model/report.js';
import { articleId } from './content-id.js';
import type { NewArticle, StoredArticle } from './types.js';

export const ARTICLE_RECORD_SCHEMA = 'unspin/article@1' as const;

/** One line of `unspin export --format jsonl`; `unspin import` reads it back. */
export interface ArticleRecord {
  schema: typeof ARTICLE_RECORD_SCHEMA;
  id: string;
  meta: Omit<ArticleMeta, 'language'> & { language: string | null };
  source: string | null;
  addedAt: string;
  analyzedAt: string;
  text: string;
  report: Report;
}

export function toRecord(article: StoredArticle): ArticleRecord {
  return {
    schema: ARTICLE_RECORD_SCHEMA,
    id: article.id,
    meta: {
      title: article.title,
      byline: article.byline,
      outlet: article.outlet,
      published: article.published,
      url: article.url,
      language: article.language,
    },
    source: article.source,
    addedAt: article.addedAt,
    analyzedAt: article.analyzedAt,
    text: article.text,
    report: article.report,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const META_KEYS = ['title', 'byline', 'outlet', 'published', 'url', 'language'] as const;

/** Validates one parsed JSONL record; throws DataFormatError saying what is wrong. */
export function fromRecord(value: unknown, where: string): NewArticle {
  const fail = (why: string) => new DataFormatError('bad-record', `${where}: ${why}`);
  if (!isObject(value)) throw fail('expected a JSON object');
  if (value.schema !== ARTICLE_RECORD_SCHEMA) throw fail(`"schema" must be "${ARTICLE_RECORD_SCHEMA}"`);
  if (typeof value.text !== 'string' || value.text.trim() === '')
    throw fail('"text" must be a non-empty string');
  if (
    !isObject(value.report) ||
    value.report.schema !== REPORT_SCHEMA ||
    !Array.isArray(value.report.sentences)
  ) {
    throw fail(`"report" must be an ${REPORT_SCHEMA} report`);
  }
  if (typeof value.id === 'string' && value.id !== articleId(value.text)) {
    throw fail('"id" does not match the hash of "text" (the text was changed)');
  }
  const meta: Partial<ArticleMeta> = {};
  if (value.meta !== undefined && !isObject(value.meta)) throw fail('"meta" must be an object');
  for (const key of META_KEYS) {
    const v = isObject(value.meta) ? value.meta[key] : undefined;
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw fail(`"meta.${key}" must be a string or null`);
    meta[key] = v;
  }
  const article: NewArticle = { text: value.text, meta, report: value.report as unknown as Report };
  if (typeof value.source === 'string') article.source = value.source;
  if (typeof value.addedAt === 'string' && !Number.isNaN(Date.parse(value.addedAt)))
    article.addedAt = value.addedAt;
  if (typeof value.analyzedAt === 'string' && !Number.isNaN(Date.parse(value.analyzedAt))) {
    article.analyzedAt = value.analyzedAt;
  }
  return article;
}
