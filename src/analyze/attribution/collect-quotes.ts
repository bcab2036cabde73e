import type { Attribution, Quote } from '../types.js';
import type { TokenView } from './token-view.js';

const MIN_UNATTRIBUTED_WORDS = 4;

/**
 * One Quote per quotation in the text: its speaker, role, cue and outlet come from the attribution
 * whose content holds it. Short quotations with no attribution (scare quotes) are left out.
 */
export function collectQuotes(v: TokenView, attributions: readonly Attribution[]): Quote[] {
  const out: Quote[] = [];
  const sorted = [...attributions].sort((a, b) => a.content.start - b.content.start);
  for (const q of v.doc.quotes) {
    let owner: Attribution | null = null;
    for (const a of sorted) {
      if (a.content.start > q.start) break;
      if (q.end <= a.content.end + 1 && (!owner || a.content.start >= owner.content.start)) owner = a;
    }
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
