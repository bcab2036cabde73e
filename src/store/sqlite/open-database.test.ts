import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.js';
import { memoryIo } from '../../cli/test-support/memory-io.js';
import { createEngine } from '../../engine/create-engine.js';
import { DataFormatError } from '../../errors/index.js';
import { fixtureText } from '../test-support/fixture-articles.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unspin-sqlite-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('opening an SQLite library', () => {
  it('creates the file in WAL mode with the latest schema version, and keeps data across opens', async () => {
    const path = join(dir, 'sub', 'lib.db');
    const store = openSqliteStore({ path });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const version = store.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get();
    expect(Number(version)).toBe(LATEST_SCHEMA_VERSION);
    const text = fixtureText(1);
    const { id } = await store.add({ text, meta: {}, report: createEngine().analyze(text) });
    await store.close();
    const again = openSqliteStore({ path });
    expect((await again.get(id))?.text).toBe(text);
    await again.close();
  });

  it('has migrations numbered 1, 2, 3... with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('refuses a library written by newer code, with a clear error', async () => {
    const path = join(dir, 'newer.db');
    (await Promise.resolve(openSqliteStore({ path }))).close();
    const raw = new Database(path);
    raw.prepare("UPDATE meta SET value = '99' WHERE key = 'schema_version'").run();
    raw.close();
    let error: unknown;
    try {
      openSqliteStore({ path });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFormatError);
    expect((error as DataFormatError).code).toBe('db-too-new');
    expect((error as Error).message).toBe(
      `${path} has schema version 99, but this unspin knows versions up to ${LATEST_SCHEMA_VERSION}; upgrade unspin to open it`,
    );
    const io = memoryIo({ cwd: dir });
    expect(await runCli(['list', '--db', 'newer.db'], io)).toBe(2);
    expect(io.err()).toMatch(/^unspin list: .*newer\.db has schema version 99.*upgrade unspin/);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  it('refuses a file that is not an SQLite database', () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'These are my notes, not a database. '.repeat(200));
    expect(() => openSqliteStore({ path })).toThrow(/is not an unspin library/);
  });
});
