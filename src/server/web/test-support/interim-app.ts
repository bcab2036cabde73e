import { Hono } from 'hono';
import type { ArticleMeta } from '../../../analyze/types.js';
import { createEngine } from '../../../engine/create-engine.js';
import { UnspinError } from '../../../errors/index.js';
import { parseSortKey } from '../../../store/query.js';
import { openSqliteStore } from '../../../store/sqlite/sqlite-store.js';
import type { ArticleQuery } from '../../../store/types.js';
import { createWebRoutes } from '../routes.js';

/**
 * A stand-in for the real API app (src/server/app.ts), only for the UI's e2e tests until that lands:
 * the same endpoints and shapes, backed by the real SQLite store and engine.
 */
export function createInterimApp(dbPath: string): { app: Hono; close: () => Promise<void> } {
  const store = openSqliteStore({ path: dbPath });
  const engine = createEngine();
  const app = new Hono();
  const metaOf = (body: Record<string, unknown>): Partial<ArticleMeta> => {
    const meta: Partial<ArticleMeta> = {};
    for (const key of ['title', 'outlet', 'url', 'published'] as const) {
      const value = body[key];
      if (typeof value === 'string' && value) meta[key] = value;
    }
    return meta;
  };
  app.onError((error, c) =>
    error instanceof UnspinError
      ? c.json({ error: { code: error.code, message: error.message } }, 400)
      : c.json({ error: { code: 'internal', message: 'internal error' } }, 500),
  );
  app.post('/api/analyze', async (c) => {
    const body = (await c.req.json()) as Record<string, unknown>;
    return c.json(engine.analyze(String(body.text ?? ''), { meta: metaOf(body) }));
  });
  app.post('/api/articles', async (c) => {
    const body = (await c.req.json()) as Record<string, unknown>;
    const text = String(body.text ?? '');
    const meta = metaOf(body);
    const report = engine.analyze(text, { meta });
    const result = await store.add({ text, meta, report, source: 'api' });
    return c.json({ id: result.id, created: result.created, report }, result.created ? 201 : 200);
  });
  app.get('/api/articles', async (c) => {
    const q = c.req.query();
    const query: ArticleQuery = {};
    for (const key of ['q', 'outlet', 'from', 'to', 'entity', 'cursor'] as const) {
      if (q[key]) query[key] = q[key];
    }
    if (q.sort) Object.assign(query, parseSortKey(q.sort));
    return c.json(await store.search(query));
  });
  app.get('/api/articles/:id', async (c) => {
    const article = await store.get(c.req.param('id'));
    return article
      ? c.json(article)
      : c.json({ error: { code: 'not_found', message: 'no such article' } }, 404);
  });
  app.get('/api/outlets', async (c) => c.json({ items: await store.outlets() }));
  app.get('/api/entities', async (c) => c.json({ items: await store.entities() }));
  app.route('/', createWebRoutes());
  return { app, close: () => store.close() };
}
