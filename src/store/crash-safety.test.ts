import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { memoryIo } from '../cli/test-support/memory-io.js';
import { articleId } from './content-id.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { fixtureText } from './test-support/fixture-articles.js';

const ARTICLES = 500;
const register = fileURLToPath(new URL('./test-support/ts-register.mjs', import.meta.url));
const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

function countIn(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

describe('crash safety: kill `unspin add` mid-way, then rerun', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'unspin-crash-'));
    mkdirSync(join(dir, 'articles'));
    for (let i = 0; i < ARTICLES; i++) {
      writeFileSync(join(dir, 'articles', `a${String(i).padStart(3, '0')}.txt`), fixtureText(i));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`leaves a consistent library, and the rerun stores exactly ${ARTICLES}, none duplicated or truncated`, async () => {
    const db = join(dir, 'library.db');
    const child = spawn(process.execPath, ['--import', register, main, 'add', 'articles', '--db', db, '-q'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | number | null>((done) =>
      child.on('exit', (code, signal) => done(signal ?? code)),
    );
    let killedAt = 0;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && child.exitCode === null) {
      const n = countIn(db);
      if (n >= 40) {
        child.kill('SIGKILL');
        killedAt = n;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await exited, stderr).toBe('SIGKILL');
    expect(killedAt).toBeGreaterThanOrEqual(40);

    const afterCrash = openSqliteStore({ path: db });
    expect(await afterCrash.check()).toEqual([]);
    const partial = await afterCrash.count();
    expect(partial).toBeGreaterThanOrEqual(killedAt);
    expect(partial).toBeLessThan(ARTICLES);
    await afterCrash.close();

    const io = memoryIo({ cwd: dir });
    expect(await runCli(['add', 'articles', '--db', db, '-q'], io), io.err()).toBe(0);
    expect(io.out()).toContain(
      `${ARTICLES} inputs: ${ARTICLES - partial} added, ${partial} already stored, 0 failed; the library holds ${ARTICLES} articles`,
    );

    const store = openSqliteStore({ path: db });
    expect(await store.check()).toEqual([]);
    expect(await store.count()).toBe(ARTICLES);
    const stored = new Map<string, string>();
    for await (const a of store.all()) stored.set(a.id, a.text);
    expect(stored.size).toBe(ARTICLES);
    for (let i = 0; i < ARTICLES; i++) {
      const text = readFileSync(join(dir, 'articles', `a${String(i).padStart(3, '0')}.txt`), 'utf8');
      expect(stored.get(articleId(text))).toBe(text);
    }
    const fts = store.db.prepare('SELECT count(*) FROM articles_fts').pluck().get();
    expect(fts).toBe(ARTICLES);
    const derivedOrphans = store.db
      .prepare('SELECT count(*) FROM article_categories WHERE article_seq NOT IN (SELECT seq FROM articles)')
      .pluck()
      .get();
    expect(derivedOrphans).toBe(0);
    await store.close();
  }, 180_000);
});
