import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC_RELATIVE = join('src', 'server', 'web', 'static');

/**
 * Finds the UI's static folder. The files are shipped as they are under `src/server/web/static`
 * (package.json `files`), so the folder is resolved from the package root: the same path works
 * from `src/` under vitest/tsx and from `dist/` after `tsc`.
 */
export function resolveStaticDir(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (let depth = 0; depth < 8; depth++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isUnspinManifest(manifest)) {
      const candidate = join(dir, STATIC_RELATIVE);
      if (existsSync(join(candidate, 'index.html'))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`unspin web UI: static folder ${STATIC_RELATIVE} not found above ${from}`);
}

function isUnspinManifest(path: string): boolean {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown };
    return parsed.name === 'unspin';
  } catch {
    return false;
  }
}
