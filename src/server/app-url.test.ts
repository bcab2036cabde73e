import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { memoryIo } from '../cli/test-support/memory-io.js';
import { createEngine } from '../engine/create-engine.js';
import type { FetchOptions } from '../ingest/fetch/fetch-url.js';
import type { Resolver } from '../ingest/fetch/safe-lookup.js';
import { type LocalServer, startLocalServer } from '../ingest/test-support/local-server.js';
import type { Report } from '../report/model/report.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { createApp } from './app.js';
import {
  FRENCH_PAGE_HTML,
  NEWS_PAGE_BYLINE,
  NEWS_PAGE_CANONICAL,
  NEWS_PAGE_HTML,
  NEWS_PAGE_OUTLET,
  NEWS_PAGE_TITLE,
} from './test-support/news-page.js';

const engine = createEngine();
const TOKEN = 'test-token-0123456789';
let site: LocalServer;

beforeAll(async () => {
  site = await startLocalServer({
    '/article': (_q, r) =>
      r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NEWS_PAGE_HTML),
    '/french': (_q, r) =>
      r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(FRENCH_PAGE_HTML),
    '/moved': (_q, r) => r.writeHead(302, { location: '/article' }).end(),
    '/image': (_q, r) => r.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64)),
    '/feed': (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'),
    '/slow': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      r.write('<html><body><p>Still');
    },
    '/empty': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain' }).end('   '),
  });
});
afterAll(() => site.close());

function setup(options: { allowPrivate?: boolean; token?: string; fetch?: FetchOptions } = {}) {
  const store = openSqliteStore({ path: ':memory:' });
  const app = createApp({ store, engine, web: false, ...options });
  const call = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return { store, call };
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('{url} requests refused by the private-address rules (the default)', () => {
  it.each(['/api/analyze', '/api/articles'])('%s refuses a loopback URL, naming the rule', async (path) => {
    const { call, store } = setup();
    const response = await call(path, { url: `${site.base}/article` });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('private-address');
    expect(error.message).toContain('loopback address');
    expect(error.message).toContain('--allow-private');
    expect(await store.count()).toBe(0);
  });

  it('refuses a host name that resolves to loopback (resolution faked, nothing leaves the machine)', async () => {
    const resolver: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const { call } = setup({ fetch: { resolver } });
    const response = await call('/api/analyze', { url: `http://news.example:${site.port}/article` });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('private-address');
    expect(error.message).toMatch(/news\.example resolves to 127\.0\.0\.1.*loopback address/);
  });

  it.each([
    ['metadata', 'http://169.254.169.254/latest/meta-data/', 'cloud metadata address'],
    ['IPv6 loopback', 'http://[::1]/x', 'loopback address'],
    ['private network', 'http://10.1.2.3/x', 'private network'],
  ])('refuses a %s address', async (_name, url, rule) => {
    const { call } = setup();
    const response = await call('/api/analyze', { url });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'private-address' });
    expect((await errorOf(await call('/api/analyze', { url }))).message).toContain(rule);
  });

  it('refuses URLs that are not http(s), and empty ones', async () => {
    const { call } = setup();
    for (const url of ['ftp://example.org/a', 'javascript:alert(1)', '', 42]) {
      const response = await call('/api/analyze', { url });
      expect(response.status, String(url)).toBe(400);
      expect((await errorOf(response)).code).toBe('bad-url');
    }
  });
});

describe('{url} requests on a server started with allowPrivate', () => {
  it('POST /api/analyze fetches the page and fills the article from its metadata, without caching', async () => {
    const { call, store } = setup({ allowPrivate: true });
    const response = await call('/api/analyze', { url: `${site.base}/article` });
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Unspin-Cache')).toBe('miss');
    const report = (await response.json()) as Report;
    expect(report.analyzed).toBe(true);
    expect(report.article).toMatchObject({
      title: NEWS_PAGE_TITLE,
      outlet: NEWS_PAGE_OUTLET,
      byline: NEWS_PAGE_BYLINE,
      published: '2025-04-08',
      url: NEWS_PAGE_CANONICAL,
      language: 'en',
    });
    const text = report.sentences.map((s) => (s as { text: string }).text).join(' ');
    expect(text).toContain('three evening crossings');
    expect(text).not.toMatch(/cookies|Related stories|All rights reserved/);
    expect(report.quotes.length).toBeGreaterThan(0);
    const again = await call('/api/analyze', { url: `${site.base}/article` });
    expect(again.headers.get('X-Unspin-Cache')).toBe('miss');
    expect(await store.count()).toBe(0);
  });

  it('gives the same report as `unspin analyze <url> --allow-private --format json`', async () => {
    const { call } = setup({ allowPrivate: true });
    const url = `${site.base}/article`;
    const api = await (await call('/api/analyze', { url })).json();
    const io = memoryIo({});
    expect(await runCli(['analyze', url, '--allow-private', '--format', 'json'], io)).toBe(0);
    expect(api).toEqual(JSON.parse(io.out()));
  });

  it('fields sent with the url override the page’s', async () => {
    const { call } = setup({ allowPrivate: true });
    const response = await call('/api/analyze', { url: `${site.base}/moved`, outlet: 'Given Outlet' });
    expect(response.status).toBe(200);
    const { article } = (await response.json()) as Report;
    expect(article.outlet).toBe('Given Outlet');
    expect(article.title).toBe(NEWS_PAGE_TITLE);
  });

  it('POST /api/articles stores the fetched article idempotently, with the page metadata', async () => {
    const { call, store } = setup({ allowPrivate: true });
    const first = await call('/api/articles', { url: `${site.base}/article` });
    expect(first.status).toBe(201);
    const stored = (await first.json()) as {
      id: string;
      created: boolean;
      title: string;
      outlet: string;
      url: string;
      source: string;
      text: string;
    };
    expect(stored).toMatchObject({
      created: true,
      title: NEWS_PAGE_TITLE,
      outlet: NEWS_PAGE_OUTLET,
      url: NEWS_PAGE_CANONICAL,
      source: `${site.base}/article`,
    });
    expect(stored.text).not.toContain('cookies');
    const second = await call('/api/articles', { url: `${site.base}/moved` });
    expect(second.status).toBe(200);
    expect((await second.json()) as { id: string; created: boolean }).toMatchObject({
      id: stored.id,
      created: false,
    });
    expect(await store.count()).toBe(1);
  });

  it('a page not in English is refused like a text (400 not-english)', async () => {
    const { call } = setup({ allowPrivate: true });
    const response = await call('/api/analyze', { url: `${site.base}/french` });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('not-english');
  });

  it('the library stores a page not in English, marked as not analyzed', async () => {
    const { call, store } = setup({ allowPrivate: true });
    const response = await call('/api/articles', { url: `${site.base}/french` });
    expect(response.status).toBe(201);
    const stored = (await response.json()) as {
      id: string;
      report: { analyzed: boolean; article: { language: string } };
    };
    expect(stored.report.analyzed).toBe(false);
    expect(stored.report.article.language).toBe('fr');
    expect(await store.count()).toBe(1);
  });

  it.each([
    ['/nowhere', 502, 'http-status'],
    ['/image', 422, 'content-type'],
    ['/feed', 422, 'is-feed'],
    ['/empty', 422, 'no-article'],
  ])('%s gives %i %s', async (path, status, code) => {
    const { call } = setup({ allowPrivate: true });
    const response = await call('/api/analyze', { url: `${site.base}${path}` });
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
  });

  it('a page slower than the fetch limit gives 504 timeout', async () => {
    const { call } = setup({ allowPrivate: true, fetch: { timeoutMs: 300 } });
    const started = Date.now();
    const response = await call('/api/analyze', { url: `${site.base}/slow` });
    expect(response.status).toBe(504);
    expect((await errorOf(response)).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('with a token, fetching needs it on /api/analyze too (texts do not)', async () => {
    const { call } = setup({ allowPrivate: true, token: TOKEN });
    const without = await call('/api/analyze', { url: `${site.base}/article` });
    expect(without.status).toBe(401);
    expect((await errorOf(without)).code).toBe('unauthorized');
    const withToken = await call(
      '/api/analyze',
      { url: `${site.base}/article` },
      { Authorization: `Bearer ${TOKEN}` },
    );
    expect(withToken.status).toBe(200);
    expect((await call('/api/analyze', { text: 'The council met on Tuesday to vote.' })).status).toBe(200);
  });
});

describe('OpenAPI document', () => {
  it('shows {url} as the alternative to {text} and documents the fetch error statuses', async () => {
    const app = createApp({ store: openSqliteStore({ path: ':memory:' }), web: false });
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      components: { schemas: { ArticleInput: { anyOf: { required: string[] }[] } } };
      paths: Record<string, { post: { responses: Record<string, { description: string }> } }>;
    };
    expect(doc.components.schemas.ArticleInput.anyOf.map((a) => a.required)).toEqual([['text'], ['url']]);
    for (const path of ['/api/analyze', '/api/articles']) {
      const { responses } = doc.paths[path]?.post ?? { responses: {} };
      expect(responses['400']?.description).toContain('private-address');
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(['422', '502', '504']));
    }
  });
});
