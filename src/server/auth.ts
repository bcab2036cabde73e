import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import { hostnameOf, isLoopbackHost } from './host-rules.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

function bearerMatchesDigest(c: Context, expected: Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  return Boolean(match?.[1]) && timingSafeEqual(digest(match?.[1] ?? ''), expected);
}

/** Whether the request carries `Authorization: Bearer <token>` (compared in constant time). */
export function bearerMatches(c: Context, token: string): boolean {
  return bearerMatchesDigest(c, digest(token));
}

/**
 * Requires `Authorization: Bearer <token>` on writes when a token is set. `POST /api/analyze` stores
 * nothing, so it is not a write (but fetching a URL for it needs the token: see fetch-article.ts).
 */
export function requireTokenForWrites(token: string | null): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (expected && WRITE_METHODS.has(c.req.method) && c.req.path !== '/api/analyze') {
      if (!bearerMatchesDigest(c, expected)) {
        c.header('WWW-Authenticate', 'Bearer realm="unspin"');
        throw new ApiError(401, 'unauthorized', 'this request needs "Authorization: Bearer <UNSPIN_TOKEN>"');
      }
    }
    await next();
  };
}

/**
 * On a loopback-only server, refuses requests whose Host header names another host: a web page elsewhere
 * cannot reach the library through DNS rebinding.
 */
export function loopbackHostsOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = hostnameOf(c.req.header('Host') ?? new URL(c.req.url).host);
    if (!isLoopbackHost(host))
      throw new ApiError(403, 'bad-host', 'this server only answers requests for localhost');
    await next();
  };
}
