import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FeatureHasher } from '../../models/features.js';
import { type Lexicon, loadLexicon } from '../../models/lexicon.js';
import { LinearClassifier } from '../../models/linear-classifier.js';
import { loadModel, modelsDir } from '../../models/model-file.js';
import { tokenEvidence } from '../../models/token-evidence.js';
import { TokenTagger } from '../../models/token-tagger.js';
import { IdCache, sharedVocab } from '../../models/vocab.js';
import { PropagandaDetector } from './propaganda-detector.js';

/** Per-sentence outputs of the trained models; null where a model file is absent. */
export interface SentenceScores {
  bias: number | null;
  subjectivity: number | null;
  checkworthy: number | null;
  /** Calibrated probability per token of being a biased word (bias tagger). */
  biasWords: Float64Array | null;
}

/**
 * The trained sentence classifiers, loaded from `models/` on first use. Each model is optional: a
 * missing file leaves its score null (and is listed in `missing`).
 */
export class SentenceClassifiers {
  readonly bias: LinearClassifier | null;
  readonly biasWords: TokenTagger | null;
  readonly biasWordThreshold: number;
  readonly subjectivity: LinearClassifier | null;
  readonly checkworthy: LinearClassifier | null;
  /** PTC sentence, span and technique models (they need the whole document: see PropagandaDetector). */
  readonly propaganda: PropagandaDetector;
  readonly missing: string[] = [];

  constructor(dir = modelsDir(), lexicon: Lexicon = loadLexicon()) {
    const load = (name: string) => {
      if (!existsSync(join(dir, `${name}.json`))) {
        this.missing.push(name);
        return null;
      }
      return loadModel(name, dir);
    };
    const linear = (name: string) => {
      const m = load(name);
      return m ? new LinearClassifier(m, lexicon) : null;
    };
    this.bias = linear('bias');
    this.subjectivity = linear('subjectivity');
    this.checkworthy = linear('checkworthy');
    this.propaganda = new PropagandaDetector(dir, lexicon);
    if (!this.propaganda.available) this.missing.push('propaganda');
    const words = load('bias-words');
    this.biasWords = words ? new TokenTagger(words, new FeatureHasher(words.file.features, lexicon)) : null;
    this.biasWordThreshold = words?.file.threshold ?? 0.5;
  }

  private readonly letters = new IdCache();

  /** The tagger only scores word tokens: punctuation and numbers get 0, as in training. */
  private maskNonWords(ids: Int32Array, probs: Float64Array): Float64Array {
    for (let t = 0; t < ids.length; t++) {
      if (this.letters.get(sharedVocab, ids[t]!, hasLetter) === 0) probs[t] = 0;
    }
    return probs;
  }

  /** Scores one sentence given its lower-cased tokens. */
  score(tokens: readonly string[]): SentenceScores {
    const ids = sharedVocab.idsOf(tokens);
    const biasWords = this.biasWords
      ? this.maskNonWords(ids, this.biasWords.probabilities(tokens, [], ids))
      : null;
    const evidence = biasWords ? tokenEvidence(biasWords, 'bw:') : [];
    return {
      biasWords,
      bias: this.bias ? this.bias.probability(tokens, evidence, ids) : null,
      subjectivity: this.subjectivity ? this.subjectivity.probability(tokens, [], ids) : null,
      checkworthy: this.checkworthy ? this.checkworthy.probability(tokens, [], ids) : null,
    };
  }
}

const LETTER = /\p{L}/u;
const hasLetter = (word: string) => (LETTER.test(word) ? 1 : 0);

let shared: SentenceClassifiers | null = null;

/** One process-wide instance, loaded on first call. */
export function sharedClassifiers(): SentenceClassifiers {
  shared ??= new SentenceClassifiers();
  return shared;
}
