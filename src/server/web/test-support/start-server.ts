import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../../store/sqlite/sqlite-store.js';
import { startServer as startHttpServer } from '../../start-server.js';

export interface RunningServer {
  url: string;
  /** POSTs JSON to the server from Node (to seed the library). */
  post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** Starts the real server (API and UI) on 127.0.0.1, port 0, with a fresh SQLite file in a temp folder. */
export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-web-e2e-'));
  const store = openSqliteStore({ path: join(dir, 'library.db') });
  const server = await startHttpServer({ store, host: '127.0.0.1', port: 0 });
  return {
    url: server.url,
    async post(path, body) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    },
    async stop() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
