import { TokenKind, type Tokens } from '../../segment/types.js';
import { phraseTokens } from '../shared/phrase-matcher.js';

/** Tests one token. `text` is the document text (for case checks). */
export type TokenTest = (tokens: Tokens, text: string, i: number) => boolean;

export interface PatternElement {
  test: TokenTest;
  optional: boolean;
  /** The literal words this element can match, or null when it also matches by kind (`<punct>`, `_`). */
  words: ReadonlySet<string> | null;
}

const isUpper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}/u.test(ch);

/** Built-in classes usable in any pattern. `<start>` and `<end>` only make sense in context lists. */
const BUILTIN: Record<string, TokenTest> = {
  word: (t, _x, i) => t.kind[i] === TokenKind.word,
  punct: (t, _x, i) => t.kind[i] === TokenKind.punct || t.kind[i] === TokenKind.quote,
  number: (t, _x, i) => t.kind[i] === TokenKind.number,
  cap: (t, x, i) => t.kind[i] === TokenKind.word && isUpper(x[t.start[i] as number]),
};

export class PatternSyntaxError extends Error {}

/**
 * Parses one pattern element: `word`, `a|b|c`, `(a|b)`, `<class>`, `<punct>`, `_` (any word),
 * `!a|b` (any word but these), each optionally followed by `?`.
 */
export function parseElement(
  source: string,
  classes: ReadonlyMap<string, ReadonlySet<string>>,
): PatternElement {
  let body = source.trim();
  let optional = false;
  if (body.length > 1 && body.endsWith('?')) {
    optional = true;
    body = body.slice(0, -1);
  }
  if (body.startsWith('(') && body.endsWith(')')) body = body.slice(1, -1);
  if (!body) throw new PatternSyntaxError(`empty pattern element in "${source}"`);
  const negated = body.startsWith('!');
  if (negated) body = body.slice(1);
  const words = new Set<string>();
  const kinds: TokenTest[] = [];
  for (const alt of body.split('|')) {
    const name = /^<([a-z][a-z0-9-]*)>$/.exec(alt)?.[1];
    if (name) {
      const cls = classes.get(name);
      const builtin = BUILTIN[name];
      if (cls) for (const w of cls) words.add(w);
      else if (builtin) kinds.push(builtin);
      else throw new PatternSyntaxError(`unknown class <${name}> in "${source}"`);
    } else if (alt === '_') kinds.push(BUILTIN.word as TokenTest);
    else {
      const toks = phraseTokens(alt);
      if (toks.length !== 1) throw new PatternSyntaxError(`"${alt}" in "${source}" is not one token`);
      words.add(toks[0] as string);
    }
  }
  if (negated) {
    if (kinds.length > 0) throw new PatternSyntaxError(`"${source}": a negated element takes words only`);
    const isWord = BUILTIN.word as TokenTest;
    return { test: (t, x, i) => isWord(t, x, i) && !words.has(t.lower[i] as string), optional, words: null };
  }
  const test: TokenTest =
    kinds.length === 0
      ? (t, _x, i) => words.has(t.lower[i] as string)
      : (t, x, i) => words.has(t.lower[i] as string) || kinds.some((k) => k(t, x, i));
  return { test, optional, words: kinds.length === 0 ? words : null };
}

/** Splits a pattern on spaces outside parentheses and parses each element. */
export function parsePattern(
  source: string,
  classes: ReadonlyMap<string, ReadonlySet<string>>,
): PatternElement[] {
  const parts = source.trim().split(/\s+(?![^(]*\))/);
  const elements = parts.filter(Boolean).map((p) => parseElement(p, classes));
  if (elements.length === 0 || elements.every((e) => e.optional)) {
    throw new PatternSyntaxError(`pattern "${source}" must have a required element`);
  }
  return elements;
}

/**
 * Longest match of `elements` starting at token `i`, not past `limit`.
 * Returns the end token index (exclusive), or -1. Patterns are short, so plain backtracking is fine.
 */
export function matchElements(
  elements: readonly PatternElement[],
  tokens: Tokens,
  text: string,
  i: number,
  limit: number,
  k = 0,
): number {
  if (k === elements.length) return i;
  const el = elements[k] as PatternElement;
  let best = -1;
  if (i < limit && el.test(tokens, text, i))
    best = matchElements(elements, tokens, text, i + 1, limit, k + 1);
  if (el.optional) best = Math.max(best, matchElements(elements, tokens, text, i, limit, k + 1));
  return best;
}
