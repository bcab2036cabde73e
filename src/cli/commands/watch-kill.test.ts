import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../../ingest/test-support/local-server.js';
import { openStore } from '../../store/open-store.js';

const register = fileURLToPath(new URL('../../store/test-support/ts-register.mjs', import.meta.url));
const main = fileURLToPath(new URL('../main.ts', import.meta.url));
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../ingest/fixtures', name));

let server: LocalServer;
let holdSlowPage = true;
beforeAll(async () => {
  server = await startLocalServer({
    '/news': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(fixture('cluttered-news.html')),
    // Hangs while the first watcher runs, so it is killed in the middle of a poll.
    '/slow': (_q, r) => {
      if (!holdSlowPage) r.writeHead(200, { 'content-type': 'text/html' }).end(fixture('json-ld-shell.html'));
    },
    '/feed.xml': (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Ferry</title><link>${server.base}/news</link><guid>k-1</guid></item>
<item><title>Library</title><link>${server.base}/slow</link><guid>k-2</guid></item>
</channel></rss>`,
      ),
  });
});
afterAll(() => server.close());

function watch(db: string, extra: string[]) {
  return spawn(
    process.execPath,
    ['--import', register, main, 'watch', `${server.base}/feed.xml`, '--allow-private', '--db', db, ...extra],
    { stdio: 'ignore' },
  );
}

describe('a killed watcher', () => {
  it('loses nothing and stores nothing twice when restarted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unspin-watch-kill-'));
    const db = join(dir, 'lib.db');
    const state = `${db}.feeds.json`;
    const first = watch(db, ['--every', '10s']);
    const exited = new Promise((resolve) => first.once('exit', resolve));
    // Wait until the first item is stored and marked seen while the second page hangs, then SIGKILL.
    const deadline = Date.now() + 45_000;
    let firstSeen = false;
    while (!firstSeen && Date.now() < deadline) {
      firstSeen = existsSync(state) && readFileSync(state, 'utf8').includes('"k-1"');
      if (!firstSeen) await new Promise((r) => setTimeout(r, 100));
    }
    first.kill('SIGKILL');
    await exited;
    expect(firstSeen).toBe(true);
    expect(readFileSync(state, 'utf8')).not.toContain('"k-2"');
    const killed = openStore(db);
    expect(await killed.count()).toBe(1);
    await killed.close();
    holdSlowPage = false;
    const second = watch(db, ['--once']);
    const code = await new Promise((resolve) => second.once('exit', resolve));
    expect(code).toBe(0);
    const store = openStore(db);
    try {
      expect(await store.count()).toBe(2);
      expect(await store.check()).toEqual([]);
    } finally {
      await store.close();
    }
    const seen = Object.keys(JSON.parse(readFileSync(state, 'utf8'))[`${server.base}/feed.xml`].seen).sort();
    expect(seen).toEqual(['k-1', 'k-2']);
  }, 90_000);
});
