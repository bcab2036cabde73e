import { Hono } from 'hono';
import { SECURITY_HEADERS } from './security-headers.js';
import { resolveStaticDir } from './static-dir.js';
import { loadStaticFiles, type StaticFile } from './static-files.js';

export interface WebRoutesOptions {
  /** Folder holding index.html and the assets; defaults to the package's own. */
  staticDir?: string;
}

/**
 * The web UI: `GET /` serves the single page, `GET /assets/<path>` its modules and styles.
 * Files are read once; the UI itself talks to the JSON API under `/api/`.
 */
export function createWebRoutes(options: WebRoutesOptions = {}): Hono {
  const app = new Hono();
  let files: Map<string, StaticFile> | null = null;
  const getFiles = (): Map<string, StaticFile> => {
    files ??= loadStaticFiles(options.staticDir ?? resolveStaticDir());
    return files;
  };

  const send = (file: StaticFile, cache: string): Response =>
    new Response(file.body, {
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': cache },
    });

  app.get('/', () => {
    const page = getFiles().get('index.html');
    if (!page) return new Response('UI not found', { status: 500 });
    return send(page, 'no-cache');
  });

  app.get('/assets/*', (c) => {
    const key = c.req.path.slice('/assets/'.length);
    const file = key === 'index.html' ? undefined : getFiles().get(key);
    if (!file) {
      return c.json({ error: { code: 'not-found', message: `no asset ${key.slice(0, 200)}` } }, 404, {
        ...SECURITY_HEADERS,
      });
    }
    return send(file, 'no-cache');
  });

  return app;
}

/** The UI routes with the package's own static folder; mount with `app.route('/', webRoutes)`. */
export const webRoutes: Hono = createWebRoutes();
