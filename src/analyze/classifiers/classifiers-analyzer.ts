import { topTokens } from '../../models/explain.js';
import { sharedVocab } from '../../models/vocab.js';
import { addFinding } from '../add-finding.js';
import type { Analysis, Analyzer } from '../types.js';
import { type SentenceClassifiers, sharedClassifiers } from './sentence-classifiers.js';

export interface ClassifiersOptions {
  /** Most bias word findings per article (highest probability first). */
  maxBiasFindings: number;
  /** Most biased words highlighted per sentence. */
  maxWordsPerSentence: number;
  /** Most check-worthy claim findings per article. */
  maxCheckworthyFindings: number;
  /**
   * Least calibrated probability for a claim finding. The model's own threshold is tuned for a balanced
   * test set (ClaimBuster's) and is too low for articles, where most sentences state something.
   */
  minCheckworthy: number;
  /**
   * Least mean token probability of a propaganda span for a finding. The span model's own threshold is
   * tuned for SemEval span F1, which rewards recall; findings should be surer than that.
   */
  minPropagandaSpan: number;
  /** Most propaganda technique findings per article. */
  maxPropagandaFindings: number;
  /** Models to use instead of the shared ones from `models/` (tests). */
  classifiers: SentenceClassifiers | null;
}

const DEFAULTS: ClassifiersOptions = {
  maxBiasFindings: 15,
  maxWordsPerSentence: 3,
  maxCheckworthyFindings: 8,
  maxPropagandaFindings: 10,
  minCheckworthy: 0.5,
  minPropagandaSpan: 0.3,
  classifiers: null,
};

const NAME = 'classifiers';
const SKIP_KINDS = new Set(['byline', 'dateline']);
const pct = (p: number) => `${Math.round(p * 100)}%`;
const quoteWord = (w: string) => JSON.stringify(w.length > 40 ? `${w.slice(0, 40)}…` : w);

interface Candidate {
  start: number;
  end: number;
  p: number;
  message: string;
  ruleId?: string;
}

/** `Name_Calling,Labeling` → `name-calling-labeling` (rule ids). */
export function techniqueSlug(technique: string): string {
  return technique
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `Name_Calling,Labeling` → `name calling / labeling` (messages). */
export function techniqueTitle(technique: string): string {
  return technique
    .replace(/_/g, ' ')
    .replace(/,/g, ' / ')
    .replace(/-prejudice/, ' / prejudice')
    .toLowerCase();
}

/**
 * Runs the trained classifiers on every sentence. Fills `analysis.sentenceScores` with calibrated
 * probabilities per sentence (Float64Array indexed by sentence; a key is absent when its model file is):
 *   - `bias`: biased or loaded wording (BABE);
 *   - `subjectivity`: subjective rather than objective (CheckThat!);
 *   - `checkworthy`: a factual claim worth checking (ClaimBuster);
 *   - `propaganda`: contains a propaganda technique (PTC).
 * Adds findings: `bias/loaded-word` on the words that pushed a biased sentence,
 * `propaganda/<technique>` (PTC technique names) on tagged spans, and `checkworthy/claim` (info) on the
 * most check-worthy sentences. Each kind is capped per article, highest confidence first.
 */
export function createClassifiersAnalyzer(options: Partial<ClassifiersOptions> = {}): Analyzer {
  const opts = { ...DEFAULTS, ...options };
  return {
    name: NAME,
    run(analysis: Analysis) {
      const models = opts.classifiers ?? sharedClassifiers();
      if (models.missing.length > 0)
        analysis.warnings.push(`classifier models missing: ${models.missing.join(', ')}`);
      const { doc } = analysis;
      const n = doc.sentences.length;
      const scores = {
        bias: new Float64Array(n),
        subjectivity: new Float64Array(n),
        checkworthy: new Float64Array(n),
      };
      const biasCandidates: Candidate[] = [];
      const claimCandidates: Candidate[] = [];
      const { tokens } = doc;
      const docIds = sharedVocab.idsOf(tokens.lower);
      for (let i = 0; i < n; i++) {
        const sentence = doc.sentences[i]!;
        const words = tokens.lower.slice(sentence.tokenStart, sentence.tokenEnd);
        if (words.length === 0) continue;
        const s = models.score(words, docIds.subarray(sentence.tokenStart, sentence.tokenEnd));
        if (s.bias !== null) scores.bias[i] = s.bias;
        if (s.subjectivity !== null) scores.subjectivity[i] = s.subjectivity;
        if (s.checkworthy !== null) scores.checkworthy[i] = s.checkworthy;
        if (SKIP_KINDS.has(sentence.kind)) continue;
        if (s.bias !== null && models.bias && s.bias >= models.bias.threshold) {
          const probs = s.biasWords ?? new Float64Array(words.length);
          // Proper nouns (capitalised inside the sentence) are topics, not wording: never highlight them.
          const candidates = Float64Array.from(probs, (p, t) =>
            t > 0 &&
            /^\p{Lu}/u.test(
              doc.text.slice(tokens.start[sentence.tokenStart + t]!, tokens.end[sentence.tokenStart + t]!),
            )
              ? 0
              : p,
          );
          const picked = topTokens(candidates, opts.maxWordsPerSentence, models.biasWordThreshold);
          for (const t of picked) {
            const k = sentence.tokenStart + t;
            const word = doc.text.slice(tokens.start[k]!, tokens.end[k]!);
            const wordP = probs[t]!;
            biasCandidates.push({
              start: tokens.start[k]!,
              end: tokens.end[k]!,
              p: wordP,
              message: `${quoteWord(word)} pushed this sentence towards biased wording (sentence ${pct(s.bias)}, word ${pct(wordP)}; bias model trained on BABE).`,
            });
          }
        }
        if (
          s.checkworthy !== null &&
          models.checkworthy &&
          s.checkworthy >= Math.max(models.checkworthy.threshold, opts.minCheckworthy)
        ) {
          claimCandidates.push({
            start: sentence.start,
            end: sentence.end,
            p: s.checkworthy,
            message: `Claim worth checking (${pct(s.checkworthy)} check-worthy; model trained on ClaimBuster).`,
          });
        }
      }
      if (models.bias) analysis.sentenceScores.bias = scores.bias;
      if (models.subjectivity) analysis.sentenceScores.subjectivity = scores.subjectivity;
      if (models.checkworthy) analysis.sentenceScores.checkworthy = scores.checkworthy;
      const propagandaCandidates: Candidate[] = [];
      if (models.propaganda.available) {
        const result = models.propaganda.detect(doc, opts.minPropagandaSpan, docIds);
        analysis.sentenceScores.propaganda = result.sentences;
        for (const span of result.spans) {
          if (span.p < opts.minPropagandaSpan || SKIP_KINDS.has(doc.sentences[span.sentence]!.kind)) continue;
          propagandaCandidates.push({
            start: span.start,
            end: span.end,
            p: span.p * span.techniqueP,
            ruleId: `propaganda/${techniqueSlug(span.technique)}`,
            message: `Possible propaganda technique: ${techniqueTitle(span.technique)} (PTC "${span.technique}"; span ${pct(span.p)}, technique ${pct(span.techniqueP)}; model trained on SemEval-2020 Task 11 data).`,
          });
        }
      }
      const top = (list: Candidate[], k: number) =>
        [...list]
          .sort((a, b) => b.p - a.p || a.start - b.start)
          .slice(0, k)
          .sort((a, b) => a.start - b.start);
      for (const c of top(biasCandidates, opts.maxBiasFindings)) {
        addFinding(analysis, NAME, {
          ruleId: 'bias/loaded-word',
          category: 'bias',
          severity: 'suggestion',
          start: c.start,
          end: c.end,
          message: c.message,
          confidence: c.p,
        });
      }
      for (const c of top(propagandaCandidates, opts.maxPropagandaFindings)) {
        addFinding(analysis, NAME, {
          ruleId: c.ruleId ?? 'propaganda/technique',
          category: 'propaganda',
          severity: 'suggestion',
          start: c.start,
          end: c.end,
          message: c.message,
          confidence: c.p,
        });
      }
      for (const c of top(claimCandidates, opts.maxCheckworthyFindings)) {
        addFinding(analysis, NAME, {
          ruleId: 'checkworthy/claim',
          category: 'checkworthy',
          severity: 'info',
          start: c.start,
          end: c.end,
          message: c.message,
          confidence: c.p,
        });
      }
    },
  };
}
