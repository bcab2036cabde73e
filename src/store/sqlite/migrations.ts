/**
 * Versioned schema migrations, applied in order on open. Never edit a released migration: add one.
 * `meta.schema_version` records the last one applied.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, derived facts for filters and aggregates, full-text index',
    sql: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  outlet TEXT,
  byline TEXT,
  url TEXT,
  published TEXT,
  language TEXT,
  text TEXT NOT NULL,
  report TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  models TEXT NOT NULL,
  words INTEGER NOT NULL,
  sentences INTEGER NOT NULL,
  share_quote REAL NOT NULL,
  share_reported REAL NOT NULL,
  share_factual REAL NOT NULL,
  share_opinion REAL NOT NULL,
  loaded_per_100 REAL NOT NULL,
  findings INTEGER NOT NULL,
  source TEXT,
  added_at TEXT NOT NULL,
  analyzed_at TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_engine ON articles(engine_version);

CREATE TABLE article_categories (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  category TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (article_seq, category)
) WITHOUT ROWID;
CREATE INDEX article_categories_category ON article_categories(category);

CREATE TABLE article_entities (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_seq, type, name)
) WITHOUT ROWID;
CREATE INDEX article_entities_name ON article_entities(name COLLATE NOCASE);

CREATE TABLE article_voices (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT,
  quotes INTEGER NOT NULL,
  citations INTEGER NOT NULL,
  PRIMARY KEY (article_seq, name)
) WITHOUT ROWID;

CREATE TABLE article_loaded_words (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  word TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (article_seq, word)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
`,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
