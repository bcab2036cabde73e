import { DIGIT, LETTER, MARK } from './char-classes.js';
import { TokenKind, type Tokens } from './types.js';

const L = `[${LETTER}]`;
const W = `[${LETTER}${MARK}${DIGIT}]`;
const CLITIC = `(?:s|re|ve|ll|d|m|t)(?!${W})`;
// Order matters: acronyms (U.S.), clitics ('s), words, numbers, quote marks (two apostrophes '' are one
// double mark, as in some wire copy), other characters.
const TOKEN = new RegExp(
  [
    `((?:${L}\\.){2,}(?!${L}))`,
    `(['’]${CLITIC})`,
    `(${L}${W}*(?:[-.&]${W}+|['’](?!${CLITIC})${W}+)*)`,
    `([$€£]?[${DIGIT}]+(?:[.,:/][${DIGIT}]+)*(?:%|st|nd|rd|th|s)?)`,
    `(''|["“”‘’'«»])`,
    '(\\S)',
  ].join('|'),
  'g',
);
const PUNCT = new Set([...'.,;:!?…-–—()[]{}/\\|@#*&%_~^`<>+=']);

/** Tokenizes the whole text once into flat typed arrays. Sentence ids are filled in later. */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const lower: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m[0];
    let kind: number = TokenKind.word;
    if (m[4] !== undefined) kind = TokenKind.number;
    else if (m[5] !== undefined) kind = TokenKind.quote;
    else if (m[6] !== undefined) kind = PUNCT.has(s) ? TokenKind.punct : TokenKind.symbol;
    starts.push(m.index);
    ends.push(m.index + s.length);
    kinds.push(kind);
    const low = s.toLowerCase();
    lower.push(low.includes('’') ? low.replace(/’/g, "'") : low);
  }
  return {
    count: starts.length,
    start: Uint32Array.from(starts),
    end: Uint32Array.from(ends),
    kind: Uint8Array.from(kinds),
    sentence: new Uint32Array(starts.length),
    lower,
  };
}
