import type { FeatureHasher, SparseVector } from './features.js';
import { tokensOf } from './tokens-of.js';

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

/** The line of `text` around [start, end) (PTC articles hold one sentence per line). */
export function lineAround(text: string, start: number, end: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  return { start: Math.min(lineStart, start), end: Math.max(next < 0 ? text.length : next, end) };
}

/** Tokens and named features of the span [start, end) of `text`, inside the sentence [sentStart, sentEnd). */
export function techniqueInput(
  text: string,
  articleLower: string,
  start: number,
  end: number,
  sentStart: number,
  sentEnd: number,
): { tokens: string[]; extras: string[] } {
  const spanText = text.slice(start, end);
  return { tokens: tokensOf(spanText), extras: spanExtras(articleLower, spanText, sentEnd - sentStart) };
}
