import { describe, expect, it } from 'vitest';
import { fitPlatt } from './calibration.js';
import { decodeSpans } from './decode-spans.js';
import { explain, topTokens } from './explain.js';
import { DEFAULT_FEATURES, FeatureHasher } from './features.js';
import { buildLexicon } from './lexicon.js';
import { LinearClassifier } from './linear-classifier.js';
import { fromModelFile, toModelFile } from './model-file.js';
import { tokensOf } from './tokens-of.js';
import { trainLogistic } from './train-logistic.js';

// A tiny hand-written training set: loaded wording vs plain reporting.
const LOADED = [
  'The reckless senator rammed through a disastrous bill.',
  'A shameful, reckless plan from a disastrous administration.',
  'Critics slammed the reckless and shameful decision.',
  'The disastrous policy is a shameful betrayal.',
  'Reckless spending has become a disastrous habit.',
  'Shameful lies from a reckless leader.',
];
const PLAIN = [
  'The senator introduced a bill on Tuesday.',
  'The plan was published by the administration.',
  'The committee approved the decision after a vote.',
  'The policy takes effect in January.',
  'Spending rose by two percent last year.',
  'The leader spoke to reporters in the capital.',
];

const features = { ...DEFAULT_FEATURES, bits: 14 };
const lexicon = buildLexicon({ loaded: ['reckless'] });

function train() {
  const hasher = new FeatureHasher(features, lexicon);
  const texts = [...LOADED, ...PLAIN];
  const xs = texts.map((t) => hasher.vector(tokensOf(t)));
  const ys = texts.map((_, i) => (i < LOADED.length ? 1 : 0));
  const trained = trainLogistic(xs, ys, hasher.dim, 2, { l2: 1e-3, iterations: 100, learningRate: 0.1 });
  const file = toModelFile('fixture', ['plain', 'loaded'], features, trained, {
    platt: { a: 1, b: 0 },
    threshold: 0.5,
    training: {},
  });
  return { trained, file };
}

describe('logistic regression on a fixture set', () => {
  const { trained, file } = train();
  const model = new LinearClassifier(fromModelFile(file), lexicon);

  it('is deterministic', () => {
    const again = train();
    expect(again.file.weights).toBe(file.weights);
    expect(again.file.bias).toEqual(file.bias);
  });

  it('separates unseen loaded and plain sentences', () => {
    const loaded = model.probability(tokensOf('A reckless and shameful vote.'));
    const plain = model.probability(tokensOf('The vote was held on Tuesday.'));
    expect(loaded).toBeGreaterThan(0.5);
    expect(plain).toBeLessThan(0.5);
    for (const p of [loaded, plain]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('quantised model scores like the float weights', () => {
    const hasher = new FeatureHasher(features, lexicon);
    const tokens = tokensOf('Reckless spending on a shameful plan.');
    const x = hasher.vector(tokens);
    let s = trained.bias[0]!;
    for (let t = 0; t < x.idx.length; t++) s += trained.weights[x.idx[t]!]! * x.val[t]!;
    expect(model.scores(tokens)[0]).toBeCloseTo(s, 3);
  });

  it('explains at word level: contributions plus rest equal the score, loaded words on top', () => {
    const tokens = tokensOf('The reckless mayor announced a plan.');
    const e = explain(model, tokens);
    const sum = e.contributions.reduce((a, b) => a + b, 0);
    expect(sum + e.rest).toBeCloseTo(e.score, 9);
    expect(e.score).toBeCloseTo(model.scores(tokens)[0]!, 9);
    expect(tokens[topTokens(e.contributions, 1, 0)[0]!]).toBe('reckless');
  });
});

describe('fitPlatt', () => {
  it('maps well-separated scores to confident probabilities in [0, 1]', () => {
    const scores = [-3, -2, -2.5, -1, 1, 2, 2.5, 3];
    const labels = [0, 0, 0, 0, 1, 1, 1, 1];
    const { a, b } = fitPlatt(scores, labels);
    expect(a).toBeGreaterThan(0);
    const p = (s: number) => 1 / (1 + Math.exp(-(a * s + b)));
    expect(p(3)).toBeGreaterThan(0.8);
    expect(p(-3)).toBeLessThan(0.2);
  });
});

describe('decodeSpans', () => {
  it('joins runs above the threshold, bridging one low token and unused punctuation', () => {
    const starts = [0, 4, 8, 10, 15, 20, 25];
    const ends = [3, 7, 9, 14, 19, 24, 29];
    const probs = [0.9, 0.1, 0, 0.8, 0.1, 0.1, 0.7];
    const use = [1, 1, 0, 1, 1, 1, 1];
    const spans = decodeSpans(starts, ends, probs, use, 0.5, 1);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [0, 14],
      [25, 29],
    ]);
  });
});

describe('token tagger', () => {
  it('scores at run time exactly what training vectors encode, with and without token bigrams', async () => {
    const { tokenVector, TokenTagger } = await import('./token-tagger.js');
    for (const tokenBigrams of [false, true]) {
      const cfg = { ...features, tokenBigrams };
      const hasher = new FeatureHasher(cfg, lexicon);
      const sentences = [...LOADED, ...PLAIN].map((t) => tokensOf(t));
      const xs = sentences.flatMap((tokens) =>
        tokens.map((_, t) => tokenVector(hasher, tokens, t, ['kind:body'])),
      );
      const ys = sentences.flatMap((tokens) =>
        tokens.map((w) => (w === 'reckless' || w === 'shameful' ? 1 : 0)),
      );
      const trained = trainLogistic(xs, ys, hasher.dim, 2, { l2: 1e-3, iterations: 50, learningRate: 0.1 });
      const file = toModelFile('tagger', ['o', 't'], cfg, trained, {
        platt: { a: 1, b: 0 },
        threshold: 0.5,
        training: {},
      });
      const loaded = fromModelFile(file);
      const tagger = new TokenTagger(loaded, new FeatureHasher(cfg, lexicon));
      const tokens = tokensOf('A reckless, shameful plan.');
      const logits = tagger.logits(tokens, ['kind:body']);
      tokens.forEach((_, t) => {
        const x = tokenVector(hasher, tokens, t, ['kind:body']);
        let s = loaded.bias[0]!;
        for (let i = 0; i < x.idx.length; i++) s += loaded.weights[x.idx[i]!]! * x.val[i]!;
        expect(logits[t]).toBeCloseTo(s, 9);
      });
      expect(logits[1]!).toBeGreaterThan(logits[0]!);
    }
  });
});

describe('Vocab', () => {
  it('interns words to stable ids with their unigram hashes', async () => {
    const { Vocab } = await import('./vocab.js');
    const { fnv1a, SEED } = await import('./hash.js');
    const v = new Vocab();
    const ids = v.idsOf(['a', 'b', 'a']);
    expect(Array.from(ids)).toEqual([0, 1, 0]);
    expect(v.hashes[1]).toBe(fnv1a('b', SEED.word));
  });
});

describe('shapeSpans', () => {
  it('drops short spans and widens well-covered sentences to the whole sentence', async () => {
    const { shapeSpans, NO_SHAPING } = await import('./decode-spans.js');
    const starts = [0, 4, 8, 12, 16];
    const ends = [3, 7, 11, 15, 17];
    const use = [1, 1, 1, 1, 0];
    const spans = [
      { start: 0, end: 3, p: 0.6, tokenStart: 0, tokenEnd: 1 },
      { start: 8, end: 15, p: 0.8, tokenStart: 2, tokenEnd: 4 },
    ];
    expect(shapeSpans(spans, starts, ends, use, NO_SHAPING)).toEqual(spans);
    expect(shapeSpans(spans, starts, ends, use, { minTokens: 2, wholeSentence: 1.01 })).toEqual([spans[1]]);
    // 3 of 4 used tokens covered ≥ 0.7 → one span over the whole sentence (punctuation at the end left out)
    const whole = shapeSpans(spans, starts, ends, use, { minTokens: 1, wholeSentence: 0.7 });
    expect(whole.map((s) => [s.start, s.end])).toEqual([[0, 15]]);
    expect(whole[0]!.p).toBeCloseTo(0.7, 12);
  });
});
