export {
  type AddItemResult,
  type AddManyOptions,
  type AddOptions,
  type AddStatus,
  type AddSummary,
  addArticles,
  addLoadedArticle,
} from './add-articles.js';
export { ARTICLE_RECORD_SCHEMA, type ArticleRecord, fromRecord, toRecord } from './article-record.js';
export { articleId, normalizeForIdentity, shortId } from './content-id.js';
export { csvHeader, csvRow } from './csv.js';
export { engineStamp } from './engine-stamp.js';
export { ARTICLE_EXTENSIONS, expandInputs } from './expand-inputs.js';
export { fileLines, type ImportSummary, importJsonl } from './import-articles.js';
export { DEFAULT_DB, openStore } from './open-store.js';
export { normalizeQuery, parseRoleFilter, parseSortKey } from './query.js';
export { type ReanalyzeSummary, reanalyzeArticles } from './reanalyze.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
export type * from './types.js';
