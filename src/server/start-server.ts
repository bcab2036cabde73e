import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import type { Engine } from '../engine/create-engine.js';
import { UsageError } from '../errors/index.js';
import type { ArticleStore } from '../store/types.js';
import { createApp } from './app.js';
import { isLoopbackHost } from './host-rules.js';

export interface ServerOptions {
  store: ArticleStore;
  engine?: Engine;
  host: string;
  /** 0 picks a free port. */
  port: number;
  token?: string | null;
  /** Let `{url}` requests fetch loopback, private and link-local addresses (off by default). */
  allowPrivate?: boolean;
  onInternalError?: (error: unknown) => void;
}

export interface RunningServer {
  /** Base address, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Refuses to listen beyond loopback without a token (anyone on the network could write to the library);
 * a token, when given, must be at least 16 characters.
 */
export function checkServerSecurity(host: string, token: string | null | undefined): void {
  if (token !== undefined && token !== null && token.length < 16) {
    throw new UsageError('weak-token', 'UNSPIN_TOKEN must be at least 16 characters');
  }
  if (!isLoopbackHost(host) && !token) {
    throw new UsageError(
      'token-required',
      `refusing to listen on ${host} without a token: set UNSPIN_TOKEN (16+ characters) so that writes need it, or use --host 127.0.0.1`,
    );
  }
}

/** Starts the HTTP server (API and UI) and resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  checkServerSecurity(options.host, options.token);
  const app = createApp({
    store: options.store,
    token: options.token ?? null,
    loopbackOnly: isLoopbackHost(options.host),
    allowPrivate: options.allowPrivate === true,
    ...(options.engine ? { engine: options.engine } : {}),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL'
          ? new UsageError('cannot-listen', `cannot listen on ${options.host}:${options.port}: ${error.code}`)
          : error,
      ),
    );
  });
  const { port } = server.address() as AddressInfo;
  const hostPart = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostPart}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
