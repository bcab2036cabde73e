import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../errors/index.js';
import { DEFAULT_FEATURES } from '../models/features.js';
import { buildLexicon } from '../models/lexicon.js';
import { tokensOf } from '../models/tokens-of.js';
import { type BinaryExample, type BinaryTrainConfig, trainBinary } from './train-binary.js';
import { trainTokenTagger } from './train-token-tagger.js';
import { labelAnnotatedWords, tokenPrf, wordMask } from './word-labels.js';

// Written for this test: opinionated vs plain sentences, three "articles" each.
const OPINION = [
  'This is a shameful and reckless decision.',
  'What a disgraceful, cowardly vote.',
  'The plan is an outrageous betrayal.',
  'Frankly, the mayor is a reckless fool.',
  'A shameful display by cowardly leaders.',
  'This outrageous scheme is a disgrace.',
];
const PLAIN = [
  'The council voted on Tuesday.',
  'The plan was published in March.',
  'The mayor met the leaders at noon.',
  'The decision takes effect next year.',
  'The vote was held in the city hall.',
  'The scheme covers three districts.',
];
const examples: BinaryExample[] = [...OPINION, ...PLAIN].map((text, i) => ({
  tokens: tokensOf(text),
  label: i < OPINION.length ? 1 : 0,
  group: `article-${i % 6}`,
}));
const lexicon = buildLexicon({ loaded: ['shameful', 'reckless'] });
const config: BinaryTrainConfig = {
  name: 'fixture',
  labels: ['plain', 'opinion'],
  features: { ...DEFAULT_FEATURES, bits: 14 },
  train: { l2: 1e-3, iterations: 60, learningRate: 0.1 },
  metric: 'macroF1',
  folds: 3,
  seed: 1,
  isDev: (e) => e.group === 'article-5',
  data: ['fixture'],
};

describe('trainBinary on a fixture set', () => {
  const a = trainBinary(examples, config, lexicon);

  it('is deterministic', () => {
    const b = trainBinary(examples, config, lexicon);
    expect(b.model).toEqual(a.model);
  });

  it('reports grouped CV and dev figures and keeps the dev article out of CV', () => {
    expect(a.report.dev.n).toBe(2);
    expect(a.report.cv.n).toBe(10);
    expect(a.report.cv.macroF1).toBeGreaterThanOrEqual(0);
    expect(a.report.cv.macroF1).toBeLessThanOrEqual(1);
    expect(a.model.threshold).toBeGreaterThan(0);
    expect(a.model.training.examples).toBe(12);
  });

  it('gives held-out probabilities for every example', () => {
    expect(a.heldOut).toHaveLength(12);
    for (const p of a.heldOut) expect(p >= 0 && p <= 1).toBe(true);
  });

  it('refuses data with one class only', () => {
    expect(() => trainBinary(examples.slice(0, 6), config, lexicon)).toThrow(DataFormatError);
  });
});

describe('trainTokenTagger on a fixture set', () => {
  it('learns to tag annotated words, out of fold', () => {
    const sentences = [...OPINION, ...PLAIN].map((text, i) => {
      const tokens = tokensOf(text);
      const marked =
        i < OPINION.length ? ['shameful', 'reckless', 'disgraceful', 'cowardly', 'outrageous'] : [];
      return {
        tokens,
        labels: labelAnnotatedWords(tokens, marked),
        use: wordMask(tokens),
        group: `g${i % 3}`,
      };
    });
    const out = trainTokenTagger(
      sentences,
      { ...config, name: 'fixture-words', folds: 3, isDev: () => false },
      lexicon,
    );
    expect(out.heldOut).toHaveLength(sentences.length);
    expect(out.model.name).toBe('fixture-words');
    const prf = tokenPrf(
      sentences.map((s) => s.labels),
      out.heldOut.map((p) => Array.from(p, (v) => (v >= 0.3 ? 1 : 0))),
      sentences.map((s) => s.use),
    );
    expect(prf.tp + prf.fn).toBe(9);
    expect(prf.f1).toBeGreaterThanOrEqual(0);
  });
});

describe('word labels', () => {
  it('marks annotated words case-insensitively and counts token P/R/F1 by hand', () => {
    const tokens = tokensOf('The Reckless mayor, again.');
    expect(Array.from(labelAnnotatedWords(tokens, ['reckless']))).toEqual([0, 1, 0, 0, 0, 0]);
    expect(Array.from(wordMask(tokens))).toEqual([1, 1, 1, 0, 1, 0]);
    // gold 1 at t1; predicted t1 and t2 → tp 1, fp 1, fn 0
    const prf = tokenPrf([Uint8Array.from([0, 1, 0, 0, 0, 0])], [[0, 1, 1, 0, 0, 0]], [wordMask(tokens)]);
    expect(prf).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(prf.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe('self-training', () => {
  it('pseudo-labels the most confident unlabelled sentences of each class', async () => {
    const { pseudoLabel } = await import('./self-training.js');
    const unlabelled = [
      'A shameful and cowardly betrayal.',
      'The council met on Monday.',
      'What an outrageous, reckless plan.',
      'The report was published in May.',
    ].map((t) => tokensOf(t));
    const pseudo = pseudoLabel(examples, unlabelled, config.features, lexicon, config.train, {
      perClass: 1,
      maxSentences: 10,
    });
    expect(pseudo).toHaveLength(2);
    expect(pseudo[0]!.label).toBe(1);
    expect(pseudo[1]!.label).toBe(0);
    expect(pseudo[0]!.tokens).toContain('outrageous');
    expect(pseudo.every((e) => e.group.startsWith('self:'))).toBe(true);
  });
});
