import { applyPlatt } from './calibration.js';
import { FeatureHasher } from './features.js';
import type { Lexicon } from './lexicon.js';
import type { LoadedWeights } from './model-file.js';

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

  constructor(model: LoadedWeights, lexicon: Lexicon | null) {
    this.model = model;
    this.name = model.file.name;
    this.labels = model.file.labels;
    this.rows = model.file.rows;
    this.threshold = model.file.threshold;
    this.hasher = new FeatureHasher(model.file.features, lexicon);
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
  probability(tokens: readonly string[], extra: readonly string[] = []): number {
    return applyPlatt(this.model.file.platt, this.scores(tokens, extra)[0]!);
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
