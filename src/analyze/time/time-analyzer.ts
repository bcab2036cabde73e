import { type Doc, TokenKind } from '../../segment/types.js';
import type { Analysis, Analyzer, TimeExpression } from '../types.js';
import { parseYmd } from './calendar.js';
import { absoluteResolvers } from './resolve-absolute.js';
import type { ResolveContext, Resolver } from './resolve-context.js';
import { monthResolvers } from './resolve-months.js';
import { relativeResolvers } from './resolve-relative.js';
import { loadTimeRules, type TimePattern, type TimeRules } from './time-rules.js';

const RESOLVERS: Record<string, Resolver> = { ...absoluteResolvers, ...monthResolvers, ...relativeResolvers };

interface Candidate {
  pattern: TimePattern;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

const isWordChar = (c: string | undefined) =>
  c !== undefined && (c === "'" || c.toLowerCase() !== c.toUpperCase());
const isAlnum = (c: string | undefined) => c !== undefined && (isWordChar(c) || (c >= '0' && c <= '9'));

/** The word just before `at` (skipping up to two spaces or marks), lower case, or "". */
function wordBefore(text: string, at: number): string {
  let i = at;
  for (let skip = 0; skip < 2 && i > 0 && !isAlnum(text[i - 1]); skip++) i--;
  const end = i;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return text.slice(i, end).toLowerCase();
}

/** The word just after `at` (skipping up to two spaces or marks), lower case, or "". */
function wordAfter(text: string, at: number): string {
  let i = at;
  for (let skip = 0; skip < 2 && i < text.length && !isAlnum(text[i]); skip++) i++;
  const start = i;
  while (i < text.length && isWordChar(text[i])) i++;
  return text.slice(start, i).toLowerCase();
}

/** Every pattern match in `text` between `from` and `to`; overlaps are settled later. */
function findCandidates(text: string, from: number, to: number, rules: TimeRules, out: Candidate[]): void {
  const chunk = text.slice(from, to);
  for (const pattern of rules.patterns) {
    const { regex } = pattern;
    regex.lastIndex = 0;
    for (let m = regex.exec(chunk); m !== null; m = regex.exec(chunk)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const candidate = {
        pattern,
        start: from + m.index,
        end: from + m.index + m[0].length,
        groups: { ...m.groups },
      };
      if (pattern.prefix) extendBack(text, candidate, pattern.prefix);
      out.push(candidate);
    }
  }
}

/** Takes a count written right before a match into it: "a decade" + "ago". */
function extendBack(text: string, c: Candidate, prefix: RegExp): void {
  const m = prefix.exec(text.slice(Math.max(0, c.start - 24), c.start));
  if (!m?.groups?.num) return;
  c.start -= m.groups.num.length + 1;
  c.groups.num = m.groups.num;
}

const YEARISH = /(?:1[89]|20)\d\d|\d0s$/;

/** A trigger word, also after a hyphen ("mid-March"). */
function isTrigger(word: string, rules: TimeRules): boolean {
  if (rules.triggers.has(word)) return true;
  const dash = word.lastIndexOf('-');
  return dash >= 0 && rules.triggers.has(word.slice(dash + 1));
}

/** Whether a sentence holds a word or number that can be part of a time expression. */
function hasTrigger(doc: Doc, index: number, rules: TimeRules): boolean {
  const s = doc.sentences[index]!;
  const { kind, lower } = doc.tokens;
  const stop = s.tokenEnd;
  for (let t = s.tokenStart; t < stop; t++) {
    const w = lower[t]!;
    if (kind[t] === TokenKind.number ? YEARISH.test(w) : isTrigger(w, rules)) return true;
  }
  return false;
}

/** Matches in the runs of sentences that hold a trigger word; the rest of the text is never scanned. */
function findAll(doc: Doc, rules: TimeRules): Candidate[] {
  const out: Candidate[] = [];
  const { sentences } = doc;
  for (let i = 0; i < sentences.length; i++) {
    if (!hasTrigger(doc, i, rules)) continue;
    let j = i;
    while (j + 1 < sentences.length && hasTrigger(doc, j + 1, rules)) j++;
    findCandidates(doc.text, sentences[i]!.start, sentences[j]!.end, rules, out);
    i = j;
  }
  return out;
}

/**
 * Whether an expression starting at `offset` in sentence `index` points forward in time: a future cue in the
 * few words before it ("would vote on Friday"), else none of the past markers in the sentence and a future
 * cue somewhere in it. Sentence-wide facts are computed once per sentence.
 */
function forwardTest(doc: Doc, rules: TimeRules): (index: number, offset: number) => boolean {
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

/** Orders the timeline: dated expressions by date (then position), then undated ones by position. */
export function compareTimeline(a: TimeExpression, b: TimeExpression): number {
  if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start;
  if (a.date) return -1;
  if (b.date) return 1;
  return a.start - b.start;
}

/**
 * Finds explicit and relative time expressions ("February 2022", "last week", "a decade ago",
 * "February or March") and normalizes them against the publication date when it is known.
 */
export function createTimeAnalyzer(): Analyzer {
  const rules = loadTimeRules();
  return {
    name: 'time',
    run(analysis: Analysis) {
      const { doc } = analysis;
      const text = doc.text;
      const pub = parseYmd(analysis.meta.published);
      const isForward = forwardTest(doc, rules);
      const candidates = findAll(doc, rules);
      // Longest first, then the pattern listed first; a span once taken is not reused.
      candidates.sort(
        (a, b) => b.end - b.start - (a.end - a.start) || a.pattern.priority - b.pattern.priority,
      );
      const taken = new Uint8Array(text.length);
      const isFree = (start: number, end: number) => {
        for (let i = start; i < end; i++) if (taken[i]) return false;
        return true;
      };
      const found: TimeExpression[] = [];
      for (const c of candidates) {
        if (!isFree(c.start, c.end)) continue;
        const sentence = doc.sentenceAt(c.start);
        const ctx: ResolveContext = {
          groups: c.groups,
          text: text.slice(c.start, c.end),
          pub,
          rules,
          forward: () => isForward(sentence, c.start),
          wordBefore: wordBefore(text, c.start),
          wordAfter: wordAfter(text, c.end),
        };
        const resolved = RESOLVERS[c.pattern.resolve]?.(ctx);
        if (!resolved) continue;
        taken.fill(1, c.start, c.end);
        found.push({ text: ctx.text, start: c.start, end: c.end, sentence, ...resolved });
      }
      found.sort(compareTimeline);
      analysis.timeline.push(...found);
    },
  };
}
