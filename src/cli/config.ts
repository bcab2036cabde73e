import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors/index.js';
import type { Severity } from '../finding.js';

export interface UnspinConfig {
  /** Rule id, rule-id prefix (`loaded-language/`) or category → severity or 'off'. */
  rules: Record<string, Severity | 'off'>;
}

const LEVELS = new Set(['error', 'warning', 'suggestion', 'info', 'off']);

/** Loads `.unspinrc.json` (or the given file): `{ "rules": { "<id|prefix/|category>": "off" | severity } }`. */
export async function loadConfig(path: string | null, cwd: string): Promise<UnspinConfig> {
  const file = path ?? join(cwd, '.unspinrc.json');
  if (!path && !existsSync(file)) return { rules: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError('bad-config', `cannot read config ${file}: ${(error as Error).message}`);
  }
  const rules = (raw as { rules?: unknown }).rules ?? {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    throw new UsageError('bad-config', `${file}: "rules" must be an object of rule id to severity`);
  }
  for (const [id, level] of Object.entries(rules)) {
    if (typeof level !== 'string' || !LEVELS.has(level)) {
      throw new UsageError(
        'bad-config',
        `${file}: rule "${id}" has level "${String(level)}"; expected off, info, suggestion, warning or error`,
      );
    }
  }
  return { rules: rules as Record<string, Severity | 'off'> };
}
