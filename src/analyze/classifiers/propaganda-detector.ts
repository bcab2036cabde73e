import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSpans, NO_SHAPING, type SpanShaping, shapeSpans } from '../../models/decode-spans.js';
import { HasherPool } from '../../models/features.js';
import type { Lexicon } from '../../models/lexicon.js';
import { LinearClassifier } from '../../models/linear-classifier.js';
import { loadModel } from '../../models/model-file.js';
import { probabilityBuckets, sentenceContext } from '../../models/sentence-context.js';
import { techniqueInput } from '../../models/technique-features.js';
import { TokenTagger } from '../../models/token-tagger.js';
import { sharedVocab } from '../../models/vocab.js';
import type { Doc } from '../../segment/types.js';

const USABLE = /[\p{L}\p{N}]/u;

export interface PropagandaSpan {
  start: number;
  end: number;
  sentence: number;
  /** Mean calibrated probability of the span's tokens. */
  p: number;
  /** PTC technique name, e.g. `Loaded_Language`. */
  technique: string;
  /** Softmax probability of that technique given the span. */
  techniqueP: number;
}

export interface PropagandaResult {
  /** Calibrated probability per sentence that it contains a propaganda technique. */
  sentences: Float64Array;
  spans: PropagandaSpan[];
}

/**
 * PTC models: a sentence classifier, a token tagger stacked on it (span identification) and a technique
 * classifier for each span. Loaded from `models/`; `available` is false when a file is missing.
 */
export class PropagandaDetector {
  readonly available: boolean;
  /** Why the models are unavailable (a damaged file), when they are. */
  readonly problem: string | null = null;
  private readonly sentence: LinearClassifier | null = null;
  private readonly tagger: TokenTagger | null = null;
  private readonly techniques: LinearClassifier | null = null;
  private readonly spanThreshold: number = 0.5;
  private readonly maxGap: number = 1;
  private readonly minSentence: number = 0;
  private readonly shaping: SpanShaping = NO_SHAPING;

  constructor(dir: string, lexicon: Lexicon, pool = new HasherPool(lexicon)) {
    const names = ['propaganda', 'propaganda-spans', 'propaganda-techniques'];
    let available = names.every((n) => existsSync(join(dir, `${n}.json`)));
    if (available) {
      try {
        const sentence = loadModel('propaganda', dir);
        this.sentence = new LinearClassifier(sentence, lexicon, pool.get(sentence.file.features));
        const spans = loadModel('propaganda-spans', dir);
        this.tagger = new TokenTagger(spans, pool.get(spans.file.features));
        this.spanThreshold = spans.file.threshold;
        this.maxGap = spans.file.decode?.maxGap ?? 1;
        this.minSentence = spans.file.decode?.minSentence ?? 0;
        this.shaping = {
          minTokens: spans.file.decode?.minTokens ?? NO_SHAPING.minTokens,
          wholeSentence: spans.file.decode?.wholeSentence ?? NO_SHAPING.wholeSentence,
        };
        const techniques = loadModel('propaganda-techniques', dir);
        this.techniques = new LinearClassifier(techniques, lexicon, pool.get(techniques.file.features));
      } catch (error) {
        available = false;
        this.problem = (error as Error).message;
      }
    }
    this.available = available;
  }

  /**
   * Most likely technique of the span [start, end) of `text` (gold or predicted), inside the sentence
   * [sentStart, sentEnd); `articleLower` is `text` lower-cased (for the repetition feature).
   */
  classify(
    text: string,
    articleLower: string,
    start: number,
    end: number,
    sentStart: number,
    sentEnd: number,
  ): { technique: string; p: number } {
    const model = this.techniques;
    if (!model) return { technique: 'Loaded_Language', p: 0 };
    const input = techniqueInput(text, articleLower, start, end, sentStart, sentEnd);
    const dist = model.distribution(input.tokens, input.extras);
    let best = 0;
    for (let k = 1; k < dist.length; k++) if (dist[k]! > dist[best]!) best = k;
    return { technique: model.labels[best]!, p: dist[best]! };
  }

  /**
   * Sentence probabilities and tagged spans of a document. Spans whose mean token probability is below
   * `classifyFrom` keep technique `null`-like defaults (p 0) to save work; pass 0 to classify all, or
   * Infinity to classify none (span identification only). `docIds` are the vocabulary ids of all the
   * document's tokens, when the caller has them.
   */
  detect(doc: Doc, classifyFrom = 0, docIds?: Int32Array): PropagandaResult {
    const n = doc.sentences.length;
    const sentences = new Float64Array(n);
    const spans: PropagandaSpan[] = [];
    if (!this.sentence || !this.tagger) return { sentences, spans };
    let lower: string | null = null;
    const { tokens } = doc;
    const allIds = docIds ?? sharedVocab.idsOf(tokens.lower);
    for (let i = 0; i < n; i++) {
      const s = doc.sentences[i]!;
      if (s.tokenEnd <= s.tokenStart) continue;
      const words = tokens.lower.slice(s.tokenStart, s.tokenEnd);
      const wordIds = allIds.subarray(s.tokenStart, s.tokenEnd);
      const context = sentenceContext(doc, i);
      const p = this.sentence.probability(words, context, wordIds);
      sentences[i] = p;
      if (p < this.minSentence) continue;
      const probs = this.tagger.probabilities(words, [...context, ...probabilityBuckets(p, 'sp')], wordIds);
      const use = Uint8Array.from(words, (w) => (USABLE.test(w) ? 1 : 0));
      const starts = tokens.start.subarray(s.tokenStart, s.tokenEnd);
      const ends = tokens.end.subarray(s.tokenStart, s.tokenEnd);
      const decoded = decodeSpans(starts, ends, probs, use, this.spanThreshold, this.maxGap);
      for (const d of shapeSpans(decoded, starts, ends, use, this.shaping)) {
        let technique = 'Loaded_Language';
        let techniqueP = 0;
        if (d.p >= classifyFrom) {
          lower ??= doc.text.toLowerCase();
          const t = this.classify(doc.text, lower, d.start, d.end, s.start, s.end);
          technique = t.technique;
          techniqueP = t.p;
        }
        spans.push({ start: d.start, end: d.end, sentence: i, p: d.p, technique, techniqueP });
      }
    }
    return { sentences, spans };
  }
}
