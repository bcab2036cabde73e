import type { CountedName, EntityAggregate, EntityQuery, OutletAggregate } from '../types.js';
import type { Db } from './open-database.js';

const TOP = 10;

interface OutletRow {
  outlet: string;
  articles: number;
  quote: number;
  reported: number;
  factual: number;
  opinion: number;
  loaded: number;
  first: string | null;
  last: string | null;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Per-outlet aggregates: role shares, loaded words and voices over its articles. */
export function createAggregates(db: Db) {
  const outletColumns = `outlet, count(*) AS articles, avg(share_quote) AS quote, avg(share_reported) AS reported,
    avg(share_factual) AS factual, avg(share_opinion) AS opinion, avg(loaded_per_100) AS loaded,
    min(published) AS first, max(published) AS last`;
  const allOutlets = db.prepare(
    `SELECT ${outletColumns} FROM articles WHERE outlet IS NOT NULL GROUP BY outlet COLLATE NOCASE
     ORDER BY articles DESC, outlet`,
  );
  const oneOutlet = db.prepare(
    `SELECT ${outletColumns} FROM articles WHERE outlet = ? COLLATE NOCASE GROUP BY outlet COLLATE NOCASE`,
  );
  const topWords = db.prepare(
    `SELECT w.word AS name, sum(w.count) AS count FROM article_loaded_words w
     JOIN articles a ON a.seq = w.article_seq WHERE a.outlet = ? COLLATE NOCASE
     GROUP BY w.word ORDER BY count DESC, name LIMIT ${TOP}`,
  );
  const topVoices = db.prepare(
    `SELECT v.name AS name, sum(v.quotes + v.citations) AS count FROM article_voices v
     JOIN articles a ON a.seq = v.article_seq WHERE a.outlet = ? COLLATE NOCASE
     GROUP BY v.name ORDER BY count DESC, name LIMIT ${TOP}`,
  );

  function toAggregate(row: OutletRow): OutletAggregate {
    return {
      outlet: row.outlet,
      articles: row.articles,
      avgRoleShares: {
        quote: round(row.quote),
        reported: round(row.reported),
        factual: round(row.factual),
        opinion: round(row.opinion),
      },
      avgLoadedPer100Words: round(row.loaded),
      topLoadedWords: topWords.all(row.outlet) as CountedName[],
      topVoices: topVoices.all(row.outlet) as CountedName[],
      firstPublished: row.first,
      lastPublished: row.last,
    };
  }

  return {
    outlets(): OutletAggregate[] {
      return (allOutlets.all() as OutletRow[]).map(toAggregate);
    },
    outlet(name: string): OutletAggregate | null {
      const row = oneOutlet.get(name) as OutletRow | undefined;
      return row ? toAggregate(row) : null;
    },
    entities(query: EntityQuery = {}): EntityAggregate[] {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.type) {
        where.push('type = ?');
        params.push(query.type);
      }
      if (query.q) {
        where.push("name LIKE ? ESCAPE '\\'");
        params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      }
      params.push(query.limit ?? 100);
      return db
        .prepare(
          `SELECT name, type, count(*) AS articles, sum(mentions) AS mentions FROM article_entities
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
           GROUP BY type, name ORDER BY articles DESC, mentions DESC, name LIMIT ?`,
        )
        .all(...params) as EntityAggregate[];
    },
  };
}
