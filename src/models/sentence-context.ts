import type { Doc } from '../segment/types.js';

/** Named context features of a sentence in its article: its kind and whether it opens the body. */
export function sentenceContext(doc: Doc, index: number): string[] {
  const s = doc.sentences[index]!;
  const out = [`kind:${s.kind}`];
  const para = doc.paragraphs[s.paragraph];
  if (para && para.sentenceStart === index) out.push('para-start');
  return out;
}

/** Cumulative buckets of a probability, for stacking one model's output into another. */
export function probabilityBuckets(p: number, prefix: string): string[] {
  const out: string[] = [];
  const top = Math.min(9, Math.floor(p * 10));
  for (let q = 1; q <= top; q++) out.push(`${prefix}>=${q}`);
  return out;
}
