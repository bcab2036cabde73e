import { fnv1a, SEED } from './hash.js';

const MAX_WORDS = 500_000;

/**
 * Interns token strings to small integer ids once per sentence, so every model reads its per-word
 * caches from typed arrays instead of string-keyed maps. Shared by all models of a process; when it
 * grows past MAX_WORDS it starts over and bumps `generation` (models then drop their caches).
 */
export class Vocab {
  generation = 0;
  private readonly ids = new Map<string, number>();
  words: string[] = [];
  /** fnv1a(word, SEED.word) per id: the unigram hash every FeatureHasher uses. */
  hashes = new Uint32Array(1024);

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      if (this.words.length >= MAX_WORDS) this.reset();
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
      if (id >= this.hashes.length) {
        const grown = new Uint32Array(this.hashes.length * 2);
        grown.set(this.hashes);
        this.hashes = grown;
      }
      this.hashes[id] = fnv1a(word, SEED.word);
    }
    return id;
  }

  /** Ids of a token sequence (all from one generation: a reset midway restarts the sequence once). */
  idsOf(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length);
    for (let attempt = 0; attempt < 2; attempt++) {
      const generation = this.generation;
      for (let t = 0; t < tokens.length; t++) out[t] = this.id(tokens[t]!);
      if (generation === this.generation) break;
    }
    return out;
  }

  private reset(): void {
    this.ids.clear();
    this.words = [];
    this.generation++;
  }
}

/** A per-model cache of one number per vocabulary id (NaN = not computed yet). */
export class IdCache {
  private values = new Float64Array(1024).fill(Number.NaN);
  private generation = -1;

  get(vocab: Vocab, id: number, compute: (word: string) => number): number {
    if (this.generation !== vocab.generation) {
      this.values.fill(Number.NaN);
      this.generation = vocab.generation;
    }
    if (id >= this.values.length) {
      const grown = new Float64Array(Math.max(id + 1, this.values.length * 2)).fill(Number.NaN);
      grown.set(this.values);
      this.values = grown;
    }
    let v = this.values[id]!;
    if (Number.isNaN(v)) {
      const word = vocab.words[id];
      // Only a sequence with more distinct words than the vocabulary holds can get here: score it 0.
      if (word === undefined) return 0;
      v = compute(word);
      this.values[id] = v;
    }
    return v;
  }
}

/** The process-wide vocabulary. */
export const sharedVocab = new Vocab();
