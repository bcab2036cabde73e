import type { LinearClassifier } from './linear-classifier.js';

export interface Explanation {
  /** Raw score (logit) of the explained row. */
  score: number;
  /** Each token's push towards the row's class (positive) or away from it (negative). */
  contributions: Float64Array;
  /** What the tokens do not account for: bias and sentence-level features. */
  rest: number;
}

/**
 * Word-level explanation of a linear decision: per-token weight × feature, with bigrams split between
 * their two tokens. `score = rest + Σ contributions` exactly.
 */
export function explain(
  classifier: LinearClassifier,
  tokens: readonly string[],
  row = 0,
  extra: readonly string[] = [],
): Explanation {
  const rows = classifier.rows;
  const all = new Float64Array(tokens.length * rows);
  const scores = classifier.scores(tokens, extra, all);
  const contributions = new Float64Array(tokens.length);
  let sum = 0;
  for (let t = 0; t < tokens.length; t++) {
    contributions[t] = all[t * rows + row]!;
    sum += contributions[t]!;
  }
  const score = scores[row]!;
  return { score, contributions, rest: score - sum };
}

/** Indices of the tokens that pushed hardest towards the class: positive, above `min`, at most `k`. */
export function topTokens(contributions: Float64Array, k: number, min: number): number[] {
  const order: number[] = [];
  for (let t = 0; t < contributions.length; t++) if (contributions[t]! > min) order.push(t);
  order.sort((a, b) => contributions[b]! - contributions[a]! || a - b);
  return order.slice(0, k);
}
