import type { Doc, Tokens } from '../../segment/types.js';
import type { CompiledPattern, CompiledRule, CompiledRules, Context } from './compile-rules.js';
import { matchElements } from './token-pattern.js';

export interface LexicalMatch {
  rule: CompiledRule;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  alternative: string | null;
  /** True when the match lies inside the words of a direct quote. */
  inQuote: boolean;
}

function contextHolds(ctx: Context, tokens: Tokens, text: string, i: number, inSentence: boolean): boolean {
  if (!inSentence) return ctx.boundary;
  return ctx.elements.some((e) => e.test(tokens, text, i));
}

function contextsHold(
  rule: CompiledRule,
  tokens: Tokens,
  text: string,
  start: number,
  end: number,
  first: number,
  limit: number,
): boolean {
  const hasBefore = start > first;
  const hasAfter = end < limit;
  if (rule.precededBy && !contextHolds(rule.precededBy, tokens, text, start - 1, hasBefore)) return false;
  if (rule.notPrecededBy && contextHolds(rule.notPrecededBy, tokens, text, start - 1, hasBefore))
    return false;
  if (rule.followedBy && !contextHolds(rule.followedBy, tokens, text, end, hasAfter)) return false;
  if (rule.notFollowedBy && contextHolds(rule.notFollowedBy, tokens, text, end, hasAfter)) return false;
  return true;
}

/** Lower-case spelling only, except a capital on the first word of a sentence. */
function caseAllowed(tokens: Tokens, text: string, start: number, end: number, first: number): boolean {
  for (let i = start; i < end; i++) {
    if (i === first) continue;
    const s = text.slice(tokens.start[i], tokens.end[i]);
    if (s !== s.toLowerCase()) return false;
  }
  return true;
}

/**
 * Runs compiled rules over a document, sentence by sentence. Each token is looked up once in the
 * first-word index; per rule, matches do not overlap (the longest at the leftmost start wins).
 */
export function findMatches(doc: Doc, compiled: CompiledRules, mask: Uint8Array): LexicalMatch[] {
  const { tokens, text } = doc;
  const out: LexicalMatch[] = [];
  const lastEnd = new Map<CompiledRule, number>();
  const best = new Map<CompiledRule, { end: number; pattern: CompiledPattern }>();
  for (const sentence of doc.sentences) {
    const first = sentence.tokenStart;
    const limit = sentence.tokenEnd;
    for (let i = first; i < limit; i++) {
      const indexed = compiled.byFirstWord.get(tokens.lower[i] as string);
      if (!indexed && compiled.anyFirst.length === 0) continue;
      best.clear();
      const consider = (p: CompiledPattern) => {
        if ((lastEnd.get(p.rule) ?? -1) > i) return;
        const end = matchElements(p.elements, tokens, text, i, limit);
        if (end <= i) return;
        const prev = best.get(p.rule);
        if (prev && prev.end >= end) return;
        if (!contextsHold(p.rule, tokens, text, i, end, first, limit)) return;
        if (p.rule.caseSensitive && !caseAllowed(tokens, text, i, end, first)) return;
        best.set(p.rule, { end, pattern: p });
      };
      if (indexed) for (const p of indexed) consider(p);
      for (const p of compiled.anyFirst) consider(p);
      for (const [rule, { end, pattern }] of best) {
        lastEnd.set(rule, end);
        out.push({
          rule,
          tokenStart: i,
          tokenEnd: end,
          alternative: pattern.alternative,
          inQuote: mask[i] === 1 && mask[end - 1] === 1,
        });
      }
    }
  }
  return out;
}
