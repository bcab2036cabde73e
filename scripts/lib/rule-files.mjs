// Shared by scripts/check-rules.mjs and scripts/gen-rules-doc.mjs: finds and parses rules/**/*.yml.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';

/** Every `.yml` file under `rulesDir`, sorted, as paths relative to the package root. */
export function listRuleFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yml') || entry.name.endsWith('.yaml')) out.push(relative(root, path));
    }
  };
  walk(join(root, 'rules'));
  return out.sort();
}

/**
 * Parses one rule file. Returns `{ path, analyzer, lang, data, errors }`; YAML errors (including
 * duplicate keys) are reported, not thrown.
 */
export function readRuleFile(root, path) {
  const parts = path.split(sep);
  const analyzer = parts[1] ?? '';
  const lang = parts[2] ?? '';
  const doc = parseDocument(readFileSync(join(root, path), 'utf8'), { uniqueKeys: true });
  const errors = doc.errors.map((e) => e.message.split('\n')[0]);
  return { path, analyzer, lang, data: errors.length ? null : doc.toJS(), errors };
}

/** A file in the lexical rule schema has a top-level `rules:` list (and optional `classes:`). */
export function isLexicalRuleFile(data) {
  return data !== null && typeof data === 'object' && Array.isArray(data.rules);
}

/** The documentation anchor of a rule id, as `src/analyze/add-finding.ts` links it. */
export function ruleAnchor(id) {
  return id.replace(/[^a-z0-9]+/g, '-');
}
