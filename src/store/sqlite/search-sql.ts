import { InputError } from '../../errors/index.js';
import { decodeCursor, encodeCursor, queryFingerprint } from '../query.js';
import type { ArticleQuery, SortKey } from '../types.js';
import { toFtsQuery } from './fts-query.js';
import { SUMMARY_COLUMNS } from './rows.js';

/** SQL expression each sort key orders by; never NULL so that keyset pagination stays exact. */
const SORT_EXPRESSIONS: Record<SortKey, string> = {
  added: 'a.seq',
  published: "COALESCE(a.published, '')",
  title: "lower(COALESCE(a.title, ''))",
  outlet: "lower(COALESCE(a.outlet, ''))",
  opinion: 'a.share_opinion',
  loaded: 'a.loaded_per_100',
  words: 'a.words',
  relevance: 'bm25(articles_fts, 5.0, 1.0)', // title matches weigh five times body matches
};

const ROLE_COLUMNS = {
  quote: 'a.share_quote',
  reported: 'a.share_reported',
  factual: 'a.share_factual',
  opinion: 'a.share_opinion',
} as const;

export interface BuiltSearch {
  /** Matching rows with `sortv` and `seq`, ordered, one more than the limit. */
  page: { sql: string; params: unknown[] };
  /** Count of all matching rows. */
  count: { sql: string; params: unknown[] };
  nextCursor(last: { sortv: string | number; seq: number }): string;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Builds the SQL for a normalized query (see `normalizeQuery`). */
export function buildSearch(query: ArticleQuery): BuiltSearch {
  const where: string[] = [];
  const params: unknown[] = [];
  let from = 'articles a';
  if (query.q) {
    const match = toFtsQuery(query.q);
    if (match) {
      from = 'articles_fts f JOIN articles a ON a.seq = f.rowid';
      where.push('articles_fts MATCH ?');
      params.push(match);
    }
  }
  if (query.outlet) {
    where.push('a.outlet = ? COLLATE NOCASE');
    params.push(query.outlet);
  }
  if (query.from) {
    where.push('a.published >= ?');
    params.push(query.from);
  }
  if (query.to) {
    where.push("a.published <= ? || '\uffff'");
    params.push(query.to);
  }
  if (query.entity) {
    where.push(
      "EXISTS (SELECT 1 FROM article_entities e WHERE e.article_seq = a.seq AND e.name LIKE ? ESCAPE '\\')",
    );
    params.push(`%${escapeLike(query.entity)}%`);
  }
  if (query.category) {
    where.push('EXISTS (SELECT 1 FROM article_categories c WHERE c.article_seq = a.seq AND c.category = ?)');
    params.push(query.category);
  }
  for (const r of query.roles ?? []) {
    where.push(`${ROLE_COLUMNS[r.role]} ${r.op} ?`);
    params.push(r.value);
  }
  let sort = query.sort ?? 'added';
  if (sort === 'relevance' && !from.startsWith('articles_fts')) sort = 'added';
  const descending = query.descending ?? true;
  const inner = `SELECT ${SUMMARY_COLUMNS}, ${SORT_EXPRESSIONS[sort]} AS sortv FROM ${from}${
    where.length ? ` WHERE ${where.join(' AND ')}` : ''
  }`;
  const fingerprint = queryFingerprint(query);
  const outerParams = [...params];
  let cursorWhere = '';
  if (query.cursor) {
    const state = decodeCursor(query.cursor);
    if (state.query !== fingerprint || state.value === null) {
      throw new InputError('bad-cursor', 'cursor belongs to a different query; start again without a cursor');
    }
    const op = descending ? '<' : '>';
    cursorWhere = ` WHERE (sortv ${op} ? OR (sortv = ? AND seq ${op} ?))`;
    outerParams.push(state.value, state.value, state.key);
  }
  const dir = descending ? 'DESC' : 'ASC';
  return {
    page: {
      sql: `SELECT * FROM (${inner})${cursorWhere} ORDER BY sortv ${dir}, seq ${dir} LIMIT ?`,
      params: [...outerParams, (query.limit ?? 20) + 1],
    },
    count: { sql: `SELECT count(*) AS n FROM (${inner})`, params },
    nextCursor: (last) => encodeCursor({ value: last.sortv, key: last.seq, query: fingerprint }),
  };
}
