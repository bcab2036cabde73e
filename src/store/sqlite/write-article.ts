import type { ArticleMeta } from '../../analyze/types.js';
import type { Report } from '../../report/model/report.js';
import { deriveFacts } from '../derive.js';
import type { Db } from './open-database.js';

/** Prepared statements for writing one article and its derived rows. */
export interface Writer {
  insert(row: {
    id: string;
    meta: Partial<ArticleMeta>;
    text: string;
    report: Report;
    source: string | null;
    addedAt: string;
    analyzedAt?: string | undefined;
  }): number | null;
  replaceReport(seq: number, report: Report): void;
}

/** Metadata columns: the report's (normalized by the engine, e.g. dates as YYYY-MM-DD), else the input's. */
function metaOf(report: Report, meta: Partial<ArticleMeta>) {
  const a = report.article;
  return {
    title: a?.title ?? meta.title ?? null,
    outlet: a?.outlet ?? meta.outlet ?? null,
    byline: a?.byline ?? meta.byline ?? null,
    url: a?.url ?? meta.url ?? null,
    published: a?.published ?? meta.published ?? null,
    language: a?.language ?? meta.language ?? null,
  };
}

export function createWriter(db: Db): Writer {
  const insertArticle = db.prepare(`INSERT INTO articles (id, title, outlet, byline, url, published, language,
      text, report, engine_version, models, words, sentences, share_quote, share_reported, share_factual,
      share_opinion, loaded_per_100, findings, source, added_at, analyzed_at)
    VALUES (@id, @title, @outlet, @byline, @url, @published, @language, @text, @report, @engineVersion, @models,
      @words, @sentences, @quote, @reported, @factual, @opinion, @loaded, @findings, @source, @addedAt, @analyzedAt)
    ON CONFLICT(id) DO NOTHING`);
  const updateReport = db.prepare(`UPDATE articles SET report = @report, engine_version = @engineVersion,
      models = @models, language = @language, words = @words, sentences = @sentences, share_quote = @quote,
      share_reported = @reported, share_factual = @factual, share_opinion = @opinion, loaded_per_100 = @loaded,
      findings = @findings, analyzed_at = @analyzedAt WHERE seq = @seq`);
  const clear = ['article_categories', 'article_entities', 'article_voices', 'article_loaded_words'].map(
    (t) => db.prepare(`DELETE FROM ${t} WHERE article_seq = ?`),
  );
  const addCategory = db.prepare('INSERT INTO article_categories VALUES (?, ?, ?)');
  const addEntity = db.prepare('INSERT OR IGNORE INTO article_entities VALUES (?, ?, ?, ?)');
  const addVoice = db.prepare('INSERT OR IGNORE INTO article_voices VALUES (?, ?, ?, ?, ?)');
  const addWord = db.prepare('INSERT INTO article_loaded_words VALUES (?, ?, ?)');

  function reportColumns(report: Report) {
    const facts = deriveFacts(report);
    return {
      facts,
      columns: {
        report: JSON.stringify(report),
        engineVersion: String(report.engine?.version ?? 'unknown'),
        models: JSON.stringify(report.engine?.models ?? {}),
        words: facts.words,
        sentences: facts.sentences,
        quote: facts.roleShares.quote,
        reported: facts.roleShares.reported,
        factual: facts.roleShares.factual,
        opinion: facts.roleShares.opinion,
        loaded: facts.loadedPer100Words,
        findings: facts.findings,
        analyzedAt: new Date().toISOString(),
      },
    };
  }

  function writeDerived(seq: number, facts: ReturnType<typeof deriveFacts>): void {
    for (const statement of clear) statement.run(seq);
    for (const [category, count] of facts.categories) addCategory.run(seq, category, count);
    for (const e of facts.entities) addEntity.run(seq, e.name, e.type, e.mentions);
    for (const v of facts.voices) addVoice.run(seq, v.name, v.role, v.quotes, v.citations);
    for (const [word, count] of facts.loadedWords) addWord.run(seq, word, count);
  }

  return {
    insert({ id, meta, text, report, source, addedAt, analyzedAt }) {
      const { facts, columns } = reportColumns(report);
      if (analyzedAt) columns.analyzedAt = analyzedAt;
      const result = insertArticle.run({ id, text, source, addedAt, ...metaOf(report, meta), ...columns });
      if (result.changes === 0) return null;
      const seq = Number(result.lastInsertRowid);
      writeDerived(seq, facts);
      return seq;
    },
    replaceReport(seq, report) {
      const { facts, columns } = reportColumns(report);
      updateReport.run({ seq, language: report.article?.language ?? null, ...columns });
      writeDerived(seq, facts);
    },
  };
}
