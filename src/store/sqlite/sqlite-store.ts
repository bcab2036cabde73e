import { DataFormatError } from '../../errors/index.js';
import type { Report } from '../../report/model/report.js';
import { articleId, isIdLike, MIN_ID_PREFIX } from '../content-id.js';
import { normalizeQuery } from '../query.js';
import type { ArticleStore, EngineStamp, StoredArticle } from '../types.js';
import { createAggregates } from './aggregates.js';
import { type Db, openDatabase } from './open-database.js';
import { type ArticleRow, toStored, toSummary } from './rows.js';
import { buildSearch } from './search-sql.js';
import { createWriter } from './write-article.js';

export interface SqliteStoreOptions {
  /** File path, or `:memory:`. */
  path: string;
}

/** The default backend: one SQLite file (WAL, FTS5), opened and migrated on creation. */
export function openSqliteStore(options: SqliteStoreOptions): ArticleStore & { readonly db: Db } {
  const db = openDatabase(options.path);
  const writer = createWriter(db);
  const aggregates = createAggregates(db);
  const byId = db.prepare('SELECT a.* FROM articles a WHERE a.id = ?');
  const seqById = db.prepare('SELECT seq FROM articles WHERE id = ?').pluck();
  const byPrefix = db.prepare('SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2').pluck();
  const deleteById = db.prepare('DELETE FROM articles WHERE id = ?');
  const countAll = db.prepare('SELECT count(*) FROM articles').pluck();
  const stamps = db.prepare('SELECT id, engine_version, models FROM articles ORDER BY seq');
  const iterateAll = db.prepare('SELECT a.* FROM articles a WHERE a.seq > ? ORDER BY a.seq LIMIT 100');

  const add = db.transaction((article: Parameters<ArticleStore['add']>[0]) => {
    const id = articleId(article.text);
    const seq = writer.insert({
      id,
      meta: article.meta,
      text: article.text,
      report: article.report,
      source: article.source ?? null,
      addedAt: article.addedAt ?? new Date().toISOString(),
      analyzedAt: article.analyzedAt,
    });
    return { id, created: seq !== null };
  });
  const replace = db.transaction((id: string, report: Report) => {
    const seq = seqById.get(id) as number | undefined;
    if (seq === undefined) return false;
    writer.replaceReport(seq, report);
    return true;
  });

  return {
    backend: 'sqlite',
    db,
    async add(article) {
      if (typeof article.text !== 'string' || article.text.trim() === '') {
        throw new DataFormatError('empty-article', 'an article needs non-empty text');
      }
      return add.immediate(article);
    },
    async has(id) {
      return seqById.get(id) !== undefined;
    },
    async resolveId(value) {
      const prefix = value.trim().toLowerCase();
      if (!isIdLike(prefix) || prefix.length < MIN_ID_PREFIX) return null;
      if (prefix.length === 64) return seqById.get(prefix) === undefined ? null : prefix;
      const ids = byPrefix.all(prefix, `${prefix}g`) as string[];
      return ids.length === 1 ? (ids[0] ?? null) : null;
    },
    async get(id) {
      const row = byId.get(id) as ArticleRow | undefined;
      return row ? toStored(row) : null;
    },
    async delete(id) {
      return deleteById.run(id).changes > 0;
    },
    async count() {
      return countAll.get() as number;
    },
    async search(raw) {
      const query = normalizeQuery(raw);
      const built = buildSearch(query);
      const rows = db.prepare(built.page.sql).all(...built.page.params) as (ArticleRow & {
        sortv: string | number;
      })[];
      const total = db
        .prepare(built.count.sql)
        .pluck()
        .get(...built.count.params) as number;
      const limit = query.limit ?? 20;
      const more = rows.length > limit;
      const pageRows = rows.slice(0, limit);
      const last = pageRows.at(-1);
      return {
        items: pageRows.map(toSummary),
        nextCursor: more && last ? built.nextCursor(last) : null,
        total,
      };
    },
    async outlets() {
      return aggregates.outlets();
    },
    async outlet(name) {
      return aggregates.outlet(name);
    },
    async entities(query) {
      return aggregates.entities(query);
    },
    async staleIds(current: EngineStamp) {
      const models = JSON.stringify(sortKeys(current.models));
      return (stamps.all() as { id: string; engine_version: string; models: string }[])
        .filter(
          (r) =>
            r.engine_version !== current.version ||
            JSON.stringify(sortKeys(JSON.parse(r.models) as Record<string, string>)) !== models,
        )
        .map((r) => r.id);
    },
    async replaceReport(id, report) {
      if (!replace.immediate(id, report)) {
        throw new DataFormatError('not-stored', `article ${id} is not in the library`, { id });
      }
    },
    async *all(): AsyncIterable<StoredArticle> {
      let after = 0;
      for (;;) {
        const rows = iterateAll.all(after) as ArticleRow[];
        if (rows.length === 0) return;
        for (const row of rows) yield toStored(row);
        after = rows.at(-1)?.seq ?? after;
      }
    },
    async check() {
      const problems: string[] = [];
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
      const fk = db.pragma('foreign_key_check') as unknown[];
      if (fk.length) problems.push(`${fk.length} rows point at missing articles`);
      try {
        db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
      } catch (error) {
        problems.push(`full-text index: ${(error as Error).message}`);
      }
      return problems;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

function sortKeys(value: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
