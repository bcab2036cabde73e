import type { Span } from '../../segment/types.js';
import type { GoldAttribution } from './read-brat.js';

/** What the scorer needs of a predicted attribution. */
export interface PredictedAttribution {
  content: Span;
  sourceSpan: Span | null;
}

export interface MatchCounts {
  predicted: number;
  gold: number;
  /** Predictions matched under the headline (lenient) rule. */
  matched: number;
  /** Predictions matched with exact content and source spans. */
  strictMatched: number;
}

function covered(pred: Span, fragments: readonly Span[]): { covered: number; total: number } {
  let total = 0;
  let inside = 0;
  for (const f of fragments) {
    total += f.end - f.start;
    inside += Math.max(0, Math.min(pred.end, f.end) - Math.max(pred.start, f.start));
  }
  return { covered: inside, total };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Headline rule: the predicted content covers at least half of the gold content's characters
 * (all fragments together), and the predicted source span overlaps the gold source. When the gold
 * relation has no source (PolNeAR's `Attribution-no-source`), only the content is checked.
 */
export function lenientMatch(pred: PredictedAttribution, gold: GoldAttribution): boolean {
  const c = covered(pred.content, gold.content);
  if (c.total === 0 || c.covered * 2 < c.total) return false;
  if (gold.source.length === 0) return true;
  const source = pred.sourceSpan;
  return source !== null && gold.source.some((s) => overlaps(s, source));
}

/** Strict rule: content and source spans exactly as annotated (first to last fragment). */
export function strictMatch(pred: PredictedAttribution, gold: GoldAttribution): boolean {
  const first = gold.content[0];
  const last = gold.content[gold.content.length - 1];
  if (!first || !last || pred.content.start !== first.start || pred.content.end !== last.end) return false;
  const s0 = gold.source[0];
  const s1 = gold.source[gold.source.length - 1];
  if (!s0 || !s1) return pred.sourceSpan === null;
  return pred.sourceSpan !== null && pred.sourceSpan.start === s0.start && pred.sourceSpan.end === s1.end;
}

function countMatches(
  preds: readonly PredictedAttribution[],
  gold: readonly GoldAttribution[],
  match: (p: PredictedAttribution, g: GoldAttribution) => boolean,
): number {
  const used = new Uint8Array(gold.length);
  let n = 0;
  for (const p of preds) {
    for (let g = 0; g < gold.length; g++) {
      if (used[g] || !match(p, gold[g] as GoldAttribution)) continue;
      used[g] = 1;
      n++;
      break;
    }
  }
  return n;
}

/** Removes predictions with the same content and source spans (two analyzers reporting one thing). */
export function dedupePredictions<T extends PredictedAttribution>(preds: readonly T[]): T[] {
  const seen = new Set<string>();
  return preds.filter((p) => {
    const key = `${p.content.start}:${p.content.end}:${p.sourceSpan?.start ?? -1}:${p.sourceSpan?.end ?? -1}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Matches predictions to one annotator's relations; each gold relation and prediction matches once. */
export function matchAttributions(
  preds: readonly PredictedAttribution[],
  gold: readonly GoldAttribution[],
): MatchCounts {
  return {
    predicted: preds.length,
    gold: gold.length,
    matched: countMatches(preds, gold, lenientMatch),
    strictMatched: countMatches(preds, gold, strictMatch),
  };
}
