import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the package's `rules/` folder, from `src/` (tests) and `dist/` (built) alike. */
export function rulesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidate = join(here, '..', '..', 'rules');
  if (existsSync(candidate)) return candidate;
  return join(process.cwd(), 'rules');
}

/** Absolute path of the package root (the folder holding package.json). */
export function packageRoot(): string {
  return join(rulesDir(), '..');
}
