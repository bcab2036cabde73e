import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../errors/index.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { loadArticle } from '../load-article.js';
import { type LocalServer, startLocalServer } from '../test-support/local-server.js';
import { fetchUrl } from './fetch-url.js';
import { memoryHttpCache } from './http-cache.js';
import type { Resolver } from './safe-lookup.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name));
const loopbackResolver: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];

let server: LocalServer;
const timers: NodeJS.Timeout[] = [];

beforeAll(async () => {
  server = await startLocalServer({
    '/news': (_q, r) =>
      r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture('cluttered-news.html')),
    '/ld': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(fixture('json-ld-shell.html')),
    '/cp1252': (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
        .end(fixture('windows-1252.html')),
    '/gzip': (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
        .end(gzipSync(fixture('br-paragraphs.html'))),
    '/r1': (_q, r) => r.writeHead(301, { location: '/r2' }).end(),
    '/r2': (_q, r) => r.writeHead(302, { location: `${server.base}/r3` }).end(),
    '/r3': (_q, r) => r.writeHead(307, { location: '/news' }).end(),
    '/loop-a': (_q, r) => r.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_q, r) => r.writeHead(302, { location: '/loop-a' }).end(),
    ...Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [
        `/hop${i}`,
        (_q, r) => r.writeHead(302, { location: `/hop${i + 1}` }).end(),
      ]),
    ),
    '/to-metadata': (_q, r) =>
      r.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-v6-loopback': (_q, r) => r.writeHead(302, { location: 'http://[::1]/x' }).end(),
    '/huge': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      r.write(Buffer.alloc(64 * 1024, 0x61));
    },
    '/huge-chunked': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const push = () => {
        while (sent < 50 && r.write(chunk)) sent++;
        if (sent < 50) r.once('drain', push);
        else r.end();
      };
      push();
    },
    '/drip': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => r.write('<p>'), 50);
      timers.push(t);
      r.on('close', () => clearInterval(t));
    },
    '/image': (_q, r) => r.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100)),
    '/pdf': (_q, r) => r.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    '/api': (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    '/missing': (_q, r) => r.writeHead(404, { 'content-type': 'text/html' }).end('gone'),
    '/etag': (q, r) => {
      if (q.headers['if-none-match'] === '"v1"') r.writeHead(304).end();
      else r.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(fixture('br-paragraphs.html'));
    },
    '/rss': (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('feed-rss.xml')),
    '/atom': (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/atom+xml' }).end(fixture('feed-atom.xml')),
    '/json-feed': (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/feed+json' }).end(fixture('feed.json')),
  });
});

afterAll(async () => {
  for (const t of timers) clearInterval(t);
  await server.close();
});

const allow = { allowPrivate: true } as const;

async function refusal(p: Promise<unknown>): Promise<FetchError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchUrl against a loopback server', () => {
  it('loads a cluttered news page as an article, with a polite User-Agent', async () => {
    const a = await loadArticle(`${server.base}/news`, { allowPrivate: true });
    expect(a.meta.title).toBe('Harbor Council Approves Ferry Fare Freeze');
    expect(a.meta.outlet).toBe('The Lakeside Ledger');
    expect(a.text).not.toContain('cookies');
    expect(a.offsets?.length).toBeGreaterThan(0);
    const ua = server.seen.find((s) => s.path === '/news')?.headers['user-agent'];
    expect(ua).toMatch(/^unspin\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/unspin\/unspin\)$/);
  });

  it('loads a JSON-LD page', async () => {
    const a = await loadArticle(`${server.base}/ld`, { allowPrivate: true });
    expect(a.meta.byline).toBe('Tomas Reyes');
    expect(a.meta.published).toBe('2026-02-03T17:05:00+01:00');
    expect(a.text).toContain('Ingrid Solberg');
  });

  it('decodes a windows-1252 page by its header charset', async () => {
    const a = await loadArticle(`${server.base}/cp1252`, { allowPrivate: true });
    expect(a.text).toContain('Renée Dubois');
  });

  it('decompresses gzip bodies', async () => {
    const a = await loadArticle(`${server.base}/gzip`, { allowPrivate: true });
    expect(a.meta.title).toBe('Storm Closes Mountain Pass');
  });

  it('follows a redirect chain and records it', async () => {
    const r = await fetchUrl(`${server.base}/r1`, allow);
    expect(r.url).toBe(`${server.base}/news`);
    expect(r.chain.map((u) => new URL(u).pathname)).toEqual(['/r1', '/r2', '/r3', '/news']);
  });

  it('detects a redirect loop', async () => {
    const e = await refusal(fetchUrl(`${server.base}/loop-a`, allow));
    expect(e.code).toBe('redirect-loop');
  });

  it('stops after the redirect limit', async () => {
    const e = await refusal(fetchUrl(`${server.base}/hop0`, allow));
    expect(e.code).toBe('too-many-redirects');
    expect(e.message).toMatch(/more than 5 redirects/);
  });

  it('refuses a 50 MB body (declared length) at once', async () => {
    const t0 = Date.now();
    const e = await refusal(fetchUrl(`${server.base}/huge`, allow));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/5 MB limit/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('refuses a 50 MB chunked body once 5 MB have arrived', async () => {
    const t0 = Date.now();
    const e = await refusal(fetchUrl(`${server.base}/huge-chunked`, allow));
    expect(e.code).toBe('too-large');
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('times out a slow-drip body within the total limit', async () => {
    const t0 = Date.now();
    const e = await refusal(fetchUrl(`${server.base}/drip`, { ...allow, timeoutMs: 400 }));
    expect(e.code).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it('refuses content types that are not pages, text or feeds', async () => {
    const e = await refusal(fetchUrl(`${server.base}/image`, allow));
    expect(e.code).toBe('content-type');
    expect(e.message).toMatch(/image\/png/);
    expect((await refusal(fetchUrl(`${server.base}/pdf`, allow))).code).toBe('content-type');
  });

  it('refuses JSON that is not a JSON Feed', async () => {
    await expect(loadArticle(`${server.base}/api`, { allowPrivate: true })).rejects.toThrow(
      /is application\/json but not an RSS, Atom or JSON feed/,
    );
  });

  it('reports HTTP errors', async () => {
    const e = await refusal(fetchUrl(`${server.base}/missing`, allow));
    expect(e.message).toMatch(/HTTP 404/);
  });

  it('makes conditional requests with a cache', async () => {
    const cache = memoryHttpCache();
    const first = await fetchUrl(`${server.base}/etag`, { ...allow, cache });
    const second = await fetchUrl(`${server.base}/etag`, { ...allow, cache });
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.status).toBe(304);
    expect(Buffer.from(second.body).equals(Buffer.from(first.body))).toBe(true);
    expect(server.seen.filter((s) => s.path === '/etag').at(-1)?.headers['if-none-match']).toBe('"v1"');
  });

  it('fetches RSS, Atom and JSON feeds', async () => {
    for (const [path, format] of [
      ['/rss', 'rss'],
      ['/atom', 'atom'],
      ['/json-feed', 'json'],
    ] as const) {
      const r = await fetchUrl(`${server.base}${path}`, allow);
      expect(r.kind).toBe('feed');
      const feed = parseFeed(Buffer.from(r.body).toString('utf8'));
      expect(feed.format).toBe(format);
      expect(feed.items.length).toBe(2);
    }
  });

  it('refuses to analyze a feed URL as an article', async () => {
    await expect(loadArticle(`${server.base}/rss`, { allowPrivate: true })).rejects.toThrow(/add --feed/);
  });
});

describe('private-address refusals (no allowPrivate)', () => {
  it('refuses 127.0.0.1 and names the rule', async () => {
    const e = await refusal(fetchUrl(`${server.base}/news`));
    expect(e.code).toBe('private-address');
    expect(e.message).toMatch(/loopback address/);
    expect(e.message).toMatch(/--allow-private/);
  });

  it('refuses [::1]', async () => {
    const e = await refusal(fetchUrl(`http://[::1]:${server.port}/news`));
    expect(e.message).toMatch(/loopback address/);
  });

  it('refuses the cloud metadata address', async () => {
    const e = await refusal(fetchUrl('http://169.254.169.254/latest/meta-data/'));
    expect(e.message).toMatch(/cloud metadata address/);
  });

  it('refuses a host name that resolves to loopback (fake resolver)', async () => {
    const e = await refusal(
      fetchUrl(`http://news.example:${server.port}/news`, { resolver: loopbackResolver }),
    );
    expect(e.message).toMatch(/news\.example resolves to 127\.0\.0\.1\): loopback address/);
    expect(server.seen.every((s) => s.headers.host !== `news.example:${server.port}`)).toBe(true);
  });

  it('connects through the injected resolver when the address is allowed', async () => {
    const r = await fetchUrl(`http://news.example:${server.port}/news`, {
      resolver: loopbackResolver,
      allowPrivate: true,
    });
    expect(r.status).toBe(200);
    expect(server.seen.at(-1)?.headers.host).toBe(`news.example:${server.port}`);
  });

  it('refuses a name with any private address among its answers', async () => {
    const resolver: Resolver = async () => [
      { address: '127.0.0.1', family: 4 },
      { address: 'fd12::1', family: 6 },
    ];
    const e = await refusal(fetchUrl(`http://mixed.example:${server.port}/`, { resolver }));
    expect(e.code).toBe('private-address');
  });

  it('checks every redirect target', async () => {
    const only = { allowAddresses: ['127.0.0.1'] };
    expect((await fetchUrl(`${server.base}/news`, only)).status).toBe(200);
    const meta = await refusal(fetchUrl(`${server.base}/to-metadata`, only));
    expect(meta.message).toMatch(/169\.254\.169\.254: cloud metadata address/);
    const v6 = await refusal(fetchUrl(`${server.base}/to-v6-loopback`, only));
    expect(v6.message).toMatch(/::1: loopback address/);
  });

  it('refuses non-http schemes', async () => {
    expect((await refusal(fetchUrl('file:///etc/passwd'))).code).toBe('bad-scheme');
  });
});
