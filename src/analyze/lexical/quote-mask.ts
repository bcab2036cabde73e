import type { Doc } from '../../segment/types.js';

/** Marks each token that lies inside the words of a direct quote (marks excluded). O(tokens + quotes). */
export function quoteMask(doc: Doc): Uint8Array {
  const { tokens, quotes } = doc;
  const mask = new Uint8Array(tokens.count);
  for (const q of quotes) {
    for (
      let i = doc.tokenAt(q.innerStart);
      i < tokens.count && (tokens.end[i] as number) <= q.innerEnd;
      i++
    ) {
      mask[i] = 1;
    }
  }
  return mask;
}
