import type { Sentence } from '../../segment/types.js';
import { clauseEnd, contentStartAfter, extendOverQuotes, trimEnd } from './content-span.js';
import { type AttributionLexicon, CUE_ACCORDING } from './lexicon.js';
import type { RawAttribution } from './raw-attribution.js';
import { skipBetween, sourceAfter, sourceBefore, type TokenRange } from './source-phrase.js';
import type { TokenView } from './token-view.js';

const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const CLAUSE_END = new Set([',', ';', '.', '!', '?', '—', '–', ')']);
const OPENERS = new Set(['but', 'and', 'however', 'yet', 'so', 'still', 'also']);

/** Finds the attributions of one sentence, left to right. */
export function extractSentence(v: TokenView, lex: AttributionLexicon, sentence: Sentence): RawAttribution[] {
  const lo = sentence.tokenStart;
  const hi = sentence.tokenEnd;
  const out: RawAttribution[] = [];
  if (hi - lo < 3) return out;
  for (const m of lex.cues.find(v.doc.tokens, lo, hi)) {
    if (v.inQuote[m.tokenStart]) continue;
    const cue: TokenRange = { start: m.tokenStart, end: m.tokenEnd };
    const raw =
      m.value === CUE_ACCORDING
        ? accordingTo(v, cue, lo, hi, sentence.index)
        : speech(v, lex, cue, lo, hi, sentence.index, out[out.length - 1] ?? null);
    if (raw && raw.content.end > raw.content.start) out.push(raw);
  }
  if (out.length > 0) {
    const outlet = outletIn(v, lex, lo, hi);
    if (outlet) for (const raw of out) raw.outlet ??= outlet;
  }
  // An earlier content stops where a later attribution of the same sentence begins.
  // A cue inside an earlier content with no clause break before it is reported speech nested in
  // that content ("Trump said Clinton told him ..."): it stays part of the outer content.
  const kept: RawAttribution[] = [];
  for (const b of out) {
    const a = kept[kept.length - 1];
    if (a && b.regionStart > a.content.start && b.regionStart < a.content.end) {
      const ch = v.text[b.regionStart];
      const breaks = ch === ',' || ch === ';' || b.sharesSourceOf !== null || b.kind !== 'indirect';
      if (!breaks) continue;
      a.content = { start: a.content.start, end: trimEnd(v.text, b.regionStart) };
    }
    kept.push(b);
  }
  return kept;
}

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
): RawAttribution | null {
  const cueText = v.slice(cue.start, cue.end).toLowerCase().replace(/’/g, "'");
  const after = cue.end;
  const base = { sentence, cue, sharesSourceOf: null, outlet: null } as const;
  const kindFor = (contested: boolean): RawAttribution['kind'] => (contested ? 'contested' : 'indirect');
  const contest = lex.contest.has(cueText);

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

  const objectVerb = lex.objectVerbs.has(cueText);
  let src = sourceBefore(v, lex, cue.start, lo);
  let shares: RawAttribution | null = null;
  let inverted = false;
  if (!src) {
    const before = aux;
    const isIng = cueText.endsWith('ing');
    if (isIng && before >= lo && v.isPunct(before, ',') && previous) {
      shares = previous;
    } else if (before < lo || v.isPunct(before, ',') || v.quoteClosedAt(before)) {
      // Inverted: `"...," said Trump.`
      const after2 = sourceAfter(v, lex, after, hi, false);
      if (after2 && (after2.end >= hi || CLAUSE_END.has(v.word(after2.end)) || v.word(after2.end) === 'in')) {
        src = after2;
        inverted = true;
      }
    }
    if (!src && !shares) return null;
  }

  // Does the clause end right after the cue (`"...," Trump said Tuesday.`)? Then the content is before.
  let k = inverted && src ? src.end : after;
  while (
    k < hi &&
    k - after < 8 &&
    (lex.contentLead.has(v.word(k)) ||
      v.isCap(k) ||
      (objectVerb && k - after < 3 && !v.isPunct(k) && !v.isQuoteMark(k) && v.word(k) !== 'that'))
  )
    k++;
  const anchor = inverted || !src ? cue.start : src.start;
  let endsAfterCue = k >= hi || (v.isPunct(k) && CLAUSE_END.has(v.word(k)));
  if (!endsAfterCue && !shares && quoteBefore(v, anchor, lo)) {
    // `"...," Viguerie tells Breitbart News in an exclusive interview.`: a quotation before the
    // source is the content unless a clause or a quotation follows the cue.
    endsAfterCue = true;
    for (let j = after; j < hi && !v.isPunct(j, ','); j++) {
      if (v.word(j) === 'that' || v.word(j) === ':' || v.isOpeningMark(j)) endsAfterCue = false;
    }
  }
  const content = endsAfterCue && !shares ? contentBefore(v, anchor, lo, contest, previous) : null;
  if (content) {
    // `"...," he said, "..."`: the quote after the cue belongs to the same content.
    let end = content.end;
    if (k < hi - 1 && v.isPunct(k, ',')) {
      const q = v.quoteOpenedAt(k + 1);
      if (q) end = q.end;
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
  if (lex.needsClause.has(cueText) && !clauseLike && !lex.objectContent.has(cueText)) return null;
  if (shares && !clauseLike && !lex.objectContent.has(cueText)) return null;
  const after3 = { start: v.start[cs.token] as number, end: clauseEnd(v, hi - 1) };
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

/** Does a closing quotation (and a comma) come right before token `anchor`? */
function quoteBefore(v: TokenView, anchor: number, lo: number): boolean {
  let b = anchor - 1;
  if (b >= lo && (v.isPunct(b, ',') || v.isPunct(b, '—'))) b--;
  return b >= lo && v.quoteClosedAt(b) !== undefined;
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
    if (q) return { start: q.start, end: q.end, region: q.start };
    if (b - 1 < lo) return null;
    const start = OPENERS.has(v.word(lo)) && lo + 1 < b ? lo + 1 : lo;
    if (b <= start) return null;
    return { start: v.start[start] as number, end: v.end[b - 1] as number, region: v.start[start] as number };
  }
  const q = v.quoteClosedAt(b);
  if (q) return { start: q.start, end: q.end, region: q.start };
  return null;
}
