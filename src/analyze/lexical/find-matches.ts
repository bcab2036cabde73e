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
  for (const e of ctx.elements) if (e.test(tokens, text, i)) return true;
  return false;
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

/** Per-document scratch state, reused across tokens so the inner loop allocates nothing. */
interface Scratch {
  /** Per rule: token index where its last match ended (matches of one rule do not overlap). */
  lastEnd: Int32Array;
  /** Per rule: best end at the current token, and the pattern that gave it. */
  bestEnd: Int32Array;
  bestPattern: (CompiledPattern | null)[];
  /** Rules with a match at the current token. */
  touched: number[];
}

function consider(
  p: CompiledPattern,
  s: Scratch,
  tokens: Tokens,
  text: string,
  i: number,
  first: number,
  limit: number,
): void {
  const r = p.rule.index;
  if ((s.lastEnd[r] as number) > i) return;
  const end = matchElements(p.elements, tokens, text, i, limit);
  if (end <= i || (s.bestEnd[r] as number) >= end) return;
  if (!contextsHold(p.rule, tokens, text, i, end, first, limit)) return;
  if (p.rule.caseSensitive && !caseAllowed(tokens, text, i, end, first)) return;
  if ((s.bestEnd[r] as number) < 0) s.touched.push(r);
  s.bestEnd[r] = end;
  s.bestPattern[r] = p;
}

/**
 * Runs compiled rules over a document, sentence by sentence. Each token is looked up once in the
 * first-word index; per rule, matches do not overlap (the longest at the leftmost start wins).
 */
export function findMatches(doc: Doc, compiled: CompiledRules, mask: Uint8Array): LexicalMatch[] {
  const { tokens, text } = doc;
  const out: LexicalMatch[] = [];
  const n = compiled.rules.length;
  const s: Scratch = {
    lastEnd: new Int32Array(n).fill(-1),
    bestEnd: new Int32Array(n).fill(-1),
    bestPattern: new Array<CompiledPattern | null>(n).fill(null),
    touched: [],
  };
  const { byFirstWord, anyFirst } = compiled;
  for (const sentence of doc.sentences) {
    const first = sentence.tokenStart;
    const limit = sentence.tokenEnd;
    for (let i = first; i < limit; i++) {
      const indexed = byFirstWord.get(tokens.lower[i] as string);
      if (indexed === undefined && anyFirst.length === 0) continue;
      if (indexed !== undefined) for (const p of indexed) consider(p, s, tokens, text, i, first, limit);
      for (const p of anyFirst) consider(p, s, tokens, text, i, first, limit);
      for (const r of s.touched) {
        const end = s.bestEnd[r] as number;
        const pattern = s.bestPattern[r] as CompiledPattern;
        s.lastEnd[r] = end;
        s.bestEnd[r] = -1;
        out.push({
          rule: pattern.rule,
          tokenStart: i,
          tokenEnd: end,
          alternative: pattern.alternative,
          inQuote: mask[i] === 1 && mask[end - 1] === 1,
        });
      }
      s.touched.length = 0;
    }
  }
  return out;
}
