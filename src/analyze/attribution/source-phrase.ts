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
    if (w === '.' && i > lo && v.isNameDot(i, lex.titles)) return true;
    return w === '-' || w === '&';
  }
  // A possessive apostrophe after a plural: "Gates' work", "the voters' choice".
  if (kind === TokenKind.quote)
    return w === "'" && i > lo && v.end[i - 1] === v.start[i] && v.word(i - 1).endsWith('s');
  if (kind === TokenKind.symbol) return false;
  if (w === "'s" || w === "'") return i > lo;
  if ((w === 'and' || w === 'of' || w === 'for') && i > lo && i + 1 < hi) {
    const prev = v.word(i - 1);
    const next = v.word(i + 1);
    // "supporters of reform said", "members of the panel said": a group noun and what it is of.
    if (w === 'of' && (isPluralNoun(v, i - 1) || lex.roles.has(prev)) && v.kind[i + 1] === TokenKind.word)
      return true;
    return (
      (v.isCap(i - 1) || lex.roles.has(prev) || (w === 'and' && isPluralNoun(v, i - 1))) &&
      (v.isCap(i + 1) ||
        lex.determiners.has(next) ||
        (w === 'and' && (lex.roles.has(next) || isPluralNoun(v, i + 1))))
    );
  }
  if (lex.boundary.has(w)) return false;
  // A verb ends a subject: "Beck said he wouldn't expect ..." is no source of "expect".
  if (kind === TokenKind.word && ((isVerbCue(lex, w) && !v.isCap(i)) || (w.startsWith("'") && w !== "'s")))
    return false;
  return true;
}

const FINITE_CUES = new Set([
  'said',
  'says',
  'told',
  'tells',
  'thinks',
  'thought',
  'wants',
  'believes',
  'knew',
  'wrote',
  'felt',
]);

/** A cue word that reads as a finite verb ("said", "argued"), not a noun ("report", "call"). */
function isVerbCue(lex: AttributionLexicon, w: string): boolean {
  return lex.cueWords.has(w) && (w.endsWith('ed') || FINITE_CUES.has(w));
}

/** Is the phrase [a, b) a plausible source: it holds a name, a role, a determiner or a number? */
function plausible(v: TokenView, lex: AttributionLexicon, a: number, b: number): boolean {
  if (b <= a) return false;
  const first = v.word(a);
  if (v.isCap(a) || lex.determiners.has(first) || lex.roles.has(first)) return true;
  for (let i = a; i < b; i++)
    if (v.isCap(i) || lex.roles.has(v.word(i)) || v.kind[i] === TokenKind.number) return true;
  // "The April survey found": a survey noun is a source by itself.
  if (SURVEY_HEADS.has(v.word(b - 1))) return true;
  // "security specialists say", "advisers and allies say": a plural noun names a group.
  return isPluralNoun(v, b - 1);
}

const SURVEY_HEADS = new Set([
  'poll',
  'survey',
  'study',
  'report',
  'analysis',
  'audit',
  'review',
  'investigation',
]);

const NOT_PLURAL = new Set([
  'was',
  'has',
  'is',
  'this',
  'its',
  'his',
  'hers',
  'us',
  'yes',
  'thus',
  'always',
  'perhaps',
  'news',
  'ours',
  'theirs',
  'does',
  'less',
  'unless',
  'whereas',
]);

/** A lower-case plural noun, by its form: "specialists", "allies", "economists". */
function isPluralNoun(v: TokenView, i: number): boolean {
  if (v.kind[i] !== TokenKind.word || v.isCap(i)) return false;
  const w = v.word(i);
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('ous') && !NOT_PLURAL.has(w);
}

/** A pronoun source: he, she, they, who ... */
export function isPronoun(lex: AttributionLexicon, w: string): boolean {
  return lex.personPronouns.has(w) || lex.groupPronouns.has(w) || lex.relativePronouns.has(w);
}

const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
]);
const TIME_LEAD = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'next', 'that', 'the', 'same']);

/**
 * Skips the words between a source and its cue ("also", "has", "later", "on Tuesday"), walking
 * left from `i`.
 */
export function skipBetween(v: TokenView, lex: AttributionLexicon, i: number, lo: number): number {
  let j = i;
  while (j >= lo) {
    const w = v.word(j);
    if (lex.between.has(w) || (w.length > 4 && w.endsWith('ly') && !v.isCap(j))) j--;
    else if (TIME_WORDS.has(w)) {
      j--;
      while (j >= lo && (TIME_LEAD.has(v.word(j)) || TIME_WORDS.has(v.word(j)))) j--;
    } else break;
  }
  return j;
}

/** Token index of the "(" that opens the parenthesis closed at token `close`, or -1. */
function openParen(v: TokenView, close: number, lo: number): number {
  for (let k = close - 1; k >= lo && close - k <= 10; k--) {
    if (v.isPunct(k, '(')) return k;
    if (v.isPunct(k, ')') || v.isQuoteMark(k)) return -1;
  }
  return -1;
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

/** Prepositions that may join the parts of a long subject: "people with knowledge of the talks". */
const SUBJECT_PREPOSITIONS = new Set(['of', 'with', 'for', 'from', 'at', 'in', 'on', 'near', 'among']);
/** Words that may open an appositive or relative segment of a subject: "Mr. Daniloff, now 81, said". */
const SEGMENT_OPENERS = new Set([
  'who',
  'which',
  'whose',
  'now',
  'then',
  'once',
  'formerly',
  'both',
  'himself',
  'herself',
]);
const MAX_SUBJECT_TOKENS = 40;
/** Segments that may sit between a subject and its cue: "Trump, however, said", "X, in a statement, said". */
const SKIPPED_SEGMENTS = new Set([
  'however',
  'meanwhile',
  'though',
  'too',
  'instead',
  'in',
  'at',
  'on',
  'during',
  'speaking',
  'for',
  'asked',
  'when',
  'after',
  'like',
]);

/**
 * The source before a cue starting at token `cue`: "Trump said", "spokesperson Dmitry Peskov
 * acknowledging", "Carter's press secretary, Peter Cook, told", "Rep. Jim McDermott (D-Wash.) said",
 * "people with direct knowledge of the talks said". Returns null when there is none.
 */
export function sourceBefore(
  v: TokenView,
  lex: AttributionLexicon,
  cue: number,
  lo: number,
): TokenRange | null {
  let last = skipBetween(v, lex, cue - 1, lo);
  if (last < lo) return null;
  // "Rep. Jim McDermott (D-Wash.) said": the parenthesis stays in the span.
  let spanEnd = -1;
  if (v.isPunct(last, ')')) {
    const open = openParen(v, last, lo);
    if (open > lo) {
      spanEnd = last + 1;
      last = open - 1;
    }
  }
  const quantity = quantitySubject(v, last, lo);
  if (quantity) return quantity;
  if (v.isPunct(last, ',') || v.isPunct(last, '—') || v.isPunct(last, '–')) {
    const subject = commaSubject(v, lex, last, lo);
    if (!subject) return null;
    return subject;
  }
  if (last >= lo && (v.word(last) === 'and' || v.word(last) === 'but')) return subjectOf(v, lex, lo, cue);
  // "commentators who have suggested": the phrase before the relative pronoun.
  const w = v.word(last);
  if ((w === 'who' || w === 'which') && last - 1 >= lo && !v.isPunct(last - 1)) {
    const np = phraseEndingAt(v, lex, last - 1, lo);
    return np ? { start: np.start, end: last + 1 } : { start: last, end: last + 1 };
  }
  const np = phraseEndingAt(v, lex, last, lo);
  if (!np) return closeTo(v, lex, last, lo);
  // "the city's planning": a possessive is not a subject.
  if (v.word(np.end - 1) === "'s" || v.isQuoteMark(np.end - 1)) return null;
  if (isPronoun(lex, v.word(np.start)) && np.end - np.start === 1) return np;
  const start = extendOverPrepositions(v, lex, np.start, lo);
  return { start, end: spanEnd > 0 ? spanEnd : np.end };
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Quantity words that stand alone as a subject: "Several said ...", "another says ...". */
const QUANTITY_WORDS = new Set([
  'several',
  'many',
  'most',
  'some',
  'others',
  'another',
  'one',
  'both',
  'few',
  'all',
  'none',
]);
const APPROXIMATE = new Set(['nearly', 'about', 'almost', 'roughly', 'some', 'only', 'just', 'around']);
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas', 'yet', 'so', 'though', 'although', 'still']);

/**
 * A quantity that opens its clause as the subject: "Two in three said", "nearly three in five said",
 * "Most of them said", "all but two said", "Several said", "another says".
 */
function quantitySubject(v: TokenView, last: number, lo: number): TokenRange | null {
  if (last < lo) return null;
  const isNumber = (i: number) => i >= lo && (v.kind[i] === TokenKind.number || NUMBER_WORDS.has(v.word(i)));
  let start = -1;
  const w = v.word(last);
  if (isNumber(last) && v.word(last - 1) === 'in' && isNumber(last - 2)) start = last - 2;
  else if (isNumber(last) && v.word(last - 1) === 'but' && v.word(last - 2) === 'all') start = last - 2;
  else if (
    (w === 'them' || w === 'us' || w === 'those') &&
    v.word(last - 1) === 'of' &&
    QUANTITY_WORDS.has(v.word(last - 2))
  )
    start = last - 2;
  else if (QUANTITY_WORDS.has(w)) start = last;
  // "That person said", "This official says": a demonstrative and its noun.
  else if (v.kind[last] === TokenKind.word && (v.word(last - 1) === 'that' || v.word(last - 1) === 'this'))
    start = last - 1;
  if (start < lo) return null;
  if (start - 1 >= lo && APPROXIMATE.has(v.word(start - 1))) start--;
  const before = start - 1;
  const opens =
    (start === lo && (!(v.word(start) === 'that' || v.word(start) === 'this') || v.isCap(start))) ||
    (v.isPunct(before) && !v.isPunct(before, '.')) ||
    CLAUSE_JOINS.has(v.word(before)) ||
    (before === lo && ['but', 'and', 'yet', 'still'].includes(v.word(lo)));
  return opens ? { start, end: last + 1 } : null;
}

const CLOSE_WORDS = new Set([
  'close',
  'familiar',
  'knowledgeable',
  'briefed',
  'loyal',
  'allied',
  'opposed',
  'linked',
]);

/** "a source close to him said", "people familiar with his thinking say": the phrase and its link. */
function closeTo(v: TokenView, lex: AttributionLexicon, last: number, lo: number): TokenRange | null {
  for (let k = last - 1; k > lo && last - k <= 6; k--) {
    if (v.kind[k] !== TokenKind.word) return null;
    if (!CLOSE_WORDS.has(v.word(k))) continue;
    const np = phraseEndingAt(v, lex, k - 1, lo);
    return np ? { start: np.start, end: last + 1 } : null;
  }
  return null;
}

/** Walks a subject left over "of / with / at ..." and the phrase before it: "officials in Washington". */
function extendOverPrepositions(v: TokenView, lex: AttributionLexicon, start: number, lo: number): number {
  let k = start;
  while (k - 2 >= lo && SUBJECT_PREPOSITIONS.has(v.word(k - 1))) {
    let m = k - 2;
    while (m >= lo && k - m < 12 && inPhrase(v, lex, m, lo, k) && !lex.cueWords.has(v.word(m))) {
      if (lex.determiners.has(v.word(m))) {
        m--;
        break;
      }
      m--;
    }
    if (m + 1 > k - 2) break;
    k = m + 1;
    while (k < start && v.kind[k] === TokenKind.punct) k++;
  }
  return k;
}

/**
 * The subject of a cue that follows a comma: "Marley Anderson, 21, a junior from Las Vegas, said",
 * "After the vote, Gov. John Kasich (R-OH), said". Walks left over comma-separated segments that
 * read as parts of a noun phrase (a name, a number, an appositive, a relative clause) and returns
 * the span from the leftmost of them to the comma before the cue.
 */
function commaSubject(v: TokenView, lex: AttributionLexicon, comma: number, lo: number): TokenRange | null {
  let best = -1;
  let end = comma;
  const floor = Math.max(lo, comma - MAX_SUBJECT_TOKENS);
  while (end > floor) {
    let s = end - 1;
    let last = false;
    while (
      s >= floor &&
      !(v.isPunct(s, ',') || v.isPunct(s, '—') || v.isPunct(s, '–') || v.isPunct(s, ';'))
    ) {
      // A quotation or a colon before the subject ends the walk: `"...," Lael Brainard, a Fed governor, said`.
      if (v.isQuoteMark(s) || v.inQuote[s] || v.isPunct(s, ':')) {
        last = true;
        break;
      }
      s--;
    }
    let first = s + 1;
    while (first < end - 1 && OPENERS.has(v.word(first))) first++;
    if (first >= end) break;
    const w = v.word(first);
    if (first === lo && v.doc.dateline && (v.start[first] as number) < v.doc.dateline.end) break;
    if (SKIPPED_SEGMENTS.has(w)) {
      // "Corey Lewandowski, in a statement released Thursday, said", "Mr. Trump, however, said".
      if (last || s < lo) break;
      end = s;
      continue;
    }
    const opens =
      (v.kind[first] === TokenKind.word && !lex.boundary.has(w)) ||
      v.kind[first] === TokenKind.number ||
      SEGMENT_OPENERS.has(w) ||
      lex.determiners.has(w);
    if (!opens) break;
    best = first;
    if (last || s < floor || s < lo) break;
    end = s;
  }
  if (best < 0) return null;
  // The leftmost segment must itself read as a source (a name, a role or a determined phrase), not
  // a clause: "Trump remained coy about it, refusing ...".
  const head = sourceAfter(v, lex, best, comma, false);
  const share = v.kind[best] === TokenKind.number && ['%', 'percent'].includes(v.word(best + 1));
  if (!head || SEGMENT_OPENERS.has(v.word(best)) || (v.kind[best] === TokenKind.number && !share))
    return null;
  if (nameThenVerb(v, lex, head)) return null;
  const firstWord = v.word(best);
  if (v.isCap(best) && !lex.determiners.has(firstWord) && lex.cueWords.has(firstWord)) return null;
  return { start: best, end: comma };
}

const OPENERS = new Set(['but', 'and', 'however', 'yet', 'so', 'still', 'also', 'then']);
/** Words that open an adverbial lead-in ("Instead,", "Hours later,", "In Iowa,"), not a subject. */
const LEAD_INS = new Set([
  'instead',
  'meanwhile',
  'hours',
  'minutes',
  'days',
  'weeks',
  'months',
  'years',
  'moments',
  'later',
  'earlier',
  'now',
  'today',
  'yesterday',
  'afterward',
  'afterwards',
  'again',
  'after',
  'before',
  'when',
  'while',
  'since',
  'despite',
  'in',
  'on',
  'at',
  'during',
  'with',
  'as',
  'for',
  'from',
  'by',
  'if',
  'although',
  'though',
  'because',
  'once',
]);

/**
 * The subject phrase that opens a sentence (or follows a leading quotation), for cues far from
 * their source: "Marley Anderson, 21, a junior from Las Vegas, said ...", "Reid caucused and says ...".
 */
export function subjectOf(v: TokenView, lex: AttributionLexicon, lo: number, cue: number): TokenRange | null {
  let s = lo;
  const dateline = v.doc.dateline;
  if (dateline) while (s < cue && (v.start[s] as number) < dateline.end) s++;
  while (s < cue && (OPENERS.has(v.word(s)) || v.isPunct(s, ','))) s++;
  // "Instead, the Vermont senator ...", "Hours later, Trump ...": a lead-in before a comma is no subject.
  const w0 = v.word(s);
  if (LEAD_INS.has(w0) || (w0.length > 4 && (w0.endsWith('ly') || w0.endsWith('ing')))) {
    for (let k = s + 1; k < cue - 1 && k - s <= 8; k++) {
      if (v.inQuote[k] || v.isQuoteMark(k)) break;
      if (v.isPunct(k, ',')) {
        s = k + 1;
        break;
      }
    }
  }
  // After a leading quotation: `"...," Trump, the front-runner, said`.
  for (let i = cue - 1; i > s; i--) {
    if (v.quoteClosedAt(i) && v.isPunct(i + 1, ',')) {
      s = i + 2;
      break;
    }
  }
  if (s >= cue) return null;
  let np = sourceAfter(v, lex, s, cue, false);
  if (!np || v.word(np.start).endsWith('ing')) return null;
  // "The mayor's office denied that, calling ...": the subject stops at its verb.
  for (let i = np.start + 1; i < np.end; i++) {
    if (lex.cueWords.has(v.word(i)) && !v.isCap(i)) {
      np = { start: np.start, end: i };
      break;
    }
  }
  // "Trump remained coy": a name followed by a lower-case word that is no role is name and verb.
  const cut = nameThenVerb(v, lex, np);
  if (cut) np = cut;
  if (np.end >= cue) return null;
  const next = v.word(np.end);
  if (next === ',' || next === '—' || v.isCap(np.end)) return np;
  // "Reid caucused and says": a verb follows the subject; accept only a name or a pronoun subject.
  if (isPronoun(lex, v.word(np.start))) return np;
  for (let i = np.start; i < np.end; i++) if (v.isCap(i) && !lex.determiners.has(v.word(i))) return np;
  return null;
}

/**
 * For a phrase that opens with a name and runs on into lower-case words that are no role
 * ("Trump remained coy"), the name alone; null when the phrase reads as one noun phrase.
 */
export function nameThenVerb(v: TokenView, lex: AttributionLexicon, np: TokenRange): TokenRange | null {
  let i = np.start;
  if (!v.isCap(i) || lex.determiners.has(v.word(i))) return null;
  while (i < np.end && (v.isCap(i) || v.isNameDot(i, lex.titles))) i++;
  if (i >= np.end) return null;
  const w = v.word(i);
  if (v.kind[i] !== TokenKind.word || w === "'s" || lex.roles.has(w) || w === 'and' || w === 'of')
    return null;
  // "Republican party boss Reince Priebus": a name further on makes it one noun phrase.
  for (let k = i + 1; k < np.end; k++) if (v.isCap(k)) return null;
  return { start: np.start, end: i };
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
  if (!long && (v.word(from) === 'of' || v.word(from) === 'for' || v.word(from) === 'and')) return null;
  while (k < hi && k - from < (long ? 24 : MAX_SOURCE_TOKENS)) {
    const w = v.word(k);
    if (long) {
      if (v.isPunct(k) && w !== '.' && w !== '-' && w !== '&' && w !== "'") break;
      if (w === '.' && !v.isNameDot(k, lex.titles)) break;
      if (v.kind[k] === TokenKind.quote && !v.inQuote[k]) break;
    } else if (!inPhrase(v, lex, k, from, hi) || (k > from && isPronoun(lex, w))) break;
    k++;
    if (k === from + 1 && isPronoun(lex, w)) break;
  }
  if (k === from) return null;
  if (!long && !isPronoun(lex, v.word(from)) && !plausible(v, lex, from, k)) return null;
  return { start: from, end: k };
}
