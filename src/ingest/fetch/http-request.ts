import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { FetchError } from '../../errors/index.js';
import { contentKind } from './content-kind.js';
import type { HttpCache } from './http-cache.js';
import type { createSafeLookup } from './safe-lookup.js';

const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.8,text/plain;q=0.7,application/xml;q=0.6';

/** One HTTP exchange: status, headers, and the body for a 2xx answer. */
export interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Uint8Array | null;
}

export interface RequestContext {
  lookup: ReturnType<typeof createSafeLookup>;
  deadline: number;
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  cached: ReturnType<HttpCache['get']>;
}

/**
 * One GET without following redirects: conditional headers from the cache, the safe lookup, the
 * overall deadline, the content-type check before the body, and the size cap while it streams.
 */
export function request(url: URL, ctx: RequestContext): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    const headers: Record<string, string> = {
      'user-agent': ctx.userAgent,
      accept: ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (ctx.cached?.etag) headers['if-none-match'] = ctx.cached.etag;
    if (ctx.cached?.lastModified) headers['if-modified-since'] = ctx.cached.lastModified;
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(
        error instanceof FetchError
          ? error
          : new FetchError('network', `${url.href}: ${(error as Error).message}`, { url: url.href }),
      );
    };
    const remaining = Math.max(1, ctx.deadline - Date.now());
    const timer = setTimeout(
      () =>
        fail(
          new FetchError('timeout', `${url.href}: no complete answer within ${ctx.timeoutMs / 1000} s`, {
            url: url.href,
          }),
        ),
      remaining,
    );
    const req = client.request(url, { method: 'GET', headers, lookup: ctx.lookup as never }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        res.resume();
        settled = true;
        clearTimeout(timer);
        req.destroy();
        resolve({ status, headers: res.headers, body: null });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        settled = true;
        clearTimeout(timer);
        req.destroy();
        resolve({ status, headers: res.headers, body: null });
        return;
      }
      const contentType = res.headers['content-type'];
      if (contentKind(contentType) === null) {
        fail(
          new FetchError(
            'content-type',
            `${url.href} is ${contentType}; unspin reads only web pages (text/html, application/xhtml+xml), plain text and RSS/Atom/JSON feeds`,
            { contentType },
          ),
        );
        return;
      }
      const declared = Number(res.headers['content-length']);
      const encoding = String(res.headers['content-encoding'] ?? 'identity').toLowerCase();
      if (encoding === 'identity' && Number.isFinite(declared) && declared > ctx.maxBytes) {
        fail(tooLarge(url, ctx.maxBytes));
        return;
      }
      let stream: NodeJS.ReadableStream = res;
      if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
      else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
      else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > ctx.maxBytes) {
          fail(tooLarge(url, ctx.maxBytes));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', fail);
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('aborted', () => fail(new Error('connection closed before the body was complete')));
    });
    req.on('error', fail);
    req.end();
  });
}

function tooLarge(url: URL, maxBytes: number): FetchError {
  return new FetchError(
    'too-large',
    `${url.href} is larger than the ${(maxBytes / 1048576).toFixed(maxBytes % 1048576 ? 1 : 0)} MB limit`,
    { url: url.href, maxBytes },
  );
}
