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

export interface SpanShaping {
  /** Drop spans with fewer used tokens than this. */
  minTokens: number;
  /**
   * When the spans of a sentence cover at least this share of its used tokens, replace them with one span
   * over the whole sentence (1.01 = never).
   */
  wholeSentence: number;
}

export const NO_SHAPING: SpanShaping = { minTokens: 1, wholeSentence: 1.01 };

/** Applies SpanShaping to the decoded spans of one sentence (token ranges relative to the sentence). */
export function shapeSpans(
  spans: readonly DecodedSpan[],
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  use: ArrayLike<number>,
  shaping: SpanShaping,
): DecodedSpan[] {
  const usedIn = (a: number, b: number) => {
    let n = 0;
    for (let t = a; t < b; t++) if (use[t]) n++;
    return n;
  };
  const kept = spans.filter((s) => usedIn(s.tokenStart, s.tokenEnd) >= shaping.minTokens);
  if (kept.length === 0 || shaping.wholeSentence > 1) return kept;
  const total = usedIn(0, use.length);
  const covered = kept.reduce((a, s) => a + usedIn(s.tokenStart, s.tokenEnd), 0);
  if (total === 0 || covered / total < shaping.wholeSentence) return kept;
  let first = 0;
  while (first < use.length && !use[first]) first++;
  let last = use.length - 1;
  while (last > first && !use[last]) last--;
  const p = kept.reduce((a, s) => a + s.p, 0) / kept.length;
  return [{ start: starts[first]!, end: ends[last]!, p, tokenStart: first, tokenEnd: last + 1 }];
}
