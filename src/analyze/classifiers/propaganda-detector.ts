import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSpans } from '../../models/decode-spans.js';
import { FeatureHasher } from '../../models/features.js';
import type { Lexicon } from '../../models/lexicon.js';
import { LinearClassifier } from '../../models/linear-classifier.js';
import { loadModel } from '../../models/model-file.js';
import { probabilityBuckets, sentenceContext } from '../../models/sentence-context.js';
import { spanExtras } from '../../models/technique-features.js';
import { TokenTagger } from '../../models/token-tagger.js';
import { tokensOf } from '../../models/tokens-of.js';
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
  private readonly sentence: LinearClassifier | null = null;
  private readonly tagger: TokenTagger | null = null;
  private readonly techniques: LinearClassifier | null = null;
  private readonly spanThreshold: number = 0.5;

  constructor(dir: string, lexicon: Lexicon) {
    const names = ['propaganda', 'propaganda-spans', 'propaganda-techniques'];
    this.available = names.every((n) => existsSync(join(dir, `${n}.json`)));
    if (!this.available) return;
    this.sentence = new LinearClassifier(loadModel('propaganda', dir), lexicon);
    const spans = loadModel('propaganda-spans', dir);
    this.tagger = new TokenTagger(spans, new FeatureHasher(spans.file.features, lexicon));
    this.spanThreshold = spans.file.threshold;
    this.techniques = new LinearClassifier(loadModel('propaganda-techniques', dir), lexicon);
  }

  /** Technique distribution of a span of `text` (a gold or predicted span). */
  classify(articleLower: string, spanText: string, sentenceLength: number): { technique: string; p: number } {
    const model = this.techniques;
    if (!model) return { technique: 'Loaded_Language', p: 0 };
    const dist = model.distribution(tokensOf(spanText), spanExtras(articleLower, spanText, sentenceLength));
    let best = 0;
    for (let k = 1; k < dist.length; k++) if (dist[k]! > dist[best]!) best = k;
    return { technique: model.labels[best]!, p: dist[best]! };
  }

  detect(doc: Doc): PropagandaResult {
    const n = doc.sentences.length;
    const sentences = new Float64Array(n);
    const spans: PropagandaSpan[] = [];
    if (!this.sentence || !this.tagger) return { sentences, spans };
    const lower = doc.text.toLowerCase();
    const { tokens } = doc;
    for (let i = 0; i < n; i++) {
      const s = doc.sentences[i]!;
      if (s.tokenEnd <= s.tokenStart) continue;
      const words = tokens.lower.slice(s.tokenStart, s.tokenEnd);
      const context = sentenceContext(doc, i);
      const p = this.sentence.probability(words, context);
      sentences[i] = p;
      const probs = this.tagger.probabilities(words, [...context, ...probabilityBuckets(p, 'sp')]);
      const use = Uint8Array.from(words, (w) => (USABLE.test(w) ? 1 : 0));
      const starts = tokens.start.subarray(s.tokenStart, s.tokenEnd);
      const ends = tokens.end.subarray(s.tokenStart, s.tokenEnd);
      for (const d of decodeSpans(starts, ends, probs, use, this.spanThreshold)) {
        const text = doc.text.slice(d.start, d.end);
        const t = this.classify(lower, text, s.end - s.start);
        spans.push({
          start: d.start,
          end: d.end,
          sentence: i,
          p: d.p,
          technique: t.technique,
          techniqueP: t.p,
        });
      }
    }
    return { sentences, spans };
  }
}
