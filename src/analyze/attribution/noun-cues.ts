import { TokenKind } from '../../segment/types.js';
import { extendOverQuotes, trimEnd } from './content-span.js';
import { type AttributionLexicon, NOUN_POSSESSIVE } from './lexicon.js';
import type { RawAttribution } from './raw-attribution.js';
import type { TokenRange } from './source-phrase.js';
import type { TokenView } from './token-view.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const CONTENT_END = new Set([',', ';', '—', '–', '(', ')', '.', '!', '?', ':']);
const LINK_IN_CONTENT = new Set(['that', 'to']);

/**
 * Noun cues of one sentence: "his support for the bill" (source "his"), "Pence's call for a special
 * prosecutor" (source "Pence's"), "allegations that he ..." (no source). The content runs from the
 * link word ("that", "to") or the word after it ("for", "of", "on") to the end of the clause.
 */
export function nounCues(
  v: TokenView,
  lex: AttributionLexicon,
  lo: number,
  hi: number,
  sentence: number,
): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (const m of lex.nounCues.find(v.doc.tokens, lo, hi)) {
    if (v.inQuote[m.tokenStart]) continue;
    const link = m.tokenEnd - 1;
    let source: TokenRange | null = null;
    if (m.value === NOUN_POSSESSIVE) {
      source = possessor(v, lex, m.tokenStart, lo);
      if (!source) continue;
    } else if (m.tokenStart > lo && (v.word(m.tokenStart - 1) === "'s" || v.word(m.tokenStart - 1) === "'"))
      continue;
    const first = LINK_IN_CONTENT.has(v.word(link)) ? link : link + 1;
    if (first >= hi || v.isPunct(first)) continue;
    let last = first;
    while (
      last + 1 < hi &&
      !(v.isPunct(last + 1) && !v.inQuote[last + 1] && CONTENT_END.has(v.word(last + 1)))
    )
      last++;
    const start = v.start[first] as number;
    const end = trimEnd(v.text, v.end[last] as number);
    if (end <= start) continue;
    out.push({
      kind: 'indirect',
      sentence,
      cue: { start: m.tokenStart, end: m.tokenEnd },
      source,
      sharesSourceOf: null,
      content: extendOverQuotes(v, { start, end }),
      outlet: null,
      regionStart: v.start[source ? source.start : m.tokenStart] as number,
      cueClass: 'stance',
    });
  }
  return out;
}

/** The possessive before a noun cue, over at most two modifiers: "his", "Pence's", "the DNC's". */
function possessor(v: TokenView, lex: AttributionLexicon, noun: number, lo: number): TokenRange | null {
  for (let k = noun - 1; k >= lo && noun - k <= 3; k--) {
    const w = v.word(k);
    if (POSSESSIVE_PRONOUNS.has(w)) return { start: k, end: k + 1 };
    if (w === "'s" || w === "'") {
      let s = k - 1;
      if (s < lo || v.kind[s] !== TokenKind.word) return null;
      while (s - 1 >= lo && (v.isCap(s - 1) || v.isNameDot(s - 1, lex.titles)) && v.isCap(s)) s--;
      if (s - 1 >= lo && v.word(s - 1) === 'the') s--;
      return { start: s, end: k + 1 };
    }
    if (v.kind[k] !== TokenKind.word || lex.determiners.has(w) || lex.cueWords.has(w)) return null;
  }
  return null;
}
