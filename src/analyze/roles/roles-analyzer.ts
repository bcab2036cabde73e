import type { Analysis, Analyzer, SentenceRole } from '../types.js';
import { loadRoleWeights } from './role-weights.js';
import { collectEvidence } from './sentence-evidence.js';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Gives every sentence exactly one role, weighing the evidence of the other analyzers:
 * a quotation of a speaker → quote; content attributed to a named source → reported;
 * enough opinion evidence in the writer's own words (rule findings and classifier
 * probabilities, weights in rules/roles/en/weights.yml) → opinion; otherwise factual.
 * Opinion in the writer's own voice outranks an attribution elsewhere in the sentence.
 */
export function createRolesAnalyzer(): Analyzer {
  const weights = loadRoleWeights();
  return {
    name: 'roles',
    run(analysis: Analysis) {
      const evidence = collectEvidence(analysis);
      const { sentences } = analysis.doc;
      for (let i = 0; i < sentences.length; i++) {
        const sentence = sentences[i]!;
        const ev = evidence[i]!;
        const reasons: string[] = [];
        let score = 0;
        for (const o of ev.opinion) {
          const w = weights.opinion_weights[o.category] ?? 0;
          if (w > 0) {
            score += w * Math.min(1, o.confidence + 0.1);
            reasons.push(o.ruleId);
          }
        }
        // Classifiers may add opinion evidence freely, but together take away at most a little:
        // a weak "objective" vote must not veto precise rule findings.
        let learned = 0;
        for (const [task, w] of Object.entries(weights.classifier_weights)) {
          const p = analysis.sentenceScores[task]?.[i];
          if (p === undefined) continue;
          learned += w * (p - 0.5);
          if (p >= 0.5) reasons.push(`classifier:${task}=${round(p)}`);
        }
        score += Math.max(weights.classifier_floor, learned);
        reasons.push(`opinion-score=${round(score)}`);
        const quoted = ev.quotes.filter((q) => q.speaker !== null || q.words >= weights.min_quote_words);
        const named = ev.attributions.filter((a) => a.source !== null);
        let role: SentenceRole;
        // How far the score is above (or below) the threshold, as a probability-like 0..1.
        const lean = sigmoid(2 * (score - weights.opinion_threshold));
        const opinionConfidence = round(0.5 + lean / 2);
        if (sentence.kind === 'headline' || sentence.kind === 'byline') {
          role = {
            role: 'factual',
            confidence: 0.6,
            speaker: null,
            evidence: [`kind:${sentence.kind}`, ...reasons],
          };
        } else if (score >= weights.opinion_threshold + weights.quote_margin) {
          role = { role: 'opinion', confidence: opinionConfidence, speaker: null, evidence: reasons };
        } else if (quoted.length) {
          const speaker = quoted.find((q) => q.speaker)?.speaker ?? named[0]?.source ?? null;
          role = {
            role: 'quote',
            confidence: speaker ? 0.95 : 0.75,
            speaker,
            evidence: [`quote:${quoted.length}`, ...reasons],
          };
        } else if (score >= weights.opinion_threshold) {
          role = { role: 'opinion', confidence: opinionConfidence, speaker: null, evidence: reasons };
        } else if (named.length) {
          const first = named[0]!;
          role = {
            role: 'reported',
            confidence: 0.85,
            speaker: first.source,
            evidence: [`attribution:${first.kind}`, ...reasons],
          };
        } else {
          role = {
            role: 'factual',
            confidence: round(Math.min(0.95, 1 - lean / 2)),
            speaker: null,
            evidence: reasons,
          };
        }
        analysis.roles.push(role);
      }
    },
  };
}
