/** A character span decoded from tagged tokens, with the mean probability of its tokens. */
export interface DecodedSpan {
  start: number;
  end: number;
  p: number;
  /** Token index range [tokenStart, tokenEnd) relative to the tagged sequence. */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Turns per-token probabilities into spans: maximal runs of used tokens at or above `threshold`,
 * bridging up to `maxGap` tokens below it (and any unused tokens such as punctuation) inside a run.
 */
export function decodeSpans(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  probs: ArrayLike<number>,
  use: ArrayLike<number>,
  threshold: number,
  maxGap = 1,
): DecodedSpan[] {
  const out: DecodedSpan[] = [];
  let first = -1;
  let last = -1;
  let gap = 0;
  let sum = 0;
  let count = 0;
  const close = () => {
    if (first >= 0) {
      out.push({
        start: starts[first]!,
        end: ends[last]!,
        p: sum / count,
        tokenStart: first,
        tokenEnd: last + 1,
      });
    }
    first = -1;
    gap = 0;
    sum = 0;
    count = 0;
  };
  for (let t = 0; t < probs.length; t++) {
    if (!use[t]) continue;
    if (probs[t]! >= threshold) {
      if (first < 0) first = t;
      last = t;
      gap = 0;
      sum += probs[t]!;
      count++;
    } else if (first >= 0) {
      gap++;
      if (gap > maxGap) close();
    }
  }
  close();
  return out;
}
