import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../rules/rules-dir.js';

let cached: string | null = null;

/** The package version, read once from package.json. */
export function engineVersion(): string {
  if (cached) return cached;
  try {
    cached = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    cached = '0.0.0';
  }
  return cached;
}
