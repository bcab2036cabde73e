import type { Analysis } from '../analyze/types.js';
import { engineVersion } from '../engine/version.js';
import { buildScores, countWords } from './build-scores.js';
import { buildSummary } from './build-summary.js';
import { REPORT_SCHEMA, type Report, type ReportSentence } from './model/report.js';

/** Turns the analysis state into the versioned, serializable report (`unspin/report@1`). */
export function buildReport(
  analysis: Analysis,
  analyzed: boolean,
  models: Record<string, string> = {},
): Report {
  const { doc, meta } = analysis;
  const words = countWords(doc.text);
  const sentences: ReportSentence[] = doc.sentences.map((s, i) => {
    const role = analysis.roles[i] ?? {
      role: 'factual' as const,
      confidence: 0,
      speaker: null,
      evidence: [],
    };
    const pos = doc.position(s.start);
    return {
      index: s.index,
      start: s.start,
      end: s.end,
      line: pos.line,
      column: pos.column,
      paragraph: s.paragraph,
      kind: s.kind,
      text: doc.text.slice(s.start, s.end),
      role: role.role,
      confidence: role.confidence,
      speaker: role.speaker,
      evidence: role.evidence,
    };
  });
  const scores = buildScores(analysis, words);
  return {
    schema: REPORT_SCHEMA,
    engine: { version: engineVersion(), models },
    analyzed,
    article: { ...meta, words, characters: doc.text.length },
    sentences,
    findings: analysis.findings,
    quotes: analysis.quotes,
    attributions: analysis.attributions,
    entities: analysis.entities,
    timeline: analysis.timeline,
    scores,
    summary: analyzed ? buildSummary(scores) : analysis.warnings.join('; '),
    warnings: analysis.warnings,
  };
}
