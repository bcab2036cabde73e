import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHedgesAnalyzer } from '../hedges/index.js';
import { createLoadedLanguageAnalyzer } from '../loaded-language/index.js';
import { createVagueAttributionAnalyzer } from '../vague-attribution/index.js';
import { compactFindings, expectGolden } from './test-support/run-analyzers.js';

const seed = join(import.meta.dirname, '../../../../shared/corpus/seed-article.txt');

describe.skipIf(!existsSync(seed))('lexical analyzers on the seed article', () => {
  // The body runs even when the suite is skipped: read the file only when it is there.
  const findings = compactFindings(existsSync(seed) ? readFileSync(seed, 'utf8') : 'Absent.', [
    createVagueAttributionAnalyzer(),
    createLoadedLanguageAnalyzer(),
    createHedgesAnalyzer(),
  ]);

  it('matches the reviewed golden findings', () => {
    expectGolden(findings, join(import.meta.dirname, 'fixtures', 'seed-article.golden.json'));
  });

  it('covers the vague sources the issue names', () => {
    const vague = findings.filter((f) => f.category === 'vague-attribution').map((f) => f.text);
    expect(vague).toEqual(['reportedly', 'to many', 'as suggested by observers']);
  });

  it('flags the editorializing and not the quoted words', () => {
    const has = (category: string, text: string) =>
      findings.some((f) => f.category === category && f.text === text);
    expect(has('unattributed-claim', 'which have proven destructive')).toBe(true);
    expect(has('unattributed-claim', 'comes as a surprise')).toBe(true);
    expect(has('unattributed-claim', 'This exchange highlights the potential')).toBe(true);
    expect(has('unattributed-claim', 'are in stark contrast to')).toBe(true);
    expect(has('generalization', 'Democrats and liberals often promote')).toBe(true);
    expect(has('partisan-label', 'liberal agenda')).toBe(true);
    expect(has('partisan-label', 'conservative policies')).toBe(true);
    expect(has('loaded-language', 'dire')).toBe(true);
    expect(has('loaded-language', 'controversial')).toBe(true);
    // Quoted words: "bloodbath" is the speaker's; "very" in "some very good talks" is not flagged.
    expect(findings.find((f) => f.text === 'bloodbath')?.severity).toBe('info');
    expect(findings.some((f) => f.text === 'very')).toBe(false);
    // The background sentences on the invasion and Crimea carry no warning.
    expect(findings.filter((f) => f.line === 4 && f.text.includes('invasion'))).toEqual([]);
  });
});
