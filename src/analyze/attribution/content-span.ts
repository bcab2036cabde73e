import type { Span } from '../../segment/types.js';
import type { AttributionLexicon } from './lexicon.js';
import type { TokenView } from './token-view.js';

const SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'there']);
const TERMINAL = new Set(['.', '!', '?', '…']);

/** End offset of a clause that runs to the end of the sentence: the final period is left out. */
export function clauseEnd(v: TokenView, last: number): number {
  let k = last;
  if (k >= 0 && v.isPunct(k) && TERMINAL.has(v.word(k))) k--;
  return k >= 0 ? (v.end[k] as number) : 0;
}

/** Where the content begins after a cue, and the outlet (listener) skipped on the way. */
export interface ContentStart {
  token: number;
  outlet: string | null;
}

/**
 * Finds the first token of the content after a cue ending before `from`: right after the cue, or
 * after a lead ("said Tuesday in a statement that ..."), a colon, or the listener of "told".
 */
export function contentStartAfter(
  v: TokenView,
  lex: AttributionLexicon,
  from: number,
  hi: number,
  objectVerb: boolean,
): ContentStart | null {
  if (from >= hi) return null;
  const first = v.word(from);
  if (first === ':' || first === ',' || first === '—' || first === '–') {
    return from + 1 < hi ? { token: from + 1, outlet: null } : null;
  }
  if (objectVerb) {
    for (let k = from; k < hi && k - from < 8; k++) {
      const w = v.word(k);
      if (w === 'that' || v.isOpeningMark(k) || SUBJECTS.has(w)) {
        return { token: k, outlet: listener(v, from, k) };
      }
      if (w === ':' || w === ',') return k + 1 < hi ? { token: k + 1, outlet: listener(v, from, k) } : null;
    }
    return { token: Math.min(from + 1, hi - 1), outlet: null };
  }
  if (lex.contentLead.has(first)) {
    for (let k = from; k < hi && k - from < 10; k++) {
      const w = v.word(k);
      if (w === 'that' || v.isOpeningMark(k)) return { token: k, outlet: listener(v, from, k) };
      if (w === ':') return k + 1 < hi ? { token: k + 1, outlet: listener(v, from, k) } : null;
      if (!(lex.contentLead.has(w) || v.isCap(k) || w === ',' || w === 'with' || w === 'of')) break;
    }
  }
  return { token: from, outlet: null };
}

const CALENDAR = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** The capitalized listener or outlet between two tokens: "told the New York Post that". */
function listener(v: TokenView, a: number, b: number): string | null {
  let s = -1;
  let e = -1;
  for (let k = a; k < b; k++) {
    if (v.isCap(k) && !CALENDAR.has(v.word(k))) {
      if (s < 0) s = k;
      e = k + 1;
    } else if (s >= 0 && !['of', 'the', '&', "'s", '.'].includes(v.word(k))) break;
  }
  if (s < 0) return null;
  if (s > 0 && v.word(s - 1) === 'the') s--;
  return v.slice(s, e);
}

/** Extends a content span to the end of any quotation that opens inside it and runs past it. */
export function extendOverQuotes(v: TokenView, span: Span): Span {
  let end = span.end;
  const quotes = v.doc.quotes;
  for (let i = v.firstQuoteFrom(span.start); i < quotes.length; i++) {
    const q = quotes[i] as (typeof quotes)[number];
    if (q.start >= end) break;
    if (q.end > end) end = trimEnd(v.text, q.end);
  }
  return { start: span.start, end };
}

/** Moves an end offset left over white space. */
export function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}
