import { TokenKind, type Tokens } from './types.js';

// Order matters: acronyms (U.S.), clitics ('s), words, numbers, quote marks, other punctuation.
const TOKEN =
  /((?:\p{L}\.){2,}(?!\p{L}))|(['’](?:s|re|ve|ll|d|m|t)(?![\p{L}\p{N}]))|(\p{L}[\p{L}\p{M}\p{N}]*(?:[-.&][\p{L}\p{N}]+|['’](?!(?:s|re|ve|ll|d|m|t)(?![\p{L}\p{N}]))[\p{L}\p{N}]+)*)|([$€£]?\p{N}+(?:[.,:/]\p{N}+)*(?:%|st|nd|rd|th|s)?)|(["“”‘’'«»])|([^\s])/gu;

/** Tokenizes the whole text once into flat typed arrays. Sentence ids are filled in later. */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const lower: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m[0];
    let kind: number = TokenKind.symbol;
    if (m[1] || m[2] || m[3]) kind = TokenKind.word;
    else if (m[4]) kind = TokenKind.number;
    else if (m[5]) kind = TokenKind.quote;
    else if (/[\p{P}]/u.test(s)) kind = TokenKind.punct;
    starts.push(m.index);
    ends.push(m.index + s.length);
    kinds.push(kind);
    lower.push(s.toLowerCase().replace(/’/g, "'"));
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
