import { clauseEnd } from './content-span.js';
import type { RawAttribution } from './raw-attribution.js';
import type { TokenView } from './token-view.js';

/**
 * Runs a content span on over the quoted sentences that follow it with no cue of their own:
 * `"...," Rubio said. "I'm always looking ..."` — news style for one speaker's continued words.
 * `hasOwn[s]` is 1 for sentences that hold an attribution of their own.
 */
export function continueQuotes(v: TokenView, raws: readonly RawAttribution[], hasOwn: Uint8Array): void {
  const sentences = v.doc.sentences;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawAttribution;
    // One attribution per sentence runs on: the last that holds a quotation, else the last one
    // (`"...," said O'Donnell, who wrote a book. "Thank goodness ..."` continues O'Donnell).
    let last = i;
    while (last + 1 < raws.length && (raws[last + 1] as RawAttribution).sentence === raw.sentence) last++;
    let pick = last;
    for (let j = last; j >= i; j--) {
      const c = (raws[j] as RawAttribution).content;
      if (!v.quotesIn(c.start, c.end).next().done) {
        pick = j;
        break;
      }
    }
    if (pick !== i) continue;
    const sentence = sentences[Math.max(raw.sentence, v.doc.sentenceAt(raw.content.end - 1))];
    if (!sentence) continue;
    let end = raw.content.end;
    for (let s = sentence.index + 1; s < sentences.length; s++) {
      const following = sentences[s];
      if (!following || hasOwn[s]) break;
      const first = following.tokenStart;
      if (!(v.quoteOpenedAt(first) || v.inQuote[first])) break;
      end = Math.max(end, clauseEnd(v, following.tokenEnd - 1));
      const q = v.quoteOpenedAt(first);
      if (q && q.end > end) end = q.end;
    }
    if (end > raw.content.end) raw.content = { start: raw.content.start, end };
  }
}
