import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UnspinError } from '../errors/index.js';
import { rulesDir } from './rules-dir.js';

const cache = new Map<string, unknown>();

/**
 * Loads `rules/<analyzer>/<lang>/<name>.yml` once per process and returns the parsed data.
 * Word lists and patterns are data, not code: analyzers call this from their factory, never per article.
 */
export function loadRuleFile<T>(analyzer: string, name: string, lang = 'en'): T {
  const path = join(rulesDir(), analyzer, lang, `${name}.yml`);
  const hit = cache.get(path);
  if (hit !== undefined) return hit as T;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UnspinError('rules-unreadable', `Cannot read rule file ${path}: ${(error as Error).message}`, {
      path,
    });
  }
  cache.set(path, data);
  return data as T;
}
