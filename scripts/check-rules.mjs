#!/usr/bin/env node
// Validates every rules/**/*.yml. Lexical rule files (a top-level `rules:` list, see
// src/analyze/lexical/rule-types.ts) are checked against their schema per rule kind; every other
// data file is checked for YAML errors, duplicate keys and duplicate list entries.
// Rule ids must be unique, well formed, prefixed with their analyzer, and stable: ids recorded in
// rules/rule-ids.txt may not disappear (pass --update-ids to record an intended change).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_CLASSES, checkRule, ID, norm } from './lib/lexical-rule-schema.mjs';
import { isLexicalRuleFile, listRuleFiles, readRuleFile } from './lib/rule-files.mjs';

const IDS_FILE = join('rules', 'rule-ids.txt');

/** Generic checks for data files outside the lexical schema: duplicate entries in word lists. */
function checkDataFile(value, where, warn) {
  if (Array.isArray(value)) {
    const seen = new Set();
    for (const item of value) {
      if (typeof item === 'string' || typeof item === 'number') {
        const s = norm(item);
        if (seen.has(s)) warn(`${where}: "${item}" is listed twice`);
        seen.add(s);
      } else checkDataFile(item, where, warn);
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkDataFile(v, `${where}.${k}`, warn);
  }
}

/**
 * Checks all rule files under `root/rules`. Returns `{ errors, warnings, ids, files }`;
 * `errors` fail the check, `warnings` are printed.
 */
export function checkRules(root, { lockedIds = readLockedIds(root) } = {}) {
  const errors = [];
  const warnings = [];
  const err = (m) => errors.push(m);
  const warn = (m) => warnings.push(m);
  const files = listRuleFiles(root).map((p) => readRuleFile(root, p));
  const byAnalyzer = new Map();
  for (const f of files) {
    for (const e of f.errors) err(`${f.path}: ${e}`);
    if (!f.data) continue;
    if (!/^[a-z]{2}$/.test(f.lang))
      err(`${f.path}: rule files live in rules/<analyzer>/<lang>/, lang a 2-letter code`);
    if (
      isLexicalRuleFile(f.data) ||
      (f.data &&
        typeof f.data === 'object' &&
        'classes' in f.data &&
        Object.keys(f.data).every((k) => k === 'classes' || k === 'rules'))
    ) {
      const key = `${f.analyzer}/${f.lang}`;
      if (!byAnalyzer.has(key)) byAnalyzer.set(key, []);
      byAnalyzer.get(key).push(f);
    } else checkDataFile(f.data, f.path, warn);
  }
  const ids = new Map();
  for (const group of byAnalyzer.values()) {
    const classes = new Map();
    for (const f of group) {
      for (const key of Object.keys(f.data))
        if (key !== 'rules' && key !== 'classes') err(`${f.path}: unknown top-level key "${key}"`);
      for (const [name, words] of Object.entries(f.data.classes ?? {})) {
        if (!/^[a-z][a-z0-9-]*$/.test(name)) err(`${f.path}: class name "${name}" must be kebab-case`);
        if (BUILTIN_CLASSES.has(name)) err(`${f.path}: class "${name}" shadows a built-in class`);
        if (classes.has(name)) err(`${f.path}: class "${name}" is defined twice`);
        if (!Array.isArray(words) || words.length === 0) {
          err(`${f.path}: class "${name}" must be a non-empty list`);
          continue;
        }
        const seen = new Set();
        for (const w of words) {
          const s = norm(w);
          if (seen.has(s)) err(`${f.path}: class "${name}" lists "${w}" twice`);
          if (/\s/.test(s)) err(`${f.path}: class "${name}": "${w}" is not a single word`);
          seen.add(s);
        }
        classes.set(name, new Set());
      }
    }
    const seenTerms = new Map();
    for (const f of group) {
      for (const rule of f.data.rules ?? []) {
        checkRule(rule, f.path, classes, seenTerms, err);
        const id = rule?.id;
        if (typeof id !== 'string' || !ID.test(id)) {
          err(`${f.path}: rule id "${id}" must look like "${f.analyzer}/kebab-case-name"`);
          continue;
        }
        if (id.split('/')[0] !== f.analyzer)
          err(`${f.path}: rule id "${id}" must start with "${f.analyzer}/"`);
        if (ids.has(id)) err(`${f.path}: rule id "${id}" is also defined in ${ids.get(id).path}`);
        ids.set(id, { path: f.path, rule });
      }
    }
    for (const [name, used] of classes) {
      if (used.size === 0)
        warn(`${group[0].path.split(sep).slice(0, 3).join('/')}: class "${name}" is never used`);
    }
  }
  for (const id of lockedIds) {
    if (!ids.has(id)) {
      err(
        `rule id "${id}" disappeared: ids are stable (configs and links use them); run with --update-ids if intended`,
      );
    }
  }
  return { errors, warnings, ids, files };
}

export function readLockedIds(root) {
  const path = join(root, IDS_FILE);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const update = process.argv.includes('--update-ids');
  const result = checkRules(root, update ? { lockedIds: [] } : {});
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  for (const e of result.errors) console.error(`error: ${e}`);
  if (result.errors.length > 0) {
    console.error(`rules:check failed: ${result.errors.length} error(s) in ${result.files.length} files`);
    process.exit(1);
  }
  const ids = [...result.ids.keys()].sort();
  if (update) {
    const header =
      '# Rule ids are stable: configs and finding links use them. Written by `npm run rules:check -- --update-ids`.\n';
    writeFileSync(join(root, IDS_FILE), `${header}${ids.join('\n')}\n`);
  }
  console.log(
    `rules:check ok: ${result.files.length} files, ${ids.length} rule ids, ${result.warnings.length} warning(s)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
