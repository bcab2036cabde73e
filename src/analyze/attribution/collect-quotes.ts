import type { QuoteSpan } from '../../segment/types.js';
import type { Attribution, Quote } from '../types.js';
import type { TokenView } from './token-view.js';

const MIN_UNATTRIBUTED_WORDS = 4;

/**
 * One Quote per quotation in the text: its speaker, role, cue and outlet come from the attribution
 * whose content holds it. Short quotations with no attribution (scare quotes) are left out.
 */
export function collectQuotes(v: TokenView, attributions: readonly Attribution[]): Quote[] {
  const out: Quote[] = [];
  // Owner of each quotation: the attribution with the latest-starting content that holds it.
  const owners = new Map<QuoteSpan, Attribution>();
  for (const a of attributions) {
    for (const q of v.quotesIn(a.content.start, a.content.end)) {
      const old = owners.get(q);
      if (q.end <= a.content.end + 1 && (!old || a.content.start >= old.content.start)) owners.set(q, a);
    }
  }
  for (const q of v.doc.quotes) {
    const owner = owners.get(q) ?? null;
    const text = v.text.slice(q.innerStart, q.innerEnd).replace(/[\s,]+$/u, '');
    if (!owner && text.split(/\s+/).length < MIN_UNATTRIBUTED_WORDS) continue;
    out.push({
      speaker: owner?.kind === 'contested' ? null : (owner?.source ?? null),
      speakerRole: owner?.speakerRole ?? null,
      text,
      cue: owner?.cue ?? null,
      start: q.start,
      end: q.end,
      sentence: v.doc.sentenceAt(q.start),
      outlet: owner?.outlet ?? null,
    });
  }
  return out;
}
