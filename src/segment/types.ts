/** A half-open character range [start, end) in the original input. */
export interface Span {
  start: number;
  end: number;
}

export type ParagraphKind = 'headline' | 'byline' | 'body' | 'list-item';
export type SentenceKind = ParagraphKind | 'dateline';

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  /** Sentence index range [sentenceStart, sentenceEnd). */
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  kind: SentenceKind;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

/** A quoted passage, marks included in [start, end); the words inside in [innerStart, innerEnd). */
export interface QuoteSpan extends Span {
  innerStart: number;
  innerEnd: number;
  mark: 'double' | 'single';
  /** True when the quote runs on into the next paragraph (news style, no closing mark). */
  continues: boolean;
}

export const TokenKind = {
  word: 1,
  number: 2,
  punct: 3,
  quote: 4,
  symbol: 5,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Flat token table shared by every analyzer (wink-nlp style). */
export interface Tokens {
  count: number;
  start: Uint32Array;
  end: Uint32Array;
  kind: Uint8Array;
  sentence: Uint32Array;
  /** Lower-cased token text, with curly apostrophes folded to `'`. */
  lower: string[];
}

export interface Position {
  line: number;
  column: number;
}

export interface Doc {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: Tokens;
  readonly quotes: readonly QuoteSpan[];
  /** The dateline at the start of the body ("WASHINGTON —"), if any. */
  readonly dateline: Span | null;
  /** 1-based line and column for any offset. */
  position(offset: number): Position;
  /** Index of the sentence that contains `offset`, or the nearest one before it. */
  sentenceAt(offset: number): number;
  /** Index of the first token whose end is after `offset`. */
  tokenAt(offset: number): number;
}
