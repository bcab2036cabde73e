import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Explanation, explain } from '../../models/explain.js';
import { HasherPool } from '../../models/features.js';
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

export interface SentenceExplanation extends Explanation {
  /** Calibrated probability of the positive class. */
  probability: number;
  /** The model's decision threshold on that probability. */
  threshold: number;
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
    const pool = new HasherPool(lexicon);
    const load = (name: string) => {
      if (!existsSync(join(dir, `${name}.json`))) {
        this.missing.push(name);
        return null;
      }
      try {
        return loadModel(name, dir);
      } catch (error) {
        // A damaged model file must not stop the analysis: the model is skipped and reported.
        this.missing.push(`${name} (${(error as Error).message})`);
        return null;
      }
    };
    const linear = (name: string) => {
      const m = load(name);
      return m ? new LinearClassifier(m, lexicon, pool.get(m.file.features)) : null;
    };
    this.bias = linear('bias');
    this.subjectivity = linear('subjectivity');
    this.checkworthy = linear('checkworthy');
    this.propaganda = new PropagandaDetector(dir, lexicon, pool);
    if (!this.propaganda.available) {
      this.missing.push(this.propaganda.problem ? `propaganda (${this.propaganda.problem})` : 'propaganda');
    }
    const words = load('bias-words');
    this.biasWords = words ? new TokenTagger(words, pool.get(words.file.features)) : null;
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

  /**
   * Word-level explanation of one sentence model's decision: each token's contribution to the logit
   * (weight × feature, bigrams split between their tokens), the rest (bias, sentence features, stacked
   * evidence) and the calibrated probability. Null when the model is absent.
   */
  explain(
    task: 'bias' | 'subjectivity' | 'checkworthy',
    tokens: readonly string[],
  ): SentenceExplanation | null {
    const model = this[task];
    if (!model) return null;
    let extra: string[] = [];
    if (task === 'bias' && this.biasWords) {
      const ids = sharedVocab.idsOf(tokens);
      extra = tokenEvidence(this.maskNonWords(ids, this.biasWords.probabilities(tokens, [], ids)), 'bw:');
    }
    const e = explain(model, tokens, 0, extra);
    return { ...e, probability: model.calibrate(e.score), threshold: model.threshold };
  }

  /** Scores one sentence given its lower-cased tokens (and their vocabulary ids, when known). */
  score(tokens: readonly string[], tokenIds?: Int32Array): SentenceScores {
    const ids = tokenIds ?? sharedVocab.idsOf(tokens);
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
