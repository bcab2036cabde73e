/** Probability above which a tagged token counts as evidence. */
export const EVIDENCE_LEVEL = 0.25;

/**
 * Named sentence features summarising a token tagger's output (stacking): cumulative buckets of the
 * highest token probability and of how many tokens pass EVIDENCE_LEVEL.
 */
export function tokenEvidence(probs: ArrayLike<number>, prefix: string): string[] {
  let max = 0;
  let count = 0;
  for (let t = 0; t < probs.length; t++) {
    const p = probs[t]!;
    if (p > max) max = p;
    if (p > EVIDENCE_LEVEL) count++;
  }
  const out: string[] = [];
  const maxBucket = Math.min(9, Math.floor(max * 10));
  for (let q = 1; q <= maxBucket; q++) out.push(`${prefix}max>=${q}`);
  for (let q = 1; q <= Math.min(4, count); q++) out.push(`${prefix}cnt>=${q}`);
  return out;
}
