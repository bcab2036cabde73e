import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import { hostnameOf, isLoopbackHost } from './host-rules.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Requires `Authorization: Bearer <token>` on writes when a token is set. `POST /api/analyze` stores
 * nothing, so it is not a write.
 */
export function requireTokenForWrites(token: string | null): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (expected && WRITE_METHODS.has(c.req.method) && c.req.path !== '/api/analyze') {
      const header = c.req.header('Authorization') ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
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
