import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRules } from './check-rules.mjs';
import { renderRulesDoc } from './gen-rules-doc.mjs';
import { ruleAnchor } from './lib/rule-files.mjs';

const root = join(import.meta.dirname, '..');

describe('rules:check on the shipped rule files', () => {
  const result = checkRules(root);

  it('finds no errors', () => {
    expect(result.errors, 'rule files are invalid: run `npm run rules:check` for details').toEqual([]);
    expect(result.ids.size).toBeGreaterThan(30);
  });

  it('keeps docs/rules.md in sync with the rule files, one anchor per rule id', () => {
    const doc = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
    expect(doc, 'docs/rules.md is out of date: run `npm run rules:doc`').toBe(renderRulesDoc(root));
    for (const id of result.ids.keys()) expect(doc).toContain(`<a id="${ruleAnchor(id)}"></a>`);
  });
});

describe('rules:check on broken rule files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    'rules/demo/en/bad.yml',
    `classes:
  src: [critics, critics]
rules:
  - id: demo/one
    kind: terms
    category: loaded-language
    severity: loud
    message: "{text} is {nope}"
    terms:
      grim|bleak: serious
      bleak: null
  - id: demo/one
    kind: pattern
    category: vague-attribution
    severity: warning
    message: m
    suggestion: "use {alt}"
    patterns: ["<missing> say", "a? b?"]
    speling: true
  - id: other/two
    kind: terms
    category: x
    severity: info
    message: m
    terms: {}
`,
  );
  write('rules/demo/en/dupkeys.yml', 'words: [a]\nwords: [b]\n');
  write('rules/demo/en/list.yml', 'words: [alpha, beta, alpha]\n');
  const result = checkRules(dir, { lockedIds: ['demo/gone'] });
  const has = (fragment: string) =>
    expect(result.errors.some((e: string) => e.includes(fragment))).toBe(true);

  it('reports schema errors per rule kind', () => {
    has('severity must be one of');
    has('unknown placeholder {nope}');
    has('{alt} is only available in terms rules');
    has('unknown class <missing>');
    has('needs at least one required element');
    has('unknown key "speling"');
    has('terms is empty');
  });

  it('reports duplicate terms, class words, ids and keys', () => {
    has('duplicate term "bleak"');
    has('class "src" lists "critics" twice');
    has('rule id "demo/one" is also defined');
    has('must start with "demo/"');
    has('dupkeys.yml');
  });

  it('reports a rule id that disappeared (ids are stable)', () => {
    has('rule id "demo/gone" disappeared');
  });

  it('warns about duplicate entries in other data files', () => {
    expect(result.warnings.some((w: string) => w.includes('"alpha" is listed twice'))).toBe(true);
  });
});
