import type { ArticleMeta, Role } from '../analyze/types.js';
import type { Report } from '../report/model/report.js';

/** What produced a report: `report.engine` (engine version and model versions). */
export interface EngineStamp {
  version: string;
  models: Record<string, string>;
}

/** An article to store: its text exactly as analyzed, its metadata and its report. */
export interface NewArticle {
  text: string;
  meta: Partial<ArticleMeta>;
  report: Report;
  /** Where it came from (path, URL, `-`, `api`), kept for reference. */
  source?: string | null;
  /** ISO timestamp; defaults to now. Set by `import` to keep the original. */
  addedAt?: string;
  /** ISO timestamp of the analysis; defaults to now. Set by `import`. */
  analyzedAt?: string;
}

export interface AddResult {
  id: string;
  /** False when an article with the same normalized content was already stored (a no-op). */
  created: boolean;
}

/** One row of a listing: metadata and headline scores, no text or report. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  words: number;
  sentences: number;
  roleShares: Record<Role, number>;
  loadedPer100Words: number;
  findings: number;
  engine: EngineStamp;
  source: string | null;
  addedAt: string;
  analyzedAt: string;
}

/** A stored article in full. `report` is the report exactly as the engine produced it. */
export interface StoredArticle extends ArticleSummary {
  text: string;
  report: Report;
}

export type Comparison = '>' | '>=' | '<' | '<=' | '=';

/** A role-share filter such as `opinion > 0.2`. */
export interface RoleFilter {
  role: Role;
  op: Comparison;
  value: number;
}

export const SORT_KEYS = [
  'added',
  'published',
  'title',
  'outlet',
  'opinion',
  'loaded',
  'words',
  'relevance',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ArticleQuery {
  /** Full-text query: words (all must match), "quoted phrases", prefix* terms. */
  q?: string;
  outlet?: string;
  /** Publication date range, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Articles mentioning an entity whose name contains this (case-insensitive). */
  entity?: string;
  /** Articles with at least one finding in this category. */
  category?: string;
  roles?: RoleFilter[];
  /** Default: `relevance` with `q`, else `added`. */
  sort?: SortKey;
  /** Descending unless false; default descending except for `title` and `outlet`. */
  descending?: boolean;
  /** 1..500, default 20. */
  limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

export interface ArticlePage {
  items: ArticleSummary[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  /** Number of articles matching the query (all pages). */
  total: number;
}

export interface CountedName {
  name: string;
  count: number;
}

export interface OutletAggregate {
  outlet: string;
  articles: number;
  avgRoleShares: Record<Role, number>;
  avgLoadedPer100Words: number;
  /** Most frequent loaded, partisan or intensifying words across its articles. */
  topLoadedWords: CountedName[];
  /** Who it quotes or cites most: quotes plus citations across its articles. */
  topVoices: CountedName[];
  firstPublished: string | null;
  lastPublished: string | null;
}

export interface EntityAggregate {
  name: string;
  type: string;
  articles: number;
  mentions: number;
}

export interface EntityQuery {
  type?: string;
  /** Names containing this (case-insensitive). */
  q?: string;
  limit?: number;
}

/**
 * The article library. Every backend (SQLite now, PostgreSQL later) implements this and passes
 * `store-suite.ts`. All methods are async so that networked backends fit behind it unchanged.
 */
export interface ArticleStore {
  readonly backend: string;
  /** Stores one article in one transaction; a no-op returning the existing id when already stored. */
  add(article: NewArticle): Promise<AddResult>;
  /** Whether an article with this id is stored. */
  has(id: string): Promise<boolean>;
  /** The full id for an id or a unique prefix of at least 6 characters; null when none or ambiguous. */
  resolveId(idOrPrefix: string): Promise<string | null>;
  get(id: string): Promise<StoredArticle | null>;
  /** Removes an article and everything derived from it. Returns false when it was not there. */
  delete(id: string): Promise<boolean>;
  count(): Promise<number>;
  search(query: ArticleQuery): Promise<ArticlePage>;
  outlets(): Promise<OutletAggregate[]>;
  outlet(name: string): Promise<OutletAggregate | null>;
  entities(query?: EntityQuery): Promise<EntityAggregate[]>;
  /** Ids of articles whose report came from a different engine or model version. */
  staleIds(current: EngineStamp): Promise<string[]>;
  /** Replaces an article's report (after re-analysis) and its derived data, in one transaction. */
  replaceReport(id: string, report: Report): Promise<void>;
  /** Every stored article, oldest first (for export). */
  all(): AsyncIterable<StoredArticle>;
  /** Problems found by an integrity check; empty when consistent. */
  check(): Promise<string[]>;
  close(): Promise<void>;
}
