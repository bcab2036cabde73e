import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createEngine, type Engine } from '../engine/create-engine.js';
import { engineVersion } from '../engine/version.js';
import type { FetchOptions } from '../ingest/fetch/fetch-url.js';
import { loadArticle } from '../ingest/load-article.js';
import type { ArticleStore } from '../store/types.js';
import { ApiError } from './api-error.js';
import { loopbackHostsOnly, requireTokenForWrites } from './auth.js';
import type { ApiDeps } from './context.js';
import { toErrorResponse } from './error-response.js';
import { openApiDocument } from './openapi/document.js';
import { createReportCache, type ReportCacheOptions } from './report-cache.js';
import { aggregateRoutes } from './routes/aggregates.js';
import { analyzeRoutes } from './routes/analyze.js';
import { articleRoutes } from './routes/articles.js';
import { healthRoutes } from './routes/health.js';
import { createWebRoutes } from './web/routes.js';
import { SECURITY_HEADERS } from './web/security-headers.js';

/** Request bodies above this are refused with 413 before they are read in full. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

export interface AppOptions {
  store: ArticleStore;
  engine?: Engine;
  /** When set, writes (POST /api/articles, DELETE) need `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Refuse requests whose Host header is not localhost (for servers bound to loopback). */
  loopbackOnly?: boolean;
  maxBodyBytes?: number;
  /** The web UI's routes; false for the API alone. Default: the bundled UI (src/server/web). */
  web?: Hono | false;
  /** Cache of POST /api/analyze reports; false to analyze every request. */
  reportCache?: ReportCacheOptions | false;
  /**
   * Let `{url}` requests fetch pages on loopback, private, link-local and metadata addresses. Off by default:
   * anyone who can call the API could otherwise make the server reach into its own network.
   */
  allowPrivate?: boolean;
  /** Limits (time, size, redirects) and resolver for `{url}` requests; the defaults are ingest's. */
  fetch?: FetchOptions;
  /** Called with unexpected errors (500s); the response never carries their details. */
  onInternalError?: (error: unknown) => void;
}

/** The HTTP app: JSON API under /api, the web UI at /, strict security headers on every response. */
export function createApp(options: AppOptions): Hono {
  const deps: ApiDeps = {
    store: options.store,
    engine: options.engine ?? createEngine(),
    version: engineVersion(),
    loadUrl: (url) =>
      loadArticle(url, { fetch: { ...options.fetch, allowPrivate: options.allowPrivate === true } }),
    token: options.token ?? null,
  };
  const app = new Hono();

  app.onError((error, c) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) options.onInternalError?.(error);
    return c.json(body, status, SECURITY_HEADERS);
  });
  app.notFound((c) =>
    c.json(
      { error: { code: 'not-found', message: `no route for ${c.req.method} ${c.req.path.slice(0, 200)}` } },
      404,
    ),
  );
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (c.req.path.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store');
  });
  if (options.loopbackOnly) app.use('*', loopbackHostsOnly());
  app.use('/api/*', requireTokenForWrites(options.token ?? null));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(
          413,
          'body-too-large',
          `the request body is over ${(options.maxBodyBytes ?? MAX_BODY_BYTES) / 1048576} MB`,
        );
      },
    }),
  );

  const document = openApiDocument(deps.version);
  app.get('/api/openapi.json', (c) => c.json(document));
  app.route('/', healthRoutes(deps));
  app.route(
    '/',
    analyzeRoutes(deps, options.reportCache === false ? null : createReportCache(options.reportCache)),
  );
  app.route('/', articleRoutes(deps));
  app.route('/', aggregateRoutes(deps));
  if (options.web !== false) app.route('/', options.web ?? createWebRoutes());
  return app;
}
