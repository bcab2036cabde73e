import { Hono } from 'hono';
import { InputError, NotFoundError } from '../../errors/index.js';
import type { EntityQuery } from '../../store/types.js';
import type { ApiDeps } from '../context.js';

const ENTITY_TYPES = new Set(['person', 'organization', 'place']);

/** `GET /api/entities` and `GET /api/outlets`: aggregates over the library. */
export function aggregateRoutes(deps: ApiDeps): Hono {
  const { store } = deps;
  const app = new Hono();

  app.get('/api/entities', async (c) => {
    const query: EntityQuery = {};
    const type = c.req.query('type');
    if (type) {
      if (!ENTITY_TYPES.has(type))
        throw new InputError('bad-type', 'type must be person, organization or place');
      query.type = type;
    }
    const q = c.req.query('q');
    if (q) query.q = q.slice(0, 200);
    const limit = c.req.query('limit');
    if (limit) {
      const n = Number(limit);
      if (!Number.isInteger(n) || n < 1 || n > 1000)
        throw new InputError('bad-limit', 'limit must be 1 to 1000');
      query.limit = n;
    }
    return c.json({ items: await store.entities(query) });
  });

  app.get('/api/outlets', async (c) => c.json({ items: await store.outlets() }));

  app.get('/api/outlets/:name', async (c) => {
    const outlet = await store.outlet(c.req.param('name'));
    if (!outlet) throw new NotFoundError('outlet-not-found', 'no stored article comes from this outlet');
    return c.json(outlet);
  });

  return app;
}
