import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { runStoreSuite } from './store-suite.js';

runStoreSuite('sqlite file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-store-'));
  const store = openSqliteStore({ path: join(dir, 'library.db') });
  return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

runStoreSuite('sqlite in memory', async () => ({
  store: openSqliteStore({ path: ':memory:' }),
  cleanup: async () => {},
}));
