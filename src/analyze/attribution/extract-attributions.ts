import { type Sentence, TokenKind } from '../../segment/types.js';
import { clauseEnd, contentStartAfter, extendOverQuotes, trimEnd } from './content-span.js';
import { type AttributionLexicon, CUE_ACCORDING, CUE_RAISING } from './lexicon.js';
import { nounCues } from './noun-cues.js';
import type { RawAttribution } from './raw-attribution.js';
import {
  nameThenVerb,
  skipBetween,
  sourceAfter,
  sourceBefore,
  subjectOf,
  type TokenRange,
} from './source-phrase.js';
import type { TokenView } from './token-view.js';

const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const CLAUSE_END = new Set([',', ';', '.', '!', '?', '—', '–', ')']);
const OPENERS = new Set(['but', 'and', 'however', 'yet', 'so', 'still', 'also']);

/** Finds the attributions of one sentence, left to right. */
export function extractSentence(
  v: TokenView,
  lex: AttributionLexicon,
  sentence: Sentence,
  prior: RawAttribution | null = null,
): RawAttribution[] {
  let lo = sentence.tokenStart;
  const hi = sentence.tokenEnd;
  // "ALDERMOOR, Feb. 12 — Grain exports rose ...": the dateline is no part of a source or content.
  const dateline = v.doc.dateline;
  if (dateline && dateline.start >= sentence.start && dateline.start < sentence.end)
    while (lo < hi && (v.start[lo] as number) < dateline.end) lo++;
  const out: RawAttribution[] = [];
  if (hi - lo < 3) return out;
  // "Gingrich: Trump Must Decide If He Wants ...", "TAPPER: And obviously, I think ...": a speaker
  // label takes the whole line, cues inside it included.
  const label = colonHeadline(v, lex, lo, hi, sentence.index);
  if (label) {
    extendTurn(v, label, sentence);
    out.push(label);
  }
  for (const m of lex.cues.find(v.doc.tokens, lo, hi)) {
    if (v.inQuote[m.tokenStart]) continue;
    const cue: TokenRange = { start: m.tokenStart, end: m.tokenEnd };
    const cueText = v.slice(cue.start, cue.end).toLowerCase().replace(/’/g, "'");
    // Title-case headlines hold too many verbs that only look like stance cues ("Council Approves Deal").
    if (sentence.kind === 'headline' && lex.stance.has(cueText)) continue;
    const previous = out[out.length - 1] ?? null;
    let raw: RawAttribution | null;
    if (m.value === CUE_ACCORDING) raw = accordingTo(v, cue, lo, hi, sentence.index);
    else if (m.value === CUE_RAISING && isRaising(v, cue, lo)) raw = raising(v, cue, lo, hi, sentence.index);
    else raw = speech(v, lex, cue, lo, hi, sentence.index, previous, prior);
    if (raw && !raw.cueClass) raw.cueClass = lex.stance.has(cueText) ? 'stance' : 'speech';
    if (raw && raw.content.end > raw.content.start) out.push(raw);
  }
  const nouns = nounCues(v, lex, lo, hi, sentence.index);
  if (nouns.length > 0) {
    out.push(...nouns);
    out.sort((a, b) => a.cue.start - b.cue.start);
  }
  if (out.length === 0) {
    const lead = surveyLead(v, lo, hi, sentence.index) ?? colonQuote(v, lex, lo, hi, sentence.index);
    if (lead) out.push(lead);
  }
  if (out.length > 0) {
    const outlet = outletIn(v, lex, lo, hi);
    if (outlet) for (const raw of out) raw.outlet ??= outlet;
  }
  // An earlier content stops where a later attribution of the same sentence begins.
  // A cue inside an earlier content with no clause break before it is reported speech nested in
  // that content ("Trump said Clinton told him ..."): it stays part of the outer content, and is
  // reported too (stance cues nested that way are not: they mostly misfire on PolNeAR train).
  const kept: RawAttribution[] = [];
  // "51 percent said they would vote for her, according to the survey": the survey is the source;
  // a cue inside an "according to" content is part of that content.
  const according = out.filter((r) => r.kind === 'according-to');
  for (const b of out) {
    if (
      b.kind !== 'according-to' &&
      according.some((a) => {
        const cueAt = v.start[b.cue.start] as number;
        return a.content.start <= cueAt && cueAt < a.content.end && b.content.end <= a.content.end + 1;
      })
    )
      continue;
    const a = kept[kept.length - 1];
    // A stance cue inside an earlier content is part of what that source said ("He told voters
    // that if Iran were a stock, he would advise buying it").
    if (a && b.cueClass === 'stance' && b.regionStart > a.content.start && b.regionStart < a.content.end)
      continue;
    if (a && b.regionStart > a.content.start && b.regionStart < a.content.end) {
      const ch = v.text[b.regionStart];
      const breaks = ch === ',' || ch === ';' || b.sharesSourceOf !== null || b.kind !== 'indirect';
      // Reported speech nested in the content ("Trump said Clinton told him ..."): PolNeAR marks
      // both, so the inner one is kept and the outer content is left whole.
      if (!breaks) {
        kept.push(b);
        continue;
      }
      a.content = { start: a.content.start, end: trimEnd(v.text, b.regionStart) };
    }
    kept.push(b);
  }
  return kept;
}

const NOT_SOURCES = new Set([
  'update',
  'note',
  'related',
  'watch',
  'photo',
  'video',
  'read',
  'correction',
  'editor',
  'source',
  'sources',
  'caption',
  'credit',
  'tags',
  'topics',
  'live',
  'breaking',
  'exclusive',
  'opinion',
  'analysis',
  'poll',
  'review',
  'full',
  'transcript',
  'see',
  'also',
  'more',
]);

/** A speaker label that opens a body paragraph (a transcript turn) runs to the paragraph end. */
function extendTurn(v: TokenView, label: RawAttribution, sentence: Sentence): void {
  if (sentence.kind === 'headline') return;
  const paragraph = v.doc.paragraphs[sentence.paragraph];
  if (!paragraph || paragraph.sentenceStart !== sentence.index) return;
  const last = v.doc.sentences[paragraph.sentenceEnd - 1];
  if (!last || last.index === sentence.index) return;
  const end = clauseEnd(v, last.tokenEnd - 1);
  if (end > label.content.end) label.content = { start: label.content.start, end };
}

/**
 * "Elizabeth Warren: Trump Is a 'Proven Failure'", "Historians: Clinton, Obama linked": a short name
 * before a colon at the start of a sentence is the source of what follows it.
 */
function colonHeadline(
  v: TokenView,
  lex: AttributionLexicon,
  lo: number,
  hi: number,
  sentence: number,
): RawAttribution | null {
  let colon = -1;
  for (let k = lo + 1; k < hi && k - lo <= 6; k++) {
    if (v.isPunct(k, ':')) {
      colon = k;
      break;
    }
    const w = v.word(k);
    if (
      v.isQuoteMark(k) ||
      (v.isPunct(k) && w !== '.' && w !== '-') ||
      lex.cueWords.has(w) ||
      NOT_SOURCES.has(w)
    )
      return null;
  }
  if (colon < 0 || colon + 2 >= hi || NOT_SOURCES.has(v.word(lo))) return null;
  // Every word a capitalized name word: "OK Gov Fallin", "CNN President", not "Now we know".
  for (let k = lo; k < colon; k++) {
    const w = v.word(k);
    if (v.kind[k] === TokenKind.word && !v.isCap(k) && w !== 'of' && w !== "'s") return null;
    if (v.kind[k] === TokenKind.word && lex.determiners.has(w) && k === lo) return null;
  }
  if (v.kind[colon + 1] === TokenKind.number || v.word(colon + 1) === '/') return null;
  const end = clauseEnd(v, hi - 1);
  const start = v.start[colon + 1] as number;
  if (end <= start) return null;
  return {
    kind: 'indirect',
    sentence,
    cue: { start: colon, end: colon + 1 },
    source: { start: lo, end: colon },
    sharesSourceOf: null,
    content: extendOverQuotes(v, { start, end }),
    outlet: null,
    regionStart: v.start[lo] as number,
    cueClass: 'speech',
  };
}

/** "Trump went even further: “If he loses, it's the end.”": the subject speaks the quotation after a colon. */
function colonQuote(
  v: TokenView,
  lex: AttributionLexicon,
  lo: number,
  hi: number,
  sentence: number,
): RawAttribution | null {
  let colon = -1;
  for (let k = lo + 2; k < hi - 1 && k - lo <= 20; k++) {
    if (v.isQuoteMark(k) || v.inQuote[k]) return null;
    if (v.isPunct(k, ':')) {
      colon = k;
      break;
    }
  }
  if (colon < 0) return null;
  const q = v.quoteOpenedAt(colon + 1);
  if (!q) return null;
  // The clause that holds the colon starts after an opening phrase: "In a Fox interview, Trump went ...".
  let start = lo;
  for (let k = colon - 1; k > lo; k--)
    if (v.isPunct(k, ',')) {
      start = k + 1;
      break;
    }
  const src = subjectOf(v, lex, start, colon);
  if (!src || src.end >= colon) return null;
  return {
    kind: 'direct',
    sentence,
    cue: { start: src.end, end: colon + 1 },
    source: src,
    sharesSourceOf: null,
    content: { start: q.start, end: trimEnd(v.text, q.end) },
    outlet: null,
    regionStart: v.start[lo] as number,
    cueClass: 'speech',
  };
}

const SURVEY_NOUNS = new Set([
  'poll',
  'polls',
  'survey',
  'surveys',
  'study',
  'report',
  'analysis',
  'tally',
  'count',
  'audit',
  'review',
  'filing',
  'filings',
  'records',
  'documents',
  'data',
]);

/** "In a new Fox News poll released Thursday, Trump had 45 percent": the poll is the source. */
function surveyLead(v: TokenView, lo: number, hi: number, sentence: number): RawAttribution | null {
  let s = lo;
  while (s < hi && OPENERS.has(v.word(s))) s++;
  if (v.word(s) !== 'in') return null;
  let noun = -1;
  let comma = -1;
  for (let k = s + 1; k < hi && k - s <= 16; k++) {
    if (v.isPunct(k, ',')) {
      comma = k;
      break;
    }
    if (v.isQuoteMark(k) || (v.isPunct(k) && v.word(k) !== '/' && v.word(k) !== '-' && v.word(k) !== '.'))
      return null;
    if (SURVEY_NOUNS.has(v.word(k))) noun = k;
  }
  if (noun < 0 || comma < 0 || comma + 2 >= hi) return null;
  const end = clauseEnd(v, hi - 1);
  const start = v.start[comma + 1] as number;
  if (end <= start) return null;
  return {
    kind: 'according-to',
    sentence,
    cue: { start: s, end: s + 1 },
    source: { start: s + 1, end: comma },
    sharesSourceOf: null,
    content: extendOverQuotes(v, { start, end }),
    outlet: null,
    regionStart: v.start[s] as number,
    cueClass: 'speech',
  };
}

const RAISING_ADVERBS = new Set(['not', 'widely', 'also', 'still', 'now', 'generally', 'largely', 'broadly']);

/** "seemed to", "appears to", "is (widely) expected to": a raising cue, followed by "to" or "like". */
function isRaising(v: TokenView, cue: TokenRange, lo: number): boolean {
  const next = v.word(cue.end);
  if (next !== 'to' && next !== 'like') return false;
  if (v.word(cue.start) !== 'expected') return true;
  let b = cue.start - 1;
  while (b >= lo && RAISING_ADVERBS.has(v.word(b))) b--;
  return b >= lo && BE.has(v.word(b));
}

/**
 * An impression with no source: "Mr. Trump seemed to overstay his welcome", "The House is expected
 * to pass the bill". The content runs from the subject (the start of the clause) to the clause end.
 */
function raising(
  v: TokenView,
  cue: TokenRange,
  lo: number,
  hi: number,
  sentence: number,
): RawAttribution | null {
  let s = cue.start - 1;
  while (s >= lo && !(v.isPunct(s) && CLAUSE_BREAK.has(v.word(s))) && !v.quoteClosedAt(s)) s--;
  let start = s + 1;
  if (start >= cue.start - 1 || v.word(start) === 'it' || v.word(start) === 'there') {
    if (start < cue.start - 1) return null;
    start = lo;
  }
  while (start < cue.start && OPENERS.has(v.word(start))) start++;
  if (start >= cue.start) return null;
  const end = clauseEnd(v, hi - 1);
  if (end <= (v.start[cue.end] as number)) return null;
  return {
    kind: 'indirect',
    sentence,
    cue,
    source: null,
    sharesSourceOf: null,
    content: extendOverQuotes(v, { start: v.start[start] as number, end }),
    outlet: null,
    regionStart: v.start[start] as number,
    cueClass: 'impression',
  };
}

const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–']);

/** The outlet named in a sentence: "In an interview with the New York Post, ...". */
function outletIn(v: TokenView, lex: AttributionLexicon, lo: number, hi: number): string | null {
  for (const m of lex.outletLead.find(v.doc.tokens, lo, hi)) {
    let s = m.tokenEnd;
    if (v.word(s) === 'the') s++;
    let e = s;
    while (e < hi && (v.isCap(e) || (e > s && ['of', '&', "'s"].includes(v.word(e))))) e++;
    while (e > s && !v.isCap(e - 1)) e--;
    if (e > s) return v.slice(s, e);
  }
  return null;
}

/** Character offset where an attribution's words begin, before a comma that introduces it. */
function regionStart(v: TokenView, token: number, lo: number): number {
  const before = token - 1;
  if (before >= lo && v.isPunct(before, ',')) return v.start[before] as number;
  return v.start[token] as number;
}

function accordingTo(
  v: TokenView,
  cue: TokenRange,
  lo: number,
  hi: number,
  sentence: number,
): RawAttribution | null {
  let src = null as TokenRange | null;
  // "according to X, ..." / "..., according to X."
  let k = cue.end;
  while (k < hi && !(v.isPunct(k) && v.word(k) !== '.' && v.word(k) !== '-') && k - cue.end < 24) {
    if (v.word(k) === '.' && k + 1 >= hi - 0) break;
    k++;
  }
  if (k > cue.end) src = { start: cue.end, end: k };
  if (!src) return null;
  const leading = cue.start === lo || (cue.start - lo === 1 && OPENERS.has(v.word(lo)));
  let content: { start: number; end: number };
  if (leading) {
    let c = src.end;
    if (c < hi && v.isPunct(c, ',')) c++;
    if (c >= hi - 1) return null;
    content = { start: v.start[c] as number, end: clauseEnd(v, hi - 1) };
  } else {
    const start = OPENERS.has(v.word(lo)) && lo + 1 < cue.start ? lo + 1 : lo;
    const endTok = cue.start - 1 >= lo && v.isPunct(cue.start - 1) ? cue.start - 1 : cue.start;
    if (endTok <= start) return null;
    content = { start: v.start[start] as number, end: v.end[endTok - 1] as number };
    // A trailing "according to X" after the content: the source runs to the end of the sentence.
    if (src.end >= hi - 1) src = { start: src.start, end: Math.max(src.start + 1, trimSourceEnd(v, src)) };
    // "But the next day, according to Roffman, Trump made demands": the content is both halves.
    else if (v.isPunct(src.end, ',') && src.end + 1 < hi - 1 && !v.quoteOpenedAt(src.end + 1))
      content = { start: content.start, end: clauseEnd(v, hi - 1) };
  }
  return {
    kind: 'according-to',
    sentence,
    cue,
    source: src,
    sharesSourceOf: null,
    content: extendOverQuotes(v, content),
    outlet: null,
    regionStart: regionStart(v, cue.start, lo),
  };
}

function trimSourceEnd(v: TokenView, src: TokenRange): number {
  let e = src.end;
  while (e > src.start + 1 && v.isPunct(e - 1) && v.word(e - 1) === '.') e--;
  return e;
}

function speech(
  v: TokenView,
  lex: AttributionLexicon,
  cue: TokenRange,
  lo: number,
  hi: number,
  sentence: number,
  previous: RawAttribution | null,
  prior: RawAttribution | null,
): RawAttribution | null {
  const cueText = v.slice(cue.start, cue.end).toLowerCase().replace(/’/g, "'");
  const after = cue.end;
  const base = { sentence, cue, sharesSourceOf: null, outlet: null } as const;
  const kindFor = (contested: boolean): RawAttribution['kind'] => (contested ? 'contested' : 'indirect');
  const contest = lex.contest.has(cueText);
  const objectVerb = lex.objectVerbs.has(cueText);

  // Passive: "it has also been reported by X that ...", "the move was first reported by MSNBC".
  const aux = skipBetween(v, lex, cue.start - 1, lo);
  let be = cue.start - 1;
  while (be >= lo && !BE.has(v.word(be)) && lex.between.has(v.word(be))) be--;
  if (lex.passive.has(cueText) && after < hi && v.word(after) === 'by' && be >= lo && BE.has(v.word(be))) {
    const src = sourceAfter(v, lex, after + 1, hi, false);
    if (!src) return null;
    let auxStart = be;
    while (auxStart - 1 >= lo && (lex.between.has(v.word(auxStart - 1)) || BE.has(v.word(auxStart - 1))))
      auxStart--;
    let content: { start: number; end: number } | null = null;
    if (src.end < hi && v.word(src.end) === 'that') {
      content = { start: v.start[src.end] as number, end: clauseEnd(v, hi - 1) };
    } else if (auxStart > lo && !(auxStart - lo === 1 && v.word(lo) === 'it')) {
      const start = OPENERS.has(v.word(lo)) && lo + 1 < auxStart ? lo + 1 : lo;
      content = { start: v.start[start] as number, end: v.end[auxStart - 1] as number };
    }
    if (!content) return null;
    return {
      ...base,
      kind: kindFor(contest),
      cue: { start: auxStart, end: after + 1 },
      source: src,
      content: extendOverQuotes(v, content),
      regionStart: regionStart(v, auxStart, lo),
    };
  }

  // "Asked whether he would run, Smith said no", "When asked about the vote, ...": the question,
  // with no source of its own.
  const askedCue = ASKED.has(cueText.split(' ')[0] ?? '');
  if (askedCue && leadsClause(v, cue.start, lo)) {
    let e = after;
    let question = cueText.endsWith(' about');
    while (e < hi && !v.isPunct(e, ',')) {
      if (e - after < 6 && QUESTION_WORDS.has(v.word(e))) question = true;
      e++;
    }
    if (!question || e >= hi || e === after) return null;
    return {
      ...base,
      kind: 'indirect',
      source: null,
      content: { start: v.start[after] as number, end: v.end[e - 1] as number },
      regionStart: v.start[cue.start] as number,
    };
  }
  // "Rubio was asked whether ...", "he was asked to name ...": the question, asked of the subject.
  if (askedCue && be >= lo && BE.has(v.word(be)) && be >= cue.start - 2) {
    const next = v.word(after);
    if (!QUESTION_WORDS.has(next) && next !== 'to' && !cueText.endsWith(' about')) return null;
    const end = clauseEnd(v, hi - 1);
    if (end <= (v.start[after] as number)) return null;
    return {
      ...base,
      kind: 'indirect',
      source: null,
      content: extendOverQuotes(v, { start: v.start[after] as number, end }),
      regionStart: v.start[cue.start] as number,
    };
  }
  const stance = lex.stance.has(cueText);
  const isIng = cueText.split(' ')[0]?.endsWith('ing') === true;
  let src: TokenRange | null = null;
  let shares: RawAttribution | null = null;
  let inverted = false;
  // ", adding that ...", ", referring to ...": the source of the attribution before, in this sentence.
  if (isIng && aux >= lo && v.isPunct(aux, ',')) {
    if (previous) shares = previous;
    // "Petrilli tied the scores to graduation rates, saying ...": the subject of the sentence, or of
    // the clause after an opening phrase ("When asked, Trump remained coy, refusing ...").
    else {
      src = subjectOf(v, lex, lo, cue.start);
      for (let k = lo + 1; !src && k < aux; k++)
        if (v.isPunct(k, ',') && !v.inQuote[k]) src = subjectOf(v, lex, k + 1, cue.start);
    }
  }
  // Inverted: `"...," said Trump.`, `..., said a source close to the campaign.`
  if (
    !src &&
    !shares &&
    !stance &&
    !objectVerb &&
    (aux < lo || v.isPunct(aux, ',') || v.quoteClosedAt(aux))
  ) {
    // "Craig Minassian, a spokesman for the foundation, said the decision ...": a named subject with
    // an appositive before the comma wins over an inverted reading of what follows the cue.
    const subject =
      v.isPunct(aux, ',') && !v.quoteClosedAt(aux - 1) ? sourceBefore(v, lex, cue.start, lo) : null;
    const appositive = subject !== null && hasComma(v, subject) && !hasClauseVerb(v, subject);
    const inv = appositive ? null : invertedSource(v, lex, after, hi);
    if (inv) {
      src = inv;
      inverted = true;
    } else if (appositive) src = subject;
  }
  if (!src && !shares) {
    src = sourceBefore(v, lex, cue.start, lo);
    // "It is believed that ...", "he was asked": a passive cue has no source before it.
    if (src && /ed$|wn$|ght$/.test(cueText)) {
      for (let i = src.end; i < cue.start; i++) if (BE.has(v.word(i))) return null;
    }
  }
  if (!src && !shares) return null;
  // "Hale, who voted against the plan, said": a cue inside a relative clause ends with the clause.
  const relative = src !== null && !inverted && isRelative(v, lex, src);

  // "The mayor's office denied that, calling ...": the denied claim is the one reported before.
  if (contest && src && !inverted) {
    const claim = deniedClaim(v, after, hi, sentence, previous ?? prior);
    if (claim) {
      return {
        ...base,
        kind: 'contested',
        source: src,
        content: claim,
        regionStart: regionStart(v, src.start, lo),
      };
    }
  }

  // Does the clause end right after the cue (`"...," Trump said Tuesday.`)? Then the content is before.
  let k = inverted && src ? src.end : after;
  while (
    k < hi &&
    k - after < 8 &&
    (lex.contentLead.has(v.word(k)) ||
      v.isCap(k) ||
      v.isNameDot(k, lex.titles) ||
      (objectVerb && k - after < 3 && !v.isPunct(k) && !v.isQuoteMark(k) && v.word(k) !== 'that'))
  )
    k++;
  const anchor = inverted || !src ? cue.start : src.start;
  // ", telling Reuters, “...”": a participle after a comma takes its content after it, never before.
  const participle = isIng && aux >= lo && v.isPunct(aux, ',');
  let endsAfterCue = !participle && (k >= hi || (v.isPunct(k) && CLAUSE_END.has(v.word(k))));
  // `..., Ben Carson said after the attacks.`: a circumstance after the cue, the content before it.
  if (!endsAfterCue && !participle && !shares && !stance && isCircumstance(v, after)) {
    let j = after;
    while (
      j < hi &&
      !(v.isPunct(j) && CLAUSE_END.has(v.word(j))) &&
      !isComplementizer(v, j) &&
      !v.isQuoteMark(j)
    )
      j++;
    if (j >= hi || (v.isPunct(j) && CLAUSE_END.has(v.word(j)))) endsAfterCue = true;
  }
  if (!endsAfterCue && !participle && !shares && quoteBefore(v, anchor, lo)) {
    // `"...," Viguerie tells Breitbart News in an exclusive interview.`: a quotation before the
    // source is the content unless a clause or a quotation follows the cue.
    endsAfterCue = true;
    for (let j = after; j < hi && !v.isPunct(j, ','); j++) {
      const w = v.word(j);
      const opensContent = v.isOpeningMark(j) && (j === after || [',', ':', 'that'].includes(v.word(j - 1)));
      if (isComplementizer(v, j) || w === ':' || opensContent) endsAfterCue = false;
    }
  }
  const content = endsAfterCue && !shares ? contentBefore(v, anchor, lo, contest, previous) : null;
  if (content) {
    // `"...," he said, "..."`: the quote after the cue belongs to the same content.
    let end = content.end;
    if (k < hi - 1 && v.isPunct(k, ',')) {
      const q = v.quoteOpenedAt(k + 1);
      if (q) end = q.end;
      // "The only problem, she said, is that ...": a cue inside the clause; the content is both halves.
      else if (
        !v.quoteClosedAt(anchor - 2) &&
        !v.quoteClosedAt(anchor - 1) &&
        !lex.cueWords.has(v.word(k + 1))
      )
        end = Math.max(end, clauseEnd(v, hi - 1));
    }
    return {
      ...base,
      kind: kindFor(contest),
      source: src,
      content: extendOverQuotes(v, { start: content.start, end }),
      regionStart: content.region,
    };
  }
  if (inverted) return null;
  // "Reporter Jomana Karadsheh says:" and the quotation in the next paragraph.
  if (v.word(after) === ':' && after + 1 >= hi) {
    const next = v.doc.sentences[sentence + 1];
    if (!next) return null;
    return {
      ...base,
      kind: kindFor(contest),
      source: src,
      sharesSourceOf: shares,
      content: extendOverQuotes(v, {
        start: v.start[next.tokenStart] as number,
        end: clauseEnd(v, next.tokenEnd - 1),
      }),
      regionStart: regionStart(v, src ? src.start : cue.start, lo),
    };
  }
  const cs = contentStartAfter(v, lex, after, hi, objectVerb);
  if (!cs) return null;
  const first = v.word(cs.token);
  const clauseLike =
    first === 'that' || v.isOpeningMark(cs.token) || (cs.token > after && v.word(cs.token - 1) === ':');
  // ", saying he would ...": a bare clause with a subject is content too; ", adding a touch of humor" is not.
  const bareClause = BARE_SUBJECTS.has(first) || (v.isCap(cs.token) && !lex.determiners.has(first));
  // "Multiple outlets reported the Secret Service had ...": a bare clause after most of these cues.
  const strict = /^(continu|call|express|describ|hint|charg|estimat|add)/.test(cueText);
  if (
    lex.needsClause.has(cueText) &&
    !clauseLike &&
    !(bareClause && !strict) &&
    !lex.objectContent.has(cueText)
  )
    return null;
  if (shares && !clauseLike && !bareClause && !lex.objectContent.has(cueText)) return null;
  const after3 = { start: v.start[cs.token] as number, end: clauseEnd(v, hi - 1) };
  if (relative) {
    for (let j = cs.token; j < hi; j++) {
      if (v.inQuote[j]) continue;
      if (v.isPunct(j, ',') || v.isPunct(j, '—')) {
        after3.end = v.end[j - 1] as number;
        break;
      }
    }
  }
  if (after3.end <= after3.start) return null;
  return {
    ...base,
    kind: kindFor(contest),
    source: src,
    sharesSourceOf: shares,
    outlet: cs.outlet,
    content: extendOverQuotes(v, after3),
    regionStart: regionStart(v, src ? src.start : cue.start, lo),
  };
}

/**
 * The source after an inverted cue: `said Trump.`, `said Michael O'Hanlon, a senior fellow at ...`,
 * `said a source close to the campaign.` It must end the clause.
 */
function invertedSource(v: TokenView, lex: AttributionLexicon, after: number, hi: number): TokenRange | null {
  const np = sourceAfter(v, lex, after, hi, false);
  // "said Ms. Brainard conveyed ...": a name followed by a verb is the subject of a clause.
  if (!np || nameThenVerb(v, lex, np)) return null;
  const endsClause = (k: number) => k >= hi || CLAUSE_END.has(v.word(k)) || v.word(k) === 'in';
  if (endsClause(np.end) || RELATIVES.has(v.word(np.end))) return np;
  if (v.isPunct(np.end, '(')) {
    for (let k = np.end + 1; k < hi && k - np.end < 10; k++)
      if (v.isPunct(k, ')')) return endsClause(k + 1) ? { start: np.start, end: k + 1 } : null;
    return null;
  }
  if (!PREPOSITIONS_IN_SOURCE.has(v.word(np.end))) return null;
  // "a source close to the campaign": run on to the end of the clause, over no verb or quotation.
  for (let k = np.end; k < hi && k - np.start < 20; k++) {
    if (v.isQuoteMark(k) || lex.cueWords.has(v.word(k)) || v.word(k) === 'that') return null;
    if ((v.isPunct(k) && CLAUSE_END.has(v.word(k))) || RELATIVES.has(v.word(k)))
      return { start: np.start, end: k };
  }
  return null;
}

const BARE_SUBJECTS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'the',
  'his',
  'her',
  'their',
  'its',
  'there',
]);
const CIRCUMSTANCE = new Set(['after', 'before', 'during', 'while', 'when', 'following', 'without', 'at']);
/** "said as many as 20 people died": "as" opens a quantity, not a circumstance. */
const AS_QUANTITY = new Set(['many', 'much', 'well', 'long', 'soon', 'far', 'few', 'little']);
const THAT_TIME = new Set([
  'night',
  'day',
  'morning',
  'afternoon',
  'evening',
  'week',
  'weekend',
  'month',
  'year',
  'time',
]);

/** Does the phrase after a cue start with a circumstance ("said in a statement", "said of Apple")? */
function isCircumstance(v: TokenView, k: number): boolean {
  const w = v.word(k);
  return CIRCUMSTANCE.has(w) && !(w === 'as' && AS_QUANTITY.has(v.word(k + 1)));
}

/** "that" opening a clause, not "that night" or "that day". */
function isComplementizer(v: TokenView, k: number): boolean {
  return v.word(k) === 'that' && !THAT_TIME.has(v.word(k + 1));
}
const RELATIVES = new Set(['who', 'whom', 'whose']);
const PREPOSITIONS_IN_SOURCE = new Set(['to', 'at', 'of', 'for', 'from', 'with', 'on', 'close', 'familiar']);

/** Does a source span hold a comma (a name and its appositive)? */
function hasComma(v: TokenView, r: TokenRange): boolean {
  for (let i = r.start; i < r.end; i++) if (v.isPunct(i, ',')) return true;
  return false;
}

const AUXILIARIES = new Set([
  'is',
  'was',
  'were',
  'are',
  'would',
  'will',
  'has',
  'had',
  'have',
  'could',
  'should',
]);

/**
 * Does a comma-separated subject hold an auxiliary outside its relative clauses? Then it is a clause
 * ("Even if ..., some of its functions would be performed by others, said DeSantis"), no appositive.
 */
function hasClauseVerb(v: TokenView, r: TokenRange): boolean {
  let relative = false;
  for (let i = r.start; i < r.end; i++) {
    if (v.isPunct(i, ',')) relative = RELATIVES.has(v.word(i + 1)) || v.word(i + 1) === 'which';
    else if (!relative && AUXILIARIES.has(v.word(i))) return true;
  }
  return false;
}

/** Is the source a relative pronoun after a comma ("Hale, who ...")? */
function isRelative(v: TokenView, lex: AttributionLexicon, src: TokenRange): boolean {
  const w = v.word(src.end - 1);
  if (!lex.relativePronouns.has(w) || w === 'that') return false;
  return src.end - src.start === 1 && v.isPunct(src.start - 1, ',');
}

const ASKED = new Set(['asked', 'pressed', 'questioned']);
const ASKED_LEADS = new Set(['when', 'if', 'after', 'while', 'once', 'before']);

/** Does the cue open its clause: at the sentence start, or after "when" / "if" that do? */
function leadsClause(v: TokenView, cue: number, lo: number): boolean {
  if (cue === lo) return true;
  const w = cue - 1;
  if (w < lo || !ASKED_LEADS.has(v.word(w))) return false;
  return w === lo || v.isPunct(w - 1, ',') || v.quoteClosedAt(w - 1) !== undefined;
}
const QUESTION_WORDS = new Set([
  'whether',
  'if',
  'why',
  'what',
  'how',
  'about',
  'when',
  'where',
  'who',
  'whom',
]);

const CLAIM_NOUNS = new Set([
  'claim',
  'claims',
  'report',
  'reports',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'charge',
  'charges',
  'story',
  'account',
]);

/**
 * The claim a contesting cue refers back to with "that", "it", "this" or "the claim": the content of
 * the attribution just before it (this sentence or the one before), or else the sentence before.
 * Null for any other object.
 */
function deniedClaim(
  v: TokenView,
  after: number,
  hi: number,
  sentence: number,
  previous: RawAttribution | null,
): { start: number; end: number } | null {
  let k = after;
  const w = v.word(k);
  if (w === 'that' || w === 'it' || w === 'this' || w === 'them' || w === 'those') k++;
  else if (w === 'the' && CLAIM_NOUNS.has(v.word(k + 1))) k += 2;
  else return null;
  if (k < hi && !(v.isPunct(k) && CLAUSE_END.has(v.word(k)))) return null;
  if (previous && previous.content.end <= (v.start[after] as number) && previous.sentence >= sentence - 1)
    return previous.content;
  const before = v.doc.sentences[sentence - 1];
  if (!before || before.kind === 'headline' || before.kind === 'byline') return null;
  const end = clauseEnd(v, before.tokenEnd - 1);
  const start = v.start[before.tokenStart] as number;
  return end > start ? { start, end } : null;
}

/** Does a closing quotation (and a comma) come right before token `anchor`? */
function quoteBefore(v: TokenView, anchor: number, lo: number): boolean {
  let b = anchor - 1;
  if (b >= lo && (v.isPunct(b, ',') || v.isPunct(b, '—'))) b--;
  return b >= lo && v.quoteClosedAt(b) !== undefined;
}

/** Does the quotation starting at `offset` open its clause (sentence start, or after , : — or an opener)? */
function opensClause(v: TokenView, offset: number, lo: number): boolean {
  const t = v.doc.tokenAt(offset);
  if (t <= lo) return true;
  const before = t - 1;
  if (v.isPunct(before) && !v.isPunct(before, '.')) return true;
  return before === lo && OPENERS.has(v.word(lo));
}

/** Content that precedes its source: a closing quotation, or the clause before a comma. */
function contentBefore(
  v: TokenView,
  anchor: number,
  lo: number,
  contest: boolean,
  previous: RawAttribution | null,
): { start: number; end: number; region: number } | null {
  const b = anchor - 1;
  // `“... our fix!” Clinton said to People.`: the quotation ended the sentence before.
  if (b === lo - 1 && b >= 0) {
    const q = v.quoteClosedAt(b);
    return q ? { start: q.start, end: q.end, region: q.start } : null;
  }
  if (b < lo) return null;
  // "..., which the Kremlin denied": the claim is the earlier content, or the clause before.
  if (contest && v.word(b) === 'which' && b - 1 > lo && v.isPunct(b - 1, ',')) {
    const comma = v.start[b - 1] as number;
    const start =
      previous && previous.content.start < comma ? previous.content.start : (v.start[lo] as number);
    return { start, end: comma, region: comma };
  }
  if (v.isPunct(b, ',') || v.isPunct(b, '—') || v.isPunct(b, '–')) {
    const q = v.quoteClosedAt(b - 1);
    // `... words like “maybe” and “perhaps”, he told reporters`: a quotation inside the clause
    // is no content of its own; the whole clause is.
    if (q && opensClause(v, q.start, lo)) return { start: q.start, end: q.end, region: q.start };
    if (b - 1 < lo) return null;
    let start = OPENERS.has(v.word(lo)) && lo + 1 < b ? lo + 1 : lo;
    // "Still, Cruz will ...": no comma left over after the opener.
    if (start > lo && v.isPunct(start, ',') && start + 1 < b) start++;
    if (b <= start) return null;
    return { start: v.start[start] as number, end: v.end[b - 1] as number, region: v.start[start] as number };
  }
  const q = v.quoteClosedAt(b);
  if (q) return { start: q.start, end: q.end, region: q.start };
  return null;
}
