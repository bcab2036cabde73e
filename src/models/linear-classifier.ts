import { applyPlatt } from './calibration.js';
import { BOUNDARY_END, BOUNDARY_START, FeatureHasher } from './features.js';
import { combine } from './hash.js';
import type { Lexicon } from './lexicon.js';
import type { LoadedWeights } from './model-file.js';
import { IdCache, sharedVocab } from './vocab.js';

const MAX_CACHE = 100_000;

/**
 * A loaded linear model scoring token sequences. Per-word feature sums are cached, so scoring a sentence
 * costs one map lookup per token plus its bigrams.
 */
export class LinearClassifier {
  readonly name: string;
  readonly labels: readonly string[];
  readonly rows: number;
  readonly threshold: number;
  readonly hasher: FeatureHasher;
  private readonly model: LoadedWeights;
  private readonly wordScores = new Map<string, Float64Array>();

  constructor(model: LoadedWeights, lexicon: Lexicon | null, hasher?: FeatureHasher) {
    this.model = model;
    this.name = model.file.name;
    this.labels = model.file.labels;
    this.rows = model.file.rows;
    this.threshold = model.file.threshold;
    this.hasher = hasher ?? new FeatureHasher(model.file.features, lexicon);
  }

  /** Sum of the weights of one token's own features, per row. */
  private wordScore(word: string): Float64Array {
    const hit = this.wordScores.get(word);
    if (hit) return hit;
    const out = new Float64Array(this.rows);
    const { weights, dim } = this.model;
    for (const j of this.hasher.wordIndices(word)) {
      for (let k = 0; k < this.rows; k++) out[k]! += weights[k * dim + j]!;
    }
    if (this.wordScores.size > MAX_CACHE) this.wordScores.clear();
    this.wordScores.set(word, out);
    return out;
  }

  /** Row-0 sum of one token's own feature weights. */
  private readonly ownScore = (word: string): number => {
    let v = 0;
    const { weights } = this.model;
    for (const j of this.hasher.wordIndices(word)) v += weights[j]!;
    return v;
  };
  private readonly ownCache = new IdCache();

  /** Raw score (logit) of row 0, without explanations: the fast path for binary models. */
  score(tokens: readonly string[], extra: readonly string[] = [], ids?: Int32Array): number {
    const { weights, bias } = this.model;
    const hasher = this.hasher;
    const vocab = sharedVocab;
    const tokenIds = ids ?? vocab.idsOf(tokens);
    let acc = 0;
    for (let t = 0; t < tokenIds.length; t++) acc += this.ownCache.get(vocab, tokenIds[t]!, this.ownScore);
    if (hasher.config.bigrams) {
      const mask = hasher.dim - 1;
      const hashes = vocab.hashes;
      let prev = BOUNDARY_START;
      for (let t = 0; t < tokenIds.length; t++) {
        const h = hashes[tokenIds[t]!]!;
        acc += weights[combine(prev, h) & mask]!;
        prev = h;
      }
      acc += weights[combine(prev, BOUNDARY_END) & mask]!;
    }
    let out = bias[0]! + FeatureHasher.scale(tokens.length) * acc;
    for (const name of FeatureHasher.sentenceFeatures(tokens)) out += weights[hasher.namedIndex(name)]!;
    for (const name of extra) out += weights[hasher.namedIndex(name)]!;
    return out;
  }

  /**
   * Raw scores (logits) per row, and optionally each token's contribution to each row
   * (`contrib[t · rows + k]`): its own features plus half of each bigram it is part of.
   */
  scores(tokens: readonly string[], extra: readonly string[] = [], contrib?: Float64Array): Float64Array {
    const { weights, dim, bias } = this.model;
    const rows = this.rows;
    const out = Float64Array.from(bias);
    const s = FeatureHasher.scale(tokens.length);
    for (let t = 0; t < tokens.length; t++) {
      const ws = this.wordScore(tokens[t]!);
      for (let k = 0; k < rows; k++) {
        out[k]! += s * ws[k]!;
        if (contrib) contrib[t * rows + k]! += s * ws[k]!;
      }
    }
    if (this.hasher.config.bigrams) {
      for (let i = 0; i <= tokens.length; i++) {
        const j = this.hasher.bigramIndex(
          i === 0 ? null : tokens[i - 1]!,
          i === tokens.length ? null : tokens[i]!,
        );
        for (let k = 0; k < rows; k++) {
          const v = s * weights[k * dim + j]!;
          out[k]! += v;
          if (contrib) {
            if (i > 0) contrib[(i - 1) * rows + k]! += i === tokens.length ? v : v / 2;
            if (i < tokens.length) contrib[i * rows + k]! += i === 0 ? v : v / 2;
          }
        }
      }
    }
    for (const name of FeatureHasher.sentenceFeatures(tokens)) this.addNamed(out, name);
    for (const name of extra) this.addNamed(out, name);
    return out;
  }

  private addNamed(out: Float64Array, name: string): void {
    const j = this.hasher.namedIndex(name);
    for (let k = 0; k < this.rows; k++) out[k]! += this.model.weights[k * this.model.dim + j]!;
  }

  /** Calibrated probability of the positive class (binary models). */
  probability(tokens: readonly string[], extra: readonly string[] = [], ids?: Int32Array): number {
    return applyPlatt(this.model.file.platt, this.score(tokens, extra, ids));
  }

  /** Calibrated probability of a raw score. */
  calibrate(score: number): number {
    return applyPlatt(this.model.file.platt, score);
  }

  /** Softmax probabilities (multiclass models). */
  distribution(tokens: readonly string[], extra: readonly string[] = []): Float64Array {
    const z = this.scores(tokens, extra);
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    let sum = 0;
    for (let k = 0; k < z.length; k++) {
      z[k] = Math.exp(z[k]! - max);
      sum += z[k]!;
    }
    for (let k = 0; k < z.length; k++) z[k]! /= sum;
    return z;
  }
}
