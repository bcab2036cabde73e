import type { Analysis, Analyzer, TimeExpression } from '../types.js';
import { parseYmd } from './calendar.js';
import { findMatches } from './find-matches.js';
import { wordAfter, wordBefore } from './neighbor-words.js';
import { absoluteResolvers } from './resolve-absolute.js';
import type { ResolveContext, Resolver } from './resolve-context.js';
import { monthResolvers } from './resolve-months.js';
import { relativeResolvers } from './resolve-relative.js';
import { forwardTest } from './tense.js';
import { loadTimeRules } from './time-rules.js';

const RESOLVERS: Record<string, Resolver> = { ...absoluteResolvers, ...monthResolvers, ...relativeResolvers };

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
      const candidates = findMatches(doc, rules);
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
