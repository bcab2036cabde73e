import { tokensOf } from '../models/tokens-of.js';

const LETTER = /\p{L}/u;

/** 1 for tokens that carry letters (the tokens word-level models tag), 0 for punctuation and numbers. */
export function wordMask(tokens: readonly string[]): Uint8Array {
  return Uint8Array.from(tokens, (t) => (LETTER.test(t) ? 1 : 0));
}

/** Marks tokens that are among the annotated words (BABE `biased_words`, case-insensitive). */
export function labelAnnotatedWords(tokens: readonly string[], words: readonly string[]): Uint8Array {
  const set = new Set(words.flatMap((w) => tokensOf(w)));
  return Uint8Array.from(tokens, (t) => (LETTER.test(t) && set.has(t) ? 1 : 0));
}

export interface TokenPrf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Token-level precision, recall and F1 of predicted against gold flags, over the used tokens. */
export function tokenPrf(
  gold: readonly Uint8Array[],
  predicted: readonly ArrayLike<number>[],
  use: readonly Uint8Array[],
): TokenPrf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let t = 0; t < gold[i]!.length; t++) {
      if (!use[i]![t]) continue;
      const p = predicted[i]![t]! > 0;
      const g = gold[i]![t]! > 0;
      if (p && g) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}
