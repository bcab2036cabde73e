import { type Doc, TokenKind } from '../../segment/types.js';
import type { TimePattern, TimeRules } from './time-rules.js';

/** One pattern match, before overlaps are settled and the date is resolved. */
export interface TimeMatch {
  pattern: TimePattern;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/** Every pattern match in `text` between `from` and `to`; overlaps are settled later. */
function findTimeMatchs(text: string, from: number, to: number, rules: TimeRules, out: TimeMatch[]): void {
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
function extendBack(text: string, c: TimeMatch, prefix: RegExp): void {
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
export function findMatches(doc: Doc, rules: TimeRules): TimeMatch[] {
  const out: TimeMatch[] = [];
  const { sentences } = doc;
  const triggered = sentences.map((_, i) => hasTrigger(doc, i, rules));
  for (let i = 0; i < sentences.length; i++) {
    if (!triggered[i]) continue;
    let j = i;
    while (j + 1 < sentences.length && triggered[j + 1]) j++;
    findTimeMatchs(doc.text, sentences[i]!.start, sentences[j]!.end, rules, out);
    i = j;
  }
  return out;
}
