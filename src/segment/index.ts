export { createDocument } from './create-document.js';
export type { Doc, Paragraph, Position, QuoteSpan, Sentence, SentenceKind, Span, Tokens } from './types.js';
export { TokenKind } from './types.js';
