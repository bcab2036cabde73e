import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UnspinError } from '../errors/index.js';
import { rulesDir } from './rules-dir.js';

const cache = new Map<string, unknown>();

/** JSON twins of the rule files, written at build time by `scripts/rules-to-json.mjs` (`dist/rules-json/`). */
const jsonDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'rules-json');

/** The JSON twin's data, when it exists and is not older than the YAML file. */
function readJsonTwin(yamlPath: string, twinPath: string): unknown {
  try {
    if (statSync(twinPath).mtimeMs < statSync(yamlPath).mtimeMs) return undefined;
    return JSON.parse(readFileSync(twinPath, 'utf8'));
  } catch {
    return undefined;
  }
}

let yamlParse: ((text: string) => unknown) | null = null;

/** The YAML parser, loaded on first use: importing and warming it up costs more than all JSON twins. */
function parseYaml(text: string): unknown {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;
  return yamlParse(text);
}

/** Parses one rule file: its JSON twin when that is up to date, else the YAML. Throws UnspinError when unreadable. */
export function readRuleData(yamlPath: string, twinPath: string): unknown {
  const twin = readJsonTwin(yamlPath, twinPath);
  if (twin !== undefined) return twin;
  try {
    return parseYaml(readFileSync(yamlPath, 'utf8'));
  } catch (error) {
    throw new UnspinError(
      'rules-unreadable',
      `Cannot read rule file ${yamlPath}: ${(error as Error).message}`,
      {
        path: yamlPath,
      },
    );
  }
}

/**
 * Loads `rules/<analyzer>/<lang>/<name>.yml` once per process and returns the parsed data.
 * Word lists and patterns are data, not code: analyzers call this from their factory, never per article.
 * The built package reads the file's JSON twin instead when it is up to date (same data, faster start).
 */
export function loadRuleFile<T>(analyzer: string, name: string, lang = 'en'): T {
  const path = join(rulesDir(), analyzer, lang, `${name}.yml`);
  const hit = cache.get(path);
  if (hit !== undefined) return hit as T;
  const data = readRuleData(path, join(jsonDir, analyzer, lang, `${name}.json`));
  cache.set(path, data);
  return data as T;
}
