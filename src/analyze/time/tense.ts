import type { Doc } from '../../segment/types.js';
import type { TimeRules } from './time-rules.js';

/**
 * Whether an expression starting at `offset` in sentence `index` points forward in time: a future cue in the
 * few words before it ("would vote on Friday"), else none of the past markers in the sentence and a future
 * cue somewhere in it. Sentence-wide facts are computed once per sentence.
 */
export function forwardTest(doc: Doc, rules: TimeRules): (index: number, offset: number) => boolean {
  const memo = new Map<number, { past: boolean; future: boolean }>();
  const { lower } = doc.tokens;
  return (index, offset) => {
    const s = doc.sentences[index];
    if (!s) return false;
    const at = doc.tokenAt(offset);
    for (let t = Math.max(s.tokenStart, at - rules.tenseWindow); t < at; t++) {
      if (rules.futureCues.has(lower[t]!)) return true;
    }
    let facts = memo.get(index);
    if (!facts) {
      facts = { past: false, future: false };
      const stop = s.tokenEnd;
      for (let t = s.tokenStart; t < stop; t++) {
        const w = lower[t]!;
        if (rules.pastMarkers.has(w)) facts.past = true;
        else if (rules.futureCues.has(w)) facts.future = true;
      }
      memo.set(index, facts);
    }
    return !facts.past && facts.future;
  };
}
