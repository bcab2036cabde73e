import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/index.js';
import { modelsDir } from '../../models/model-file.js';
import { createAnalysis } from '../create-analysis.js';
import { techniqueSlug, techniqueTitle } from './classifiers-analyzer.js';

// Written for this test: one loaded opinion paragraph, one plain factual report.
const TEXT = `Council passes budget

The council approved a budget of 4.2 million dollars on Tuesday, officials said.

This disgraceful, reckless scheme is a shameful betrayal of every hard-working family, and the corrupt mayor knows it.

Unemployment in the city fell to 3.9 percent last year, according to the labour office.
`;

const haveModels = ['bias', 'bias-words', 'subjectivity', 'checkworthy'].every((m) =>
  existsSync(join(modelsDir(), `${m}.json`)),
);

describe('technique names', () => {
  it('turn PTC names into rule ids and readable titles', () => {
    expect(techniqueSlug('Name_Calling,Labeling')).toBe('name-calling-labeling');
    expect(techniqueSlug('Appeal_to_fear-prejudice')).toBe('appeal-to-fear-prejudice');
    expect(techniqueTitle('Whataboutism,Straw_Men,Red_Herring')).toBe(
      'whataboutism / straw men / red herring',
    );
  });
});

describe.skipIf(!haveModels)('classifiers analyzer', () => {
  it('scores every sentence and flags the loaded one', async () => {
    const report = await analyze(TEXT);
    const n = report.sentences.length;
    const findings = report.findings.filter((f) => f.analyzer === 'classifiers');
    const bias = findings.filter((f) => f.category === 'bias');
    expect(bias.length).toBeGreaterThan(0);
    for (const f of bias) {
      expect(f.ruleId).toBe('bias/loaded-word');
      expect(TEXT.slice(f.start, f.end)).toBe(f.text);
      expect(f.message).toContain(JSON.stringify(f.text));
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    // The highlighted words all sit in the loaded sentence.
    const loadedStart = TEXT.indexOf('This disgraceful');
    const loadedEnd = TEXT.indexOf('knows it.') + 9;
    for (const f of bias) expect(f.start >= loadedStart && f.end <= loadedEnd).toBe(true);
    expect(n).toBeGreaterThanOrEqual(4);
    for (const f of findings.filter((x) => x.category === 'checkworthy')) expect(f.severity).toBe('info');
    for (const f of findings.filter((x) => x.category === 'propaganda'))
      expect(f.ruleId).toMatch(/^propaganda\/[a-z-]+$/);
  });
});

describe('classifiers analyzer without usable models', () => {
  it('skips missing or damaged model files with a warning instead of throwing', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { SentenceClassifiers } = await import('./sentence-classifiers.js');
    const { createClassifiersAnalyzer } = await import('./classifiers-analyzer.js');
    const { createDocument } = await import('../../segment/create-document.js');
    const dir = mkdtempSync(join(tmpdir(), 'unspin-models-'));
    writeFileSync(join(dir, 'bias.json'), '{ not json');
    const models = new SentenceClassifiers(dir);
    expect(models.missing[0]).toMatch(/^bias \(.*not valid JSON/);
    expect(models.missing).toContain('subjectivity');
    const analysis = createAnalysis(createDocument('The plan passed. It is a disgrace.'));
    createClassifiersAnalyzer({ classifiers: models }).run(analysis);
    expect(analysis.findings).toEqual([]);
    expect(analysis.sentenceScores).toEqual({});
    expect(analysis.warnings[0]).toMatch(/classifier models missing: bias/);
  });
});

describe.skipIf(!haveModels)('sentence explanations', () => {
  it('explain each model at word level, consistent with the scores', async () => {
    const { sharedClassifiers } = await import('./sentence-classifiers.js');
    const { tokensOf } = await import('../../models/tokens-of.js');
    const models = sharedClassifiers();
    const tokens = tokensOf('This disgraceful scheme is a shameful betrayal, critics said on Monday.');
    const scores = models.score(tokens);
    for (const task of ['bias', 'subjectivity', 'checkworthy'] as const) {
      const e = models.explain(task, tokens)!;
      expect(e.contributions).toHaveLength(tokens.length);
      const sum = e.contributions.reduce((a, b) => a + b, 0);
      expect(sum + e.rest).toBeCloseTo(e.score, 9);
      expect(e.probability).toBeCloseTo(scores[task]!, 9);
    }
    const bias = models.explain('bias', tokens)!;
    expect(bias.contributions[tokens.indexOf('disgraceful')]!).toBeGreaterThan(0);
    expect(bias.contributions[tokens.indexOf('shameful')]!).toBeGreaterThan(0);
    expect(bias.contributions[tokens.indexOf('disgraceful')]!).toBeGreaterThan(
      bias.contributions[tokens.indexOf('monday')]!,
    );
  });
});
