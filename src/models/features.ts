import { combine, fnv1a, SEED } from './hash.js';
import type { Lexicon } from './lexicon.js';

/** How sentences become hashed sparse vectors. Stored in each model file so training and use agree. */
export interface FeatureConfig {
  /** log2 of the hashed feature space. */
  bits: number;
  /** Character n-gram lengths (of `<word>`), inclusive; 0 disables them. */
  charMin: number;
  charMax: number;
  bigrams: boolean;
  lexicon: boolean;
  /** Token taggers only: add the bigrams (previous, token) and (token, next) as features. */
  tokenBigrams?: boolean;
}

export const DEFAULT_FEATURES: FeatureConfig = {
  bits: 18,
  charMin: 3,
  charMax: 5,
  bigrams: true,
  lexicon: true,
};

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

const LETTER = /\p{L}/u;

/** Stand-in hashes of the sentence start and end in bigrams. */
export const BOUNDARY_START = 0x1234;
export const BOUNDARY_END = 0x4321;
const MAX_CACHE = 200_000;
const MAX_WORD = 24;

/**
 * Turns lower-cased tokens into hashed features: word unigrams, character n-grams and lexicon groups
 * per token (cached per distinct word), bigrams across neighbours, and a few named sentence features.
 * Token-level features are scaled by 1/sqrt(tokens) so long and short sentences weigh alike.
 */
export class FeatureHasher {
  readonly config: FeatureConfig;
  readonly dim: number;
  private readonly mask: number;
  private readonly lexicon: Lexicon | null;
  private readonly words = new Map<string, Int32Array>();
  private readonly unigram = new Map<string, number>();

  constructor(config: FeatureConfig, lexicon: Lexicon | null) {
    this.config = config;
    this.dim = 2 ** config.bits;
    this.mask = this.dim - 1;
    this.lexicon = config.lexicon ? lexicon : null;
  }

  /** Raw 32-bit unigram hash of a token (bigrams combine two of these). */
  tokenHash(word: string): number {
    let h = this.unigram.get(word);
    if (h === undefined) {
      if (this.unigram.size > MAX_CACHE) this.unigram.clear();
      h = fnv1a(word, SEED.word);
      this.unigram.set(word, h);
    }
    return h;
  }

  /** Feature indices of one token on its own: unigram, character n-grams, lexicon groups. */
  wordIndices(word: string): Int32Array {
    const hit = this.words.get(word);
    if (hit) return hit;
    const out: number[] = [this.tokenHash(word) & this.mask];
    const { charMin, charMax } = this.config;
    if (charMin > 0 && word.length > 1 && word.length <= MAX_WORD && LETTER.test(word)) {
      const padded = `<${word}>`;
      for (let n = charMin; n <= charMax; n++) {
        for (let i = 0; i + n <= padded.length; i++) {
          out.push(fnv1a(padded.slice(i, i + n), SEED.char) & this.mask);
        }
      }
    }
    const groups = this.lexicon?.get(word);
    if (groups) for (const g of groups) out.push(fnv1a(g, SEED.lexicon) & this.mask);
    const arr = Int32Array.from(out);
    if (this.words.size > MAX_CACHE) this.words.clear();
    this.words.set(word, arr);
    return arr;
  }

  /** Index of the bigram (a, b); `null` stands for the sentence boundary. */
  bigramIndex(a: string | null, b: string | null): number {
    const ha = a === null ? BOUNDARY_START : this.tokenHash(a);
    const hb = b === null ? BOUNDARY_END : this.tokenHash(b);
    return combine(ha, hb) & this.mask;
  }

  private readonly named = new Map<string, number>();

  /** Index of a named feature ("len:short", "quote", "kind:headline", ...). */
  namedIndex(name: string): number {
    let j = this.named.get(name);
    if (j === undefined) {
      j = fnv1a(name, SEED.dense) & this.mask;
      if (this.named.size > 10_000) this.named.clear();
      this.named.set(name, j);
    }
    return j;
  }

  /** Scale applied to token-level features of a sentence with `n` tokens. */
  static scale(n: number): number {
    return 1 / Math.sqrt(n + 1);
  }

  /** Named sentence-level features derived from the tokens alone. */
  static sentenceFeatures(tokens: readonly string[]): string[] {
    const n = tokens.length;
    const names = [n <= 6 ? 'len:xs' : n <= 12 ? 'len:s' : n <= 25 ? 'len:m' : n <= 45 ? 'len:l' : 'len:xl'];
    let quotes = 0;
    let numbers = 0;
    for (const t of tokens) {
      const c = t.charCodeAt(0);
      if (c === 34 || c === 0x201c || c === 0x201d) quotes++;
      else if (c >= 48 && c <= 57) numbers++;
    }
    if (quotes > 0) names.push('has:quote');
    if (numbers > 0) names.push('has:number');
    if (numbers > 2) names.push('has:numbers');
    return names;
  }

  /** Full sparse vector of a sentence, for training. `extra` adds named context features. */
  vector(tokens: readonly string[], extra: readonly string[] = []): SparseVector {
    const idx: number[] = [];
    const val: number[] = [];
    const s = FeatureHasher.scale(tokens.length);
    for (const t of tokens) {
      for (const j of this.wordIndices(t)) {
        idx.push(j);
        val.push(s);
      }
    }
    if (this.config.bigrams) {
      for (let i = 0; i <= tokens.length; i++) {
        idx.push(this.bigramIndex(i === 0 ? null : tokens[i - 1]!, i === tokens.length ? null : tokens[i]!));
        val.push(s);
      }
    }
    for (const name of FeatureHasher.sentenceFeatures(tokens)) {
      idx.push(this.namedIndex(name));
      val.push(1);
    }
    for (const name of extra) {
      idx.push(this.namedIndex(name));
      val.push(1);
    }
    return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  }
}

/** Hashers shared by models with the same feature settings (one word cache instead of one per model). */
export class HasherPool {
  private readonly lexicon: Lexicon | null;
  private readonly pool = new Map<string, FeatureHasher>();

  constructor(lexicon: Lexicon | null) {
    this.lexicon = lexicon;
  }

  get(config: FeatureConfig): FeatureHasher {
    const key = JSON.stringify(config);
    let h = this.pool.get(key);
    if (!h) {
      h = new FeatureHasher(config, this.lexicon);
      this.pool.set(key, h);
    }
    return h;
  }
}
