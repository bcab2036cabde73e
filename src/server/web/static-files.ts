import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  type: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Reads every servable file of the static folder once, keyed by its URL path ("pages/article.js").
 * Requests are answered from this map only, so no request path ever reaches the file system.
 */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const type = TYPES[extname(name)];
      if (!type) continue;
      const key = relative(root, path).split(sep).join('/');
      const bytes = readFileSync(path);
      const body = new Uint8Array(new ArrayBuffer(bytes.byteLength));
      body.set(bytes);
      files.set(key, { body, type });
    }
  };
  walk(root);
  return files;
}
