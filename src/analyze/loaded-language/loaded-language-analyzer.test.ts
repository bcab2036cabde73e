import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicalRules } from '../lexical/create-lexical-analyzer.js';
import { compactFindings, expectGolden } from '../lexical/test-support/run-analyzers.js';
import { createLoadedLanguageAnalyzer, LOADED_LANGUAGE_RULE_FILES } from './index.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const analyzer = createLoadedLanguageAnalyzer();
const run = (text: string) => compactFindings(text, [analyzer]);

describe('loaded-language analyzer', () => {
  it('flags loaded words, labels, generalizations and unattributed claims (golden)', () => {
    const findings = run(readFileSync(join(fixtures, 'editorial.txt'), 'utf8'));
    expectGolden(findings, join(fixtures, 'editorial.golden.json'));
    const byText = new Map(findings.map((f) => [f.text, f]));
    expect(byText.get('slammed')?.category).toBe('loaded-language');
    expect(byText.get('slammed')?.suggestion).toContain('"criticized"');
    expect(byText.get('devastating')?.suggestion).toContain('"severe"');
    expect(byText.get('regime')?.suggestion).toContain('"government"');
    expect(byText.get('extremely')?.category).toBe('intensifier');
    expect(byText.get('Radical left')?.category).toBe('partisan-label');
    expect(byText.get('Radical left')?.suggestion).toContain('"Left-wing"');
    expect(byText.get('liberal agenda')?.category).toBe('partisan-label');
    expect(byText.get('Republicans and conservatives often oppose')?.category).toBe('generalization');
    expect(byText.get('Progressives, who always demand')?.category).toBe('generalization');
    expect(byText.get('which have proven disastrous')?.category).toBe('unattributed-claim');
    expect(byText.get('are in stark contrast to')?.category).toBe('unattributed-claim');
    expect(byText.get('This decision highlights the need')?.category).toBe('unattributed-claim');
    expect(byText.get('came as a shock')?.category).toBe('unattributed-claim');
    expect(byText.get('have led to')?.severity).toBe('suggestion');
    expect(byText.get('Obviously')?.category).toBe('unattributed-claim');
    expect(byText.get('who routinely ignore')?.severity).toBe('suggestion');
    expect(byText.get('have once again proven that')?.category).toBe('unattributed-claim');
    expect(byText.get('waste of taxpayer money')?.suggestion).toContain('"public spending"');
    // "stark" inside "in stark contrast" is not reported twice.
    expect(byText.has('stark')).toBe(false);
  });

  it('reports a loaded word inside a direct quote as the speaker\u2019s, at info', () => {
    const findings = run(readFileSync(join(fixtures, 'editorial.txt'), 'utf8'));
    const quoted = findings.filter((f) => f.ruleId === 'loaded-language/quoted');
    expect(quoted.map((f) => f.text)).toEqual(['catastrophe', 'bloodbath']);
    expect(quoted.every((f) => f.severity === 'info' && f.category === 'quoted-language')).toBe(true);
  });

  it('does not flag neutral news copy', () => {
    expect(run(readFileSync(join(fixtures, 'neutral.txt'), 'utf8'))).toEqual([]);
  });

  it('keeps the case of the original in the suggestion', () => {
    expect(run('Devastating storms hit.')[0]?.suggestion).toContain('"Severe"');
  });

  it('does not flag literal uses the rules exclude', () => {
    expect(run('She won a Grand Slam title. The paint ripped off the wall.')).toEqual([]);
    expect(run('It was the very first vote. The data is highly classified.')).toEqual([]);
  });

  it('offers alternatives in the form the web UI swaps in ("such as "X"", "Use "X"", "Cut "X"")', () => {
    const { rules } = loadLexicalRules({ name: 'loaded-language', files: LOADED_LANGUAGE_RULE_FILES });
    for (const rule of rules) {
      if (!rule.suggestion?.includes('{alt}')) continue;
      expect(rule.suggestion, rule.id).toMatch(/such as "\{alt\}"|^Use "\{alt\}"/);
    }
    const cut = rules.find((r) => r.id === 'loaded-language/intensifier');
    expect(cut?.suggestion).toMatch(/^Cut "\{text\}"/);
  });
});
