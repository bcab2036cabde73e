import { Hono } from 'hono';
import { REPORT_SCHEMA } from '../../report/model/report.js';
import type { ApiDeps } from '../context.js';

/** `GET /api/health`: liveness plus what is serving. */
export function healthRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/api/health', async (c) =>
    c.json({
      status: 'ok',
      version: deps.version,
      reportSchema: REPORT_SCHEMA,
      store: deps.store.backend,
      articles: await deps.store.count(),
    }),
  );
  return app;
}
