import type { Span } from '../../segment/types.js';
import type { Analysis } from '../types.js';

export interface SentenceEvidence {
  /** Quotes whose marks start in this sentence, with their speaker when known. */
  quotes: { speaker: string | null; words: number; span: Span }[];
  /** Named (non-vague) attributions in this sentence. */
  attributions: { source: string | null; content: Span; kind: string }[];
  /** Opinion-bearing findings in the writer's own words: [category, ruleId]. */
  opinion: { category: string; ruleId: string; confidence: number }[];
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** Groups quotes, attributions and findings by sentence, once per article. */
export function collectEvidence(analysis: Analysis): SentenceEvidence[] {
  const { doc } = analysis;
  const evidence: SentenceEvidence[] = doc.sentences.map(() => ({
    quotes: [],
    attributions: [],
    opinion: [],
  }));
  for (const q of analysis.quotes) {
    const words = q.text.split(/\s+/).filter(Boolean).length;
    evidence[q.sentence]?.quotes.push({ speaker: q.speaker, words, span: { start: q.start, end: q.end } });
  }
  const quoteSpans: Span[] = doc.quotes.map((q) => ({ start: q.start, end: q.end }));
  for (const q of doc.quotes) {
    const s = doc.sentenceAt(q.start);
    const e = evidence[s];
    if (e && !e.quotes.some((x) => x.span.start === q.start)) {
      const words = doc.text.slice(q.innerStart, q.innerEnd).split(/\s+/).filter(Boolean).length;
      e.quotes.push({ speaker: null, words, span: { start: q.start, end: q.end } });
    }
  }
  // A source that a vague-attribution finding covers ("Critics say", "observers") is not a named source.
  const vagueSpans: Span[] = analysis.findings
    .filter((f) => f.category === 'vague-attribution')
    .map((f) => ({ start: f.start, end: f.end }));
  const isVague = (source: Span | null) =>
    source !== null && vagueSpans.some((v) => v.start < source.end && source.start < v.end);
  const attributedContent: Span[] = [];
  for (const a of analysis.attributions) {
    if (a.kind === 'vague' || isVague(a.sourceSpan)) continue;
    evidence[a.sentence]?.attributions.push({ source: a.source, content: a.content, kind: a.kind });
    if (a.source) attributedContent.push(a.content);
  }
  for (const f of analysis.findings) {
    const span = { start: f.start, end: f.end };
    if (quoteSpans.some((q) => within(span, q))) continue;
    if (f.category !== 'vague-attribution' && attributedContent.some((c) => within(span, c))) continue;
    evidence[f.sentence]?.opinion.push({ category: f.category, ruleId: f.ruleId, confidence: f.confidence });
  }
  return evidence;
}
