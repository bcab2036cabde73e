#!/usr/bin/env node
// Validates every rules/**/*.yml. Lexical rule files (a top-level `rules:` list, see
// src/analyze/lexical/rule-types.ts) are checked against their schema per rule kind; every other
// data file is checked for YAML errors, duplicate keys and duplicate list entries.
// Rule ids must be unique, well formed, prefixed with their analyzer, and stable: ids recorded in
// rules/rule-ids.txt may not disappear (pass --update-ids to record an intended change).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLexicalRuleFile, listRuleFiles, readRuleFile } from './lib/rule-files.mjs';

const SEVERITIES = new Set(['error', 'warning', 'suggestion', 'info']);
const KINDS = new Set(['terms', 'pattern', 'message']);
const IN_QUOTES = new Set(['skip', 'speaker', 'flag']);
const BUILTIN_CLASSES = new Set(['word', 'punct', 'number', 'cap']);
const CONTEXT_KEYS = ['precededBy', 'notPrecededBy', 'followedBy', 'notFollowedBy'];
const COMMON_KEYS = new Set([
  'id',
  'kind',
  'category',
  'severity',
  'message',
  'suggestion',
  'confidence',
  'inQuotes',
  'caseSensitive',
  'dropWhenNested',
  'description',
  ...CONTEXT_KEYS,
]);
const PLACEHOLDERS = new Set(['text', 'alt', 'category']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IDS_FILE = join('rules', 'rule-ids.txt');

/** Lower-cases and folds curly apostrophes, as the tokenizer does. */
const norm = (s) => String(s).toLowerCase().replace(/’/g, "'").trim();

/** Pattern elements, split on spaces outside parentheses (as src/analyze/lexical/token-pattern.ts does). */
const elementsOf = (pattern) =>
  pattern
    .trim()
    .split(/\s+(?![^(]*\))/)
    .filter(Boolean);

/** Class names referenced in an element, and syntax problems. */
function checkElement(element, classes, problems) {
  let body = element;
  let optional = false;
  if (body.length > 1 && body.endsWith('?')) {
    optional = true;
    body = body.slice(0, -1);
  }
  if (body.startsWith('(') && body.endsWith(')')) body = body.slice(1, -1);
  const negated = body.startsWith('!');
  if (negated) body = body.slice(1);
  if (!body) problems.push(`empty element "${element}"`);
  for (const alt of body.split('|')) {
    if (!alt) problems.push(`empty alternative in "${element}"`);
    const cls = /^<([a-z][a-z0-9-]*)>$/.exec(alt)?.[1];
    if (cls) {
      if (negated) problems.push(`negated element "${element}" may list words only`);
      else if (!BUILTIN_CLASSES.has(cls) && !classes.has(cls)) problems.push(`unknown class <${cls}>`);
      else classes.get(cls)?.add?.('used');
    } else if (/[\s()<>]/.test(alt)) problems.push(`"${alt}" in "${element}" is not a single word`);
  }
  return optional;
}

function checkTemplate(text, where, allowAlt, err) {
  for (const [, name] of String(text).matchAll(/\{(\w+)\}/g)) {
    if (!PLACEHOLDERS.has(name)) err(`${where}: unknown placeholder {${name}}`);
    else if (name === 'alt' && !allowAlt) err(`${where}: {alt} is only available in terms rules`);
  }
}

function checkRule(rule, file, analyzerClasses, seenTerms, err) {
  const where = `${file} ${rule?.id ?? '(no id)'}`;
  if (rule === null || typeof rule !== 'object') return err(`${file}: a rule must be a mapping`);
  for (const key of Object.keys(rule)) {
    const allowed =
      COMMON_KEYS.has(key) ||
      (key === 'terms' && rule.kind === 'terms') ||
      (key === 'patterns' && rule.kind === 'pattern');
    if (!allowed) err(`${where}: unknown key "${key}"`);
  }
  if (!KINDS.has(rule.kind)) err(`${where}: kind must be one of ${[...KINDS].join(', ')}`);
  if (typeof rule.category !== 'string' || !/^[a-z]+(?:-[a-z]+)*$/.test(rule.category)) {
    err(`${where}: category must be a kebab-case string`);
  }
  if (!SEVERITIES.has(rule.severity)) err(`${where}: severity must be one of ${[...SEVERITIES].join(', ')}`);
  if (typeof rule.message !== 'string' || !rule.message.trim()) err(`${where}: message is required`);
  else checkTemplate(rule.message, `${where} message`, rule.kind === 'terms', err);
  if (rule.suggestion != null) {
    if (typeof rule.suggestion !== 'string') err(`${where}: suggestion must be a string`);
    else checkTemplate(rule.suggestion, `${where} suggestion`, rule.kind === 'terms', err);
  }
  if (rule.kind === 'message' && rule.suggestion != null && /\{alt\}/.test(rule.suggestion)) {
    err(`${where}: message rules have no {alt}`);
  }
  if (
    rule.confidence !== undefined &&
    !(typeof rule.confidence === 'number' && rule.confidence > 0 && rule.confidence <= 1)
  ) {
    err(`${where}: confidence must be a number in (0, 1]`);
  }
  if (rule.inQuotes !== undefined && !IN_QUOTES.has(rule.inQuotes))
    err(`${where}: inQuotes must be skip, speaker or flag`);
  for (const key of ['caseSensitive', 'dropWhenNested']) {
    if (rule[key] !== undefined && typeof rule[key] !== 'boolean')
      err(`${where}: ${key} must be true or false`);
  }
  if (rule.description !== undefined && typeof rule.description !== 'string')
    err(`${where}: description must be a string`);
  for (const key of CONTEXT_KEYS) {
    if (rule[key] === undefined) continue;
    if (!Array.isArray(rule[key]) || rule[key].length === 0) {
      err(`${where}: ${key} must be a non-empty list`);
      continue;
    }
    const seen = new Set();
    for (const item of rule[key]) {
      const s = norm(item);
      if (seen.has(s)) err(`${where}: ${key} lists "${item}" twice`);
      seen.add(s);
      if (s === '<start>' || s === '<end>') continue;
      const problems = [];
      checkElement(String(item), analyzerClasses, problems);
      for (const p of problems) err(`${where}: ${key}: ${p}`);
    }
  }
  if (rule.kind === 'terms') {
    if (rule.terms === null || typeof rule.terms !== 'object' || Array.isArray(rule.terms)) {
      return err(`${where}: terms must be a mapping of "term|inflection: alternative"`);
    }
    if (Object.keys(rule.terms).length === 0) err(`${where}: terms is empty`);
    for (const [key, alt] of Object.entries(rule.terms)) {
      if (alt !== null && typeof alt !== 'string')
        err(`${where}: the alternative of "${key}" must be a string or null`);
      if (typeof alt === 'string' && alt.includes('|') && alt.split('|').length !== key.split('|').length) {
        err(
          `${where}: "${key}" has ${key.split('|').length} forms but "${alt}" has ${alt.split('|').length}`,
        );
      }
      for (const term of key.split('|')) {
        const t = norm(term);
        if (!t) err(`${where}: empty term in "${key}"`);
        const other = seenTerms.get(t);
        if (other) err(`${where}: duplicate term "${t}" (also in ${other})`);
        seenTerms.set(t, where);
      }
    }
  }
  if (rule.kind === 'pattern') {
    if (!Array.isArray(rule.patterns) || rule.patterns.length === 0)
      return err(`${where}: patterns must be a non-empty list`);
    const seen = new Set();
    for (const pattern of rule.patterns) {
      if (typeof pattern !== 'string') {
        err(`${where}: each pattern must be a string`);
        continue;
      }
      if (seen.has(norm(pattern))) err(`${where}: duplicate pattern "${pattern}"`);
      seen.add(norm(pattern));
      const problems = [];
      const optional = elementsOf(pattern).map((e) => checkElement(e, analyzerClasses, problems));
      if (optional.length === 0 || optional.every(Boolean))
        problems.push('needs at least one required element');
      for (const p of problems) err(`${where}: pattern "${pattern}": ${p}`);
    }
  }
}

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
