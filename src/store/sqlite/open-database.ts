import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DataFormatError } from '../../errors/index.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

function readVersion(db: Db): number {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as
    | { value: string }
    | undefined;
  return row ? Number(row.value) : 0;
}

/** Applies pending migrations, each in its own IMMEDIATE transaction; refuses databases from newer code. */
export function migrate(db: Db, path: string): number {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const found = readVersion(db);
  if (!Number.isInteger(found) || found > LATEST_SCHEMA_VERSION) {
    throw new DataFormatError(
      'db-too-new',
      `${path} has schema version ${found}, but this unspin knows versions up to ${LATEST_SCHEMA_VERSION}; upgrade unspin to open it`,
      { path, found, supported: LATEST_SCHEMA_VERSION },
    );
  }
  for (const migration of MIGRATIONS) {
    const apply = db.transaction(() => {
      if (readVersion(db) >= migration.version) return; // another process got there first
      db.exec(migration.sql);
      db.prepare(
        "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      ).run(String(migration.version));
    });
    if (found < migration.version) apply.immediate();
  }
  return readVersion(db);
}

/** Opens (creating if needed) an SQLite library file: WAL, foreign keys, busy timeout, migrated. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    throw new DataFormatError('db-open-failed', `cannot open ${path}: ${(error as Error).message}`, { path });
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, path);
  } catch (error) {
    db.close();
    if (error instanceof DataFormatError) throw error;
    const message = (error as Error).message;
    if (/file is not a database|malformed/i.test(message)) {
      throw new DataFormatError(
        'db-not-sqlite',
        `${path} is not an unspin library (not an SQLite database)`,
        {
          path,
        },
      );
    }
    throw error;
  }
  return db;
}
