import { applyPlatt } from './calibration.js';
import type { FeatureHasher, SparseVector } from './features.js';
import { combine } from './hash.js';
import type { LoadedWeights } from './model-file.js';
import { IdCache, sharedVocab } from './vocab.js';

/** Context window of the token tagger: words at these offsets add position-marked unigram features. */
const OFFSETS = [-2, -1, 1, 2] as const;
const OFFSET_SEED = [0x2f1, 0x2f2, 0x2f3, 0x2f4] as const;
const LEFT_BIGRAM = 0x3b1;
const RIGHT_BIGRAM = 0x3b2;
const BOUNDARY = '\u0000';

/** The token at `i`, or the boundary marker outside the sentence (no negative array reads: they deoptimise). */
function neighbour(tokens: readonly string[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i]! : BOUNDARY;
}

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
    const w = neighbour(tokens, t + OFFSETS[o]!);
    idx.push(combine(hasher.tokenHash(w), OFFSET_SEED[o]!) & mask);
    val.push(1);
  }
  if (hasher.config.tokenBigrams) {
    const here = hasher.tokenHash(tokens[t]!);
    idx.push(combine(combine(hasher.tokenHash(neighbour(tokens, t - 1)), here), LEFT_BIGRAM) & mask);
    idx.push(combine(combine(here, hasher.tokenHash(neighbour(tokens, t + 1))), RIGHT_BIGRAM) & mask);
    val.push(1, 1);
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

  constructor(model: LoadedWeights, hasher: FeatureHasher) {
    this.model = model;
    this.hasher = hasher;
  }

  private readonly ownScore = (word: string): number => {
    let v = 0;
    for (const j of this.hasher.wordIndices(word)) v += this.model.weights[j]!;
    return v;
  };
  private readonly ownCache = new IdCache();

  /** Raw logits per token; `extra` named features apply to every token. */
  logits(tokens: readonly string[], extra: readonly string[] = [], ids?: Int32Array): Float64Array {
    const { weights } = this.model;
    const mask = this.hasher.dim - 1;
    let base = this.model.bias[0]!;
    for (const name of extra) base += weights[this.hasher.namedIndex(name)]!;
    const n = tokens.length;
    const vocab = sharedVocab;
    const tokenIds = ids ?? vocab.idsOf(tokens);
    const hashes = vocab.hashes;
    const boundary = this.hasher.tokenHash(BOUNDARY);
    const bigrams = this.hasher.config.tokenBigrams === true;
    const out = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      let s = base + this.ownCache.get(vocab, tokenIds[t]!, this.ownScore);
      for (let o = 0; o < OFFSETS.length; o++) {
        const i = t + OFFSETS[o]!;
        const h = i >= 0 && i < n ? hashes[tokenIds[i]!]! : boundary;
        s += weights[combine(h, OFFSET_SEED[o]!) & mask]!;
      }
      if (bigrams) {
        const here = hashes[tokenIds[t]!]!;
        const left = t > 0 ? hashes[tokenIds[t - 1]!]! : boundary;
        const right = t + 1 < n ? hashes[tokenIds[t + 1]!]! : boundary;
        s += weights[combine(combine(left, here), LEFT_BIGRAM) & mask]!;
        s += weights[combine(combine(here, right), RIGHT_BIGRAM) & mask]!;
      }
      out[t] = s;
    }
    return out;
  }

  /** Calibrated probabilities per token. */
  probabilities(tokens: readonly string[], extra: readonly string[] = [], ids?: Int32Array): Float64Array {
    const z = this.logits(tokens, extra, ids);
    for (let t = 0; t < z.length; t++) z[t] = applyPlatt(this.model.file.platt, z[t]!);
    return z;
  }
}
