import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/create-engine.js';
import { articleId } from '../store/content-id.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { fixtureText } from '../store/test-support/fixture-articles.js';
import type { ArticleStore } from '../store/types.js';
import { createApp } from './app.js';

const engine = createEngine();
const TOKEN = 'test-token-0123456789';

function setup(options: { token?: string; loopbackOnly?: boolean; maxBodyBytes?: number } = {}) {
  const store: ArticleStore = openSqliteStore({ path: ':memory:' });
  const app = createApp({ store, engine, web: false, ...options });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return { store, app, call };
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error.message).toBe('string');
  return body.error;
}

describe('POST /api/analyze', () => {
  it('returns the same report as the engine, storing nothing', async () => {
    const { call, store } = setup();
    const text = fixtureText(1);
    const response = await call('POST', '/api/analyze', { text, title: 'A vote', outlet: 'Test Post' });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toEqual(
      JSON.parse(JSON.stringify(engine.analyze(text, { meta: { title: 'A vote', outlet: 'Test Post' } }))),
    );
    expect(await store.count()).toBe(0);
  });

  it('answers a repeated request from the cache, with the same body', async () => {
    const { call } = setup();
    const text = fixtureText(7);
    const first = await call('POST', '/api/analyze', { text });
    const second = await call('POST', '/api/analyze', { text });
    const other = await call('POST', '/api/analyze', { text, title: 'Another title' });
    expect(first.headers.get('X-Unspin-Cache')).toBe('miss');
    expect(second.headers.get('X-Unspin-Cache')).toBe('hit');
    expect(other.headers.get('X-Unspin-Cache')).toBe('miss');
    expect(await second.text()).toBe(await first.text());
    expect(((await other.json()) as { article: { title: string } }).article.title).toBe('Another title');
  });

  it.each([
    ['missing text', { title: 'x' }, 'bad-text'],
    ['text not a string', { text: 42 }, 'bad-text'],
    ['empty text', { text: '   ' }, 'empty-input'],
    ['title not a string', { text: 'Some words here.', title: ['x'] }, 'bad-title'],
    ['javascript: url', { text: 'Some words here.', url: 'javascript:alert(1)' }, 'bad-url'],
    ['bad date', { text: 'Some words here.', published: 'someday' }, 'bad-date'],
    ['array body', [1, 2], 'bad-body'],
    ['binary text', { text: 'a\u0000b' }, 'binary-input'],
  ])('400 with a reason for %s', async (_name, body, code) => {
    const { call } = setup();
    const response = await call('POST', '/api/analyze', body);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe(code);
  });

  it('400 for malformed JSON, 415 for a non-JSON body', async () => {
    const { call, app } = setup();
    const bad = await call('POST', '/api/analyze', '{"text": ');
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe('bad-json');
    const form = await app.request('/api/analyze', { method: 'POST', body: 'text=hello' });
    expect(form.status).toBe(415);
    expect((await errorOf(form)).code).toBe('unsupported-media-type');
  });

  it('413 for a body over the cap', async () => {
    const { call } = setup({ maxBodyBytes: 1000 });
    const response = await call('POST', '/api/analyze', { text: 'word '.repeat(500) });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('body-too-large');
  });
});

describe('/api/articles', () => {
  it('stores idempotently: 201 then 200 with the same id', async () => {
    const { call, store } = setup();
    const text = fixtureText(2);
    const first = await call('POST', '/api/articles', { text, outlet: 'Test Post', published: '2025-02-03' });
    expect(first.status).toBe(201);
    const a = (await first.json()) as { id: string; created: boolean; outlet: string; published: string };
    expect(a).toMatchObject({
      id: articleId(text),
      created: true,
      outlet: 'Test Post',
      published: '2025-02-03',
    });
    expect(first.headers.get('Location')).toBe(`/api/articles/${a.id}`);
    const again = await call('POST', '/api/articles', { text: `${text}\n\n`, outlet: 'Other' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: a.id, created: false, outlet: 'Test Post' });
    expect(await store.count()).toBe(1);
  });

  it('gets an article (by id or prefix) with its report, and its report alone', async () => {
    const { call } = setup();
    const text = fixtureText(3);
    const { id } = (await (await call('POST', '/api/articles', { text })).json()) as { id: string };
    const expected = JSON.parse(JSON.stringify(engine.analyze(text, { meta: {} })));
    const full = await call('GET', `/api/articles/${id}`);
    expect(full.status).toBe(200);
    expect(await full.json()).toMatchObject({ id, text, report: expected });
    const byPrefix = await call('GET', `/api/articles/${id.slice(0, 10)}`);
    expect(((await byPrefix.json()) as { id: string }).id).toBe(id);
    const report = await call('GET', `/api/articles/${id}/report`);
    expect(await report.text()).toBe(JSON.stringify(expected));
  });

  it('404 for unknown ids and garbage ids, never 500', async () => {
    const { call } = setup();
    for (const path of ['/api/articles/abcdef0123', '/api/articles/%3Cscript%3E', '/api/articles/x/report']) {
      const response = await call('GET', path);
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('article-not-found');
    }
    const del = await call('DELETE', `/api/articles/${'a'.repeat(64)}`);
    expect(del.status).toBe(404);
  });

  it('deletes', async () => {
    const { call, store } = setup();
    const { id } = (await (await call('POST', '/api/articles', { text: fixtureText(4) })).json()) as {
      id: string;
    };
    const response = await call('DELETE', `/api/articles/${id}`);
    expect(response.status).toBe(204);
    expect(await store.count()).toBe(0);
    expect((await call('GET', `/api/articles/${id}`)).status).toBe(404);
  });

  it('searches with filters and pages with cursors', async () => {
    const { call } = setup();
    for (let i = 0; i < 5; i++) {
      await call('POST', '/api/articles', {
        text: fixtureText(i),
        outlet: i % 2 ? 'Odd Times' : 'Even Post',
        published: `2025-01-0${i + 1}`,
      });
    }
    const all = (await (await call('GET', '/api/articles?limit=2&sort=published')).json()) as {
      items: { published: string }[];
      nextCursor: string;
      total: number;
    };
    expect(all.total).toBe(5);
    expect(all.items.map((a) => a.published)).toEqual(['2025-01-05', '2025-01-04']);
    const next = (await (
      await call('GET', `/api/articles?limit=2&sort=published&cursor=${encodeURIComponent(all.nextCursor)}`)
    ).json()) as { items: { published: string }[] };
    expect(next.items.map((a) => a.published)).toEqual(['2025-01-03', '2025-01-02']);
    const odd = (await (await call('GET', '/api/articles?outlet=odd%20times&from=2025-01-03')).json()) as {
      total: number;
    };
    expect(odd.total).toBe(1);
    const text = (await (await call('GET', '/api/articles?q=Elmbridge')).json()) as { total: number };
    expect(text.total).toBe(1);
    const roles = await call(
      'GET',
      `/api/articles?role=${encodeURIComponent('opinion>=0')}&role=${encodeURIComponent('quote<=1')}`,
    );
    expect(((await roles.json()) as { total: number }).total).toBe(5);
  });

  it.each([
    ['limit=0', 'bad-limit'],
    ['limit=abc', 'bad-limit'],
    ['sort=colour', 'bad-sort'],
    ['cursor=%7B%7D', 'bad-cursor'],
    ['from=yesterday', 'bad-date'],
    ['role=spin%3E0.2', 'bad-role-filter'],
  ])('400 for a bad parameter: %s', async (query, code) => {
    const { call } = setup();
    const response = await call('GET', `/api/articles?${query}`);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe(code);
  });
});

describe('aggregates and health', () => {
  it('lists outlets and entities', async () => {
    const { call } = setup();
    await call('POST', '/api/articles', { text: fixtureText(1), outlet: 'Test Post' });
    await call('POST', '/api/articles', { text: fixtureText(2), outlet: 'Test Post' });
    const outlets = (await (await call('GET', '/api/outlets')).json()) as {
      items: { outlet: string; articles: number }[];
    };
    expect(outlets.items).toEqual([expect.objectContaining({ outlet: 'Test Post', articles: 2 })]);
    const one = await call('GET', '/api/outlets/test%20post');
    expect(((await one.json()) as { articles: number }).articles).toBe(2);
    expect((await call('GET', '/api/outlets/none')).status).toBe(404);
    const entities = await call('GET', '/api/entities?type=person&limit=5');
    expect(entities.status).toBe(200);
    expect(Array.isArray(((await entities.json()) as { items: unknown[] }).items)).toBe(true);
    expect((await call('GET', '/api/entities?type=alien')).status).toBe(400);
  });

  it('reports health', async () => {
    const { call } = setup();
    const response = await call('GET', '/api/health');
    expect(await response.json()).toMatchObject({ status: 'ok', store: 'sqlite', articles: 0 });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const { call } = setup();
    const response = await call('GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not-found');
  });
});

describe('security', () => {
  it('sets a strict CSP and other headers on every response, errors included', async () => {
    const { call } = setup();
    for (const response of [
      await call('GET', '/api/health'),
      await call('GET', '/api/articles/zzz'),
      await call('POST', '/api/analyze', '{'),
    ]) {
      const csp = response.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    }
  });

  it('requires the bearer token for writes when one is set, not for reads or analyze', async () => {
    const { call } = setup({ token: TOKEN });
    const body = { text: fixtureText(5) };
    const none = await call('POST', '/api/articles', body);
    expect(none.status).toBe(401);
    expect((await errorOf(none)).code).toBe('unauthorized');
    expect(none.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect(
      (await call('POST', '/api/articles', body, { Authorization: 'Bearer wrong-token-000000000' })).status,
    ).toBe(401);
    const ok = await call('POST', '/api/articles', body, { Authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(201);
    const { id } = (await ok.json()) as { id: string };
    expect((await call('DELETE', `/api/articles/${id}`)).status).toBe(401);
    expect((await call('GET', `/api/articles/${id}`)).status).toBe(200);
    expect((await call('POST', '/api/analyze', body)).status).toBe(200);
    expect(
      (await call('DELETE', `/api/articles/${id}`, undefined, { Authorization: `Bearer ${TOKEN}` })).status,
    ).toBe(204);
  });

  it('on a loopback-only server, refuses other Host headers (DNS rebinding)', async () => {
    const { app } = setup({ loopbackOnly: true });
    expect((await app.request('http://localhost:8080/api/health')).status).toBe(200);
    expect((await app.request('http://127.0.0.1:8080/api/health')).status).toBe(200);
    expect((await app.request('http://[::1]:8080/api/health')).status).toBe(200);
    const evil = await app.request('http://evil.example/api/health');
    expect(evil.status).toBe(403);
    expect((await errorOf(evil)).code).toBe('bad-host');
  });
});
