import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { createInterimApp } from './interim-app.js';

export interface RunningServer {
  url: string;
  /** POSTs JSON to the server from Node (to seed the library). */
  post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** Starts the real HTTP server on 127.0.0.1, port 0, with a fresh SQLite file in a temp folder. */
export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-web-e2e-'));
  const { app, close } = createInterimApp(join(dir, 'library.db'));
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async post(path, body) {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
