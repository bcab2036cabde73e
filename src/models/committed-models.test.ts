import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import { FeatureHasher } from './features.js';
import { loadLexicon } from './lexicon.js';
import { LinearClassifier } from './linear-classifier.js';
import { fromModelFile, loadModel, modelsDir } from './model-file.js';
import { TokenTagger } from './token-tagger.js';
import { tokensOf } from './tokens-of.js';

/** The same checks for every committed model file. */
const SENTENCE_MODELS = ['bias', 'subjectivity', 'checkworthy', 'propaganda'];
const TAGGERS = ['bias-words', 'propaganda-spans'];
const SAMPLES = [
  'The council approved the budget on Tuesday by a vote of 7 to 2.',
  'This disgraceful, reckless scheme will destroy everything we love!',
  'Unemployment fell to 4.1 percent last year, the lowest in a decade.',
  'I think the mayor is absolutely right.',
  '',
];
const present = (name: string) => existsSync(join(modelsDir(), `${name}.json`));

for (const name of SENTENCE_MODELS) {
  describe.skipIf(!present(name))(`model ${name}`, () => {
    it('loads in under 200 ms with the expected shape', () => {
      const t0 = performance.now();
      const model = loadModel(name);
      expect(performance.now() - t0).toBeLessThan(200);
      expect(model.weights.length).toBe(model.file.rows * model.file.dim);
      expect(model.file.labels.length).toBe(2);
      expect(model.file.threshold).toBeGreaterThan(0);
      expect(model.file.threshold).toBeLessThan(1);
    });

    it('gives deterministic calibrated probabilities in [0, 1]', () => {
      const a = new LinearClassifier(loadModel(name), loadLexicon());
      const b = new LinearClassifier(fromModelFile(loadModel(name).file), loadLexicon());
      for (const text of SAMPLES) {
        const p = a.probability(tokensOf(text));
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(b.probability(tokensOf(text))).toBe(p);
      }
    });

    it('explains each decision: token contributions plus the rest equal the score', () => {
      const model = new LinearClassifier(loadModel(name), loadLexicon());
      for (const text of SAMPLES) {
        const tokens = tokensOf(text);
        const e = explain(model, tokens);
        const sum = e.contributions.reduce((x, y) => x + y, 0);
        expect(sum + e.rest).toBeCloseTo(e.score, 9);
        expect(e.contributions.length).toBe(tokens.length);
        for (const c of e.contributions) expect(Number.isFinite(c)).toBe(true);
      }
    });
  });
}

for (const name of TAGGERS) {
  describe.skipIf(!present(name))(`token tagger ${name}`, () => {
    it('scores every token with a probability in [0, 1], deterministically', () => {
      const model = loadModel(name);
      const tagger = new TokenTagger(model, new FeatureHasher(model.file.features, loadLexicon()));
      for (const text of SAMPLES) {
        const tokens = tokensOf(text);
        const p = tagger.probabilities(tokens);
        expect(p.length).toBe(tokens.length);
        for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
        expect(Array.from(tagger.probabilities(tokens))).toEqual(Array.from(p));
      }
    });
  });
}

describe.skipIf(!present('bias-words'))('bias word tagger', () => {
  it('ranks a loaded adjective above a function word', () => {
    const model = loadModel('bias-words');
    const tagger = new TokenTagger(model, new FeatureHasher(model.file.features, loadLexicon()));
    const tokens = tokensOf('The disgraceful plan was announced.');
    const p = tagger.probabilities(tokens);
    expect(p[1]!).toBeGreaterThan(p[0]!);
    expect(p[1]!).toBeGreaterThan(p[3]!);
  });
});

describe('model files', () => {
  it('stay under 20 MB together', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const dir = modelsDir();
    if (!existsSync(dir)) return;
    const total = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    expect(total).toBeLessThan(20 * 1024 * 1024);
  });
});
