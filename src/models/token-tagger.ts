import { applyPlatt } from './calibration.js';
import type { FeatureHasher, SparseVector } from './features.js';
import { combine } from './hash.js';
import type { LoadedWeights } from './model-file.js';

/** Context window of the token tagger: words at these offsets add position-marked unigram features. */
const OFFSETS = [-2, -1, 1, 2] as const;
const OFFSET_SEED = [0x2f1, 0x2f2, 0x2f3, 0x2f4] as const;
const BOUNDARY = '\u0000';

/**
 * Features of one token in its sentence: the token's own word features (unigram, character n-grams,
 * lexicon), its neighbours' unigrams marked by offset, and named context features (`extra`).
 */
export function tokenVector(
  hasher: FeatureHasher,
  tokens: readonly string[],
  t: number,
  extra: readonly string[] = [],
): SparseVector {
  const mask = hasher.dim - 1;
  const idx: number[] = [];
  const val: number[] = [];
  for (const j of hasher.wordIndices(tokens[t]!)) {
    idx.push(j);
    val.push(1);
  }
  for (let o = 0; o < OFFSETS.length; o++) {
    const w = tokens[t + OFFSETS[o]!] ?? BOUNDARY;
    idx.push(combine(hasher.tokenHash(w), OFFSET_SEED[o]!) & mask);
    val.push(1);
  }
  for (const name of extra) {
    idx.push(hasher.namedIndex(name));
    val.push(1);
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

/**
 * Scores every token of a sentence with a binary token model (same features as tokenVector), caching
 * the sum of each word's own feature weights.
 */
export class TokenTagger {
  readonly hasher: FeatureHasher;
  private readonly model: LoadedWeights;
  private readonly own = new Map<string, number>();
  private readonly context: Map<string, number>[] = OFFSETS.map(() => new Map<string, number>());

  constructor(model: LoadedWeights, hasher: FeatureHasher) {
    this.model = model;
    this.hasher = hasher;
  }

  private ownScore(word: string): number {
    let s = this.own.get(word);
    if (s === undefined) {
      s = 0;
      for (const j of this.hasher.wordIndices(word)) s += this.model.weights[j]!;
      if (this.own.size > 100_000) this.own.clear();
      this.own.set(word, s);
    }
    return s;
  }

  private contextScore(o: number, word: string): number {
    const map = this.context[o]!;
    let s = map.get(word);
    if (s === undefined) {
      s = this.model.weights[combine(this.hasher.tokenHash(word), OFFSET_SEED[o]!) & (this.hasher.dim - 1)]!;
      if (map.size > 100_000) map.clear();
      map.set(word, s);
    }
    return s;
  }

  /** Raw logits per token; `extra` named features apply to every token. */
  logits(tokens: readonly string[], extra: readonly string[] = []): Float64Array {
    let base = this.model.bias[0]!;
    for (const name of extra) base += this.model.weights[this.hasher.namedIndex(name)]!;
    const out = new Float64Array(tokens.length);
    for (let t = 0; t < tokens.length; t++) {
      let s = base + this.ownScore(tokens[t]!);
      for (let o = 0; o < OFFSETS.length; o++) s += this.contextScore(o, tokens[t + OFFSETS[o]!] ?? BOUNDARY);
      out[t] = s;
    }
    return out;
  }

  /** Calibrated probabilities per token. */
  probabilities(tokens: readonly string[], extra: readonly string[] = []): Float64Array {
    const z = this.logits(tokens, extra);
    for (let t = 0; t < z.length; t++) z[t] = applyPlatt(this.model.file.platt, z[t]!);
    return z;
  }
}
