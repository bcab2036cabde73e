import type { Doc } from '../../segment/types.js';
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

const WORD_BEFORE = /([\p{L}']+)[^\p{L}\p{N}]{0,2}$/u;
const WORD_AFTER = /^[^\p{L}\p{N}]{0,2}([\p{L}']+)/u;

/** Every pattern match in the text; overlaps are settled later. */
function findCandidates(text: string, rules: TimeRules): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of rules.patterns) {
    const { regex } = pattern;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      out.push({ pattern, start: m.index, end: m.index + m[0].length, groups: { ...m.groups } });
    }
  }
  return out;
}

/** Whether sentence `index` points forward in time, computed once per sentence. */
function forwardTest(doc: Doc, rules: TimeRules): (index: number) => boolean {
  const memo = new Map<number, boolean>();
  return (index) => {
    let hit = memo.get(index);
    if (hit === undefined) {
      hit = false;
      const s = doc.sentences[index];
      if (s)
        for (let t = s.tokenStart; t < s.tokenEnd && !hit; t++)
          hit = rules.futureCues.has(doc.tokens.lower[t] as string);
      memo.set(index, hit);
    }
    return hit;
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
      const candidates = findCandidates(text, rules);
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
          forward: () => isForward(sentence),
          wordBefore: (
            WORD_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start))?.[1] ?? ''
          ).toLowerCase(),
          wordAfter: (WORD_AFTER.exec(text.slice(c.end, c.end + 24))?.[1] ?? '').toLowerCase(),
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
