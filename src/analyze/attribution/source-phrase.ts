import { TokenKind } from '../../segment/types.js';
import type { AttributionLexicon } from './lexicon.js';
import type { TokenView } from './token-view.js';

/** A token range [start, end) holding a source phrase. */
export interface TokenRange {
  start: number;
  end: number;
}

const MAX_SOURCE_TOKENS = 12;

/** Can token i sit inside a source phrase (a name, a role, a determiner, a possessive)? */
function inPhrase(v: TokenView, lex: AttributionLexicon, i: number, lo: number, hi: number): boolean {
  const w = v.word(i);
  const kind = v.kind[i];
  if (kind === TokenKind.punct) {
    if (w === '.' && i > lo && lex.titles.has(v.word(i - 1))) return true;
    return w === '-' || w === '&';
  }
  if (kind === TokenKind.quote || kind === TokenKind.symbol) return false;
  if (w === "'s" || w === "'") return i > lo;
  if ((w === 'and' || w === 'of' || w === 'for') && i > lo && i + 1 < hi) {
    return (
      (v.isCap(i - 1) || lex.roles.has(v.word(i - 1))) &&
      (v.isCap(i + 1) || lex.determiners.has(v.word(i + 1)))
    );
  }
  if (lex.boundary.has(w)) return false;
  return true;
}

/** Is the phrase [a, b) a plausible source: it holds a name, a role, a determiner or a number? */
function plausible(v: TokenView, lex: AttributionLexicon, a: number, b: number): boolean {
  if (b <= a) return false;
  const first = v.word(a);
  if (v.isCap(a) || lex.determiners.has(first) || lex.roles.has(first)) return true;
  for (let i = a; i < b; i++)
    if (v.isCap(i) || lex.roles.has(v.word(i)) || v.kind[i] === TokenKind.number) return true;
  return false;
}

/** A pronoun source: he, she, they, who ... */
export function isPronoun(lex: AttributionLexicon, w: string): boolean {
  return lex.personPronouns.has(w) || lex.groupPronouns.has(w) || lex.relativePronouns.has(w);
}

/** Skips the words between a source and its cue ("also", "has", "later"), walking left from `i`. */
export function skipBetween(v: TokenView, lex: AttributionLexicon, i: number, lo: number): number {
  let j = i;
  while (j >= lo) {
    const w = v.word(j);
    if (lex.between.has(w) || (w.length > 4 && w.endsWith('ly') && !v.isCap(j))) j--;
    else break;
  }
  return j;
}

/** The source phrase ending at token `last` (inclusive), walking left no further than `lo`. */
export function phraseEndingAt(
  v: TokenView,
  lex: AttributionLexicon,
  last: number,
  lo: number,
): TokenRange | null {
  if (last < lo) return null;
  const w = v.word(last);
  if (isPronoun(lex, w)) return w === 'that' ? null : { start: last, end: last + 1 };
  let k = last;
  while (k >= lo && last - k < MAX_SOURCE_TOKENS && inPhrase(v, lex, k, lo, last + 1)) {
    if (lex.determiners.has(v.word(k))) {
      k--;
      break;
    }
    k--;
  }
  let start = k + 1;
  // A phrase does not start with a possessive mark, a hyphen or a connective.
  while (
    start <= last &&
    (v.kind[start] === TokenKind.punct || ['and', 'of', 'for', "'s"].includes(v.word(start)))
  )
    start++;
  if (!plausible(v, lex, start, last + 1)) return null;
  let content = false;
  for (let i = start; i <= last; i++) if (!lex.determiners.has(v.word(i))) content = true;
  if (!content) return null;
  return { start, end: last + 1 };
}

/**
 * The source before a cue starting at token `cue`: "Trump said", "spokesperson Dmitry Peskov
 * acknowledging", "Carter's press secretary, Peter Cook, told". Returns null when there is none.
 */
export function sourceBefore(
  v: TokenView,
  lex: AttributionLexicon,
  cue: number,
  lo: number,
): TokenRange | null {
  const last = skipBetween(v, lex, cue - 1, lo);
  if (last < lo) return null;
  if (v.isPunct(last, ',') || v.isPunct(last, '—')) {
    // Appositive: "NAME, the ROLE, said" / "ROLE, NAME, said".
    const second = phraseEndingAt(v, lex, last - 1, lo);
    if (second && second.start - 1 > lo && v.isPunct(second.start - 1, ',')) {
      const first = phraseEndingAt(v, lex, second.start - 2, lo);
      const before = first ? first.start - 1 : lo;
      if (
        first &&
        (before < lo || v.isPunct(before) || lex.boundary.has(v.word(before)) || v.isQuoteMark(before))
      ) {
        return { start: first.start, end: second.end };
      }
    }
    // "Marley Anderson, 21, a junior from Las Vegas, said": the subject that opens the sentence.
    return subjectOf(v, lex, lo, cue);
  }
  if (last >= lo && (v.word(last) === 'and' || v.word(last) === 'but')) return subjectOf(v, lex, lo, cue);
  return phraseEndingAt(v, lex, last, lo);
}

const OPENERS = new Set(['but', 'and', 'however', 'yet', 'so', 'still', 'also', 'then']);

/**
 * The subject phrase that opens a sentence (or follows a leading quotation), for cues far from
 * their source: "Marley Anderson, 21, a junior from Las Vegas, said ...", "Reid caucused and says ...".
 */
export function subjectOf(v: TokenView, lex: AttributionLexicon, lo: number, cue: number): TokenRange | null {
  let s = lo;
  const dateline = v.doc.dateline;
  if (dateline) while (s < cue && (v.start[s] as number) < dateline.end) s++;
  while (s < cue && (OPENERS.has(v.word(s)) || v.isPunct(s, ','))) s++;
  // After a leading quotation: `"...," Trump, the front-runner, said`.
  for (let i = cue - 1; i > s; i--) {
    if (v.quoteClosedAt(i) && v.isPunct(i + 1, ',')) {
      s = i + 2;
      break;
    }
  }
  if (s >= cue) return null;
  const np = sourceAfter(v, lex, s, cue, false);
  if (!np || np.end >= cue || v.word(np.start).endsWith('ing')) return null;
  const next = v.word(np.end);
  if (next === ',' || next === '—' || v.isCap(np.end)) return np;
  // "Reid caucused and says": a verb follows the subject; accept only a name or a pronoun subject.
  if (v.isCap(np.start) || isPronoun(lex, v.word(np.start))) return np;
  return null;
}

/** The source after a cue ending before token `from`: `"...," said Trump`, `according to the poll`. */
export function sourceAfter(
  v: TokenView,
  lex: AttributionLexicon,
  from: number,
  hi: number,
  long: boolean,
): TokenRange | null {
  let k = from;
  while (k < hi && k - from < (long ? 24 : MAX_SOURCE_TOKENS)) {
    const w = v.word(k);
    if (long) {
      if (v.isPunct(k) && w !== '.' && w !== '-' && w !== '&' && w !== "'") break;
      if (w === '.' && !lex.titles.has(v.word(k - 1))) break;
      if (v.kind[k] === TokenKind.quote && !v.inQuote[k]) break;
    } else if (!inPhrase(v, lex, k, from, hi) || (k > from && isPronoun(lex, w))) break;
    k++;
    if (k === from + 1 && isPronoun(lex, w)) break;
  }
  if (k === from) return null;
  if (!long && !isPronoun(lex, v.word(from)) && !plausible(v, lex, from, k)) return null;
  return { start: from, end: k };
}
