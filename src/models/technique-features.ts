import type { FeatureHasher, SparseVector } from './features.js';

/** Named features of a span in its article, beyond its own words. */
export function spanExtras(articleLower: string, spanText: string, sentenceLength: number): string[] {
  const out: string[] = [];
  const needle = spanText.toLowerCase().trim();
  if (needle.length >= 3) {
    const first = articleLower.indexOf(needle);
    if (first >= 0 && articleLower.indexOf(needle, first + 1) >= 0) out.push('span:repeated');
  }
  if (sentenceLength > 0 && spanText.length >= 0.8 * sentenceLength) out.push('span:whole-sentence');
  if (/[!?]/.test(spanText)) out.push('span:exclaim');
  if (/^["“'‘]/.test(spanText.trim())) out.push('span:quoted');
  return out;
}

/** Sparse vector of a span for the technique classifier. */
export function techniqueVector(
  hasher: FeatureHasher,
  spanTokens: readonly string[],
  extras: readonly string[],
): SparseVector {
  return hasher.vector(spanTokens, extras);
}
