// The schema of lexical rule files (see src/analyze/lexical/rule-types.ts), per rule kind, for
// scripts/check-rules.mjs. Mirrors what src/analyze/lexical/compile-rules.ts accepts at run time.

const SEVERITIES = new Set(['error', 'warning', 'suggestion', 'info']);
const KINDS = new Set(['terms', 'pattern', 'message']);
const IN_QUOTES = new Set(['skip', 'speaker', 'flag']);
export const BUILTIN_CLASSES = new Set(['word', 'punct', 'number', 'cap']);
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
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-cases and folds curly apostrophes, as the tokenizer does. */
export const norm = (s) => String(s).toLowerCase().replace(/’/g, "'").trim();

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

export function checkRule(rule, file, analyzerClasses, seenTerms, err) {
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
