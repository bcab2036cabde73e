import { Hono } from 'hono';
import { NotFoundError } from '../../errors/index.js';
import { articleId } from '../../store/content-id.js';
import { parseRoleFilter, parseSortKey } from '../../store/query.js';
import type { ArticleQuery, ArticleStore } from '../../store/types.js';
import type { ApiDeps } from '../context.js';
import { resolveArticle } from '../fetch-article.js';
import { parseArticleRequest, readJsonObject } from '../request-body.js';
import { analyzeInput } from './analyze.js';

async function resolve(store: ArticleStore, wanted: string): Promise<string> {
  const id = await store.resolveId(wanted);
  if (!id)
    throw new NotFoundError(
      'article-not-found',
      'no stored article has this id (or the prefix is ambiguous)',
    );
  return id;
}

/** Builds a store query from URL parameters; the store validates values (InputError → 400). */
export function queryFromParams(params: URLSearchParams): ArticleQuery {
  const query: ArticleQuery = {};
  for (const key of ['q', 'outlet', 'from', 'to', 'entity', 'category', 'cursor'] as const) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  const limit = params.get('limit');
  if (limit) query.limit = Number(limit);
  const roles = params.getAll('role').filter(Boolean);
  if (roles.length) query.roles = roles.map(parseRoleFilter);
  const sort = params.get('sort');
  if (sort) Object.assign(query, parseSortKey(sort));
  return query;
}

/** The stored library: add (idempotent; a text, or a page fetched from `url`), list and search, get, delete. */
export function articleRoutes(deps: ApiDeps): Hono {
  const { store } = deps;
  const app = new Hono();

  app.post('/api/articles', async (c) => {
    const input = await resolveArticle(c, deps, parseArticleRequest(await readJsonObject(c)));
    const id = articleId(input.text);
    let created = false;
    if (!(await store.has(id))) {
      const report = analyzeInput(deps, input, true);
      created = (
        await store.add({ text: input.text, meta: input.meta, report, source: input.source ?? 'api' })
      ).created;
    }
    const article = await store.get(id);
    if (!article) throw new NotFoundError('article-not-found', 'the article was deleted while being stored');
    c.header('Location', `/api/articles/${id}`);
    return c.json({ ...article, created }, created ? 201 : 200);
  });

  app.get('/api/articles', async (c) => {
    return c.json(await store.search(queryFromParams(new URL(c.req.url).searchParams)));
  });

  app.get('/api/articles/:id', async (c) => {
    const article = await store.get(await resolve(store, c.req.param('id')));
    if (!article) throw new NotFoundError('article-not-found', 'no stored article has this id');
    return c.json(article);
  });

  app.get('/api/articles/:id/report', async (c) => {
    const article = await store.get(await resolve(store, c.req.param('id')));
    if (!article) throw new NotFoundError('article-not-found', 'no stored article has this id');
    return c.json(article.report);
  });

  app.delete('/api/articles/:id', async (c) => {
    const id = await resolve(store, c.req.param('id'));
    if (!(await store.delete(id)))
      throw new NotFoundError('article-not-found', 'no stored article has this id');
    return c.body(null, 204);
  });

  return app;
}
