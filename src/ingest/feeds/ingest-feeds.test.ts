import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../store/content-id.js';
import { inlineProcessor } from '../batch/article-processor.js';
import type { IngestStore } from '../batch/run-batch.js';
import { type LocalServer, startLocalServer } from '../test-support/local-server.js';
import { fileFeedState } from './feed-state.js';
import { ingestFeeds } from './ingest-feeds.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name));
const longText = Array.from(
  { length: 20 },
  (_, i) =>
    `The transport office said on Monday that bus line ${i + 1} would run every ten minutes from March.`,
).join('\n\n');

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({
    '/news': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(fixture('cluttered-news.html')),
    '/ld': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(fixture('json-ld-shell.html')),
    '/feed.xml': (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Local Wire</title>
<item><title>Ferry fares</title><link>${server.base}/news</link><guid>w-1</guid></item>
<item><title>Library hours</title><link>${server.base}/ld</link><guid>w-2</guid></item>
<item><title>Broken link</title><link>${server.base}/gone</link><guid>w-3</guid></item>
</channel></rss>`),
    '/feed.json': (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/feed+json' }).end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Transit Notes',
          items: [
            {
              id: 't-1',
              url: 'https://transit.example/buses',
              title: 'Buses every ten minutes',
              content_text: longText,
            },
          ],
        }),
      ),
  });
});
afterAll(() => server.close());

function memoryStore(): IngestStore & { ids: string[] } {
  const ids: string[] = [];
  return {
    ids,
    has: async (id) => ids.includes(id),
    async add(a) {
      const id = articleId(a.text);
      if (ids.includes(id)) return { id, created: false };
      ids.push(id);
      return { id, created: true };
    },
  };
}

describe('ingestFeeds', () => {
  it('stores new items once, retries failures, and skips seen items on the next poll', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'unspin-feed-')), 'state.json');
    const store = memoryStore();
    const feeds = [`${server.base}/feed.xml`, `${server.base}/feed.json`];
    const poll = () =>
      ingestFeeds(store, feeds, {
        state: fileFeedState(statePath),
        processor: inlineProcessor({ allowPrivate: true }),
        fetch: { allowPrivate: true },
      });
    const first = await poll();
    expect(first).toMatchObject({ added: 3, skipped: 1, skippedByReason: { 'http-status': 1 } });
    expect(store.ids).toHaveLength(3);
    const second = await poll();
    // only the failed item is tried again
    expect(second).toMatchObject({ total: 1, added: 0, skipped: 1 });
    await poll();
    const fourth = await poll();
    expect(fourth.total).toBe(0);
    expect(store.ids).toHaveLength(3);
    const state = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(Object.keys(state[feeds[0] as string].seen).sort()).toEqual(['w-1', 'w-2', 'w-3']);
  });

  it('a watcher stopped mid-poll loses and duplicates nothing when it runs again', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'unspin-feed-')), 'state.json');
    const store = memoryStore();
    const feeds = [`${server.base}/feed.xml`, `${server.base}/feed.json`];
    let handled = 0;
    const stopped = await ingestFeeds(store, feeds, {
      state: fileFeedState(statePath),
      processor: inlineProcessor({ allowPrivate: true }),
      fetch: { allowPrivate: true },
      concurrency: 1,
      onItem: () => handled++,
      shouldStop: () => handled >= 1,
    });
    expect(stopped.added).toBe(1);
    const resumed = await ingestFeeds(store, feeds, {
      state: fileFeedState(statePath),
      processor: inlineProcessor({ allowPrivate: true }),
      fetch: { allowPrivate: true },
    });
    expect(resumed.added).toBe(2);
    expect(resumed.duplicate).toBe(0);
    expect(new Set(store.ids).size).toBe(3);
    expect(store.ids).toHaveLength(3);
  });

  it('reports an unreadable feed and goes on with the others', async () => {
    const summary = await ingestFeeds(
      memoryStore(),
      [`${server.base}/nothing.xml`, `${server.base}/feed.json`],
      {
        state: fileFeedState(null),
        processor: inlineProcessor({}),
        fetch: { allowPrivate: true },
      },
    );
    expect(summary).toMatchObject({ added: 1, skipped: 1, skippedByReason: { 'http-status': 1 } });
  });
});
