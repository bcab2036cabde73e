import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactFindings, expectGolden } from '../lexical/test-support/run-analyzers.js';
import { createVagueAttributionAnalyzer } from './index.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const analyzer = createVagueAttributionAnalyzer();
const run = (text: string) => compactFindings(text, [analyzer]);

describe('vague-attribution analyzer', () => {
  it('flags unnamed sources, quantifiers, agentless passives and "reportedly" (golden)', () => {
    const findings = run(readFileSync(join(fixtures, 'vague-sources.txt'), 'utf8'));
    expectGolden(findings, join(fixtures, 'vague-sources.golden.json'));
    const texts = findings.map((f) => f.text);
    for (const expected of [
      'reportedly',
      'Critics say',
      'some observers believe',
      'Many believe',
      'many people say',
      'According to reports',
      'It is said',
      'it has been suggested',
      'People familiar with',
      'unnamed official',
      'as suggested by some',
      'widely seen',
      'to many',
      'is said to',
      'allegedly',
      'Officials said',
      'A source close to the mayor said',
      'Rumor has it',
      'there is growing speculation that',
    ]) {
      expect(texts).toContain(expected);
    }
    expect(findings.every((f) => f.category === 'vague-attribution')).toBe(true);
  });

  it('leaves named sources, quotes and non-attribution uses of "many" alone', () => {
    const findings = run(readFileSync(join(fixtures, 'named-sources.txt'), 'utf8'));
    expect(findings).toEqual([]);
  });

  it('explains why and suggests a fix', () => {
    const analysisFindings = run('The plan was reportedly dropped.');
    expect(analysisFindings).toHaveLength(1);
    expect(analysisFindings[0]?.severity).toBe('warning');
    expect(analysisFindings[0]?.suggestion).toMatch(/Name who reported it/);
  });

  it('skips vague sources inside a direct quote (the speaker said it)', () => {
    expect(run('Ruiz said: "Critics say the site is too small."')).toEqual([]);
    expect(run('Critics say the site is too small.').map((f) => f.text)).toEqual(['Critics say']);
  });
});
