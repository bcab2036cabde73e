import { floorIndex, lineStarts, positionOf } from './line-index.js';
import { splitParagraphs } from './paragraphs.js';
import { findQuotes } from './quotes.js';
import { findDateline, splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import type { Doc, Paragraph, QuoteSpan, Sentence, Span } from './types.js';

/** Segments text into paragraphs, sentences, quotes and tokens, all as spans into `text`. */
export function createDocument(text: string): Doc {
  const tokens = tokenize(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const quotes: QuoteSpan[] = [];
  let dateline: Span | null = null;
  let tokenCursor = 0;
  const raw = splitParagraphs(text);
  for (let p = 0; p < raw.length; p++) {
    const para = raw[p]!;
    const paraQuotes = findQuotes(text, para);
    quotes.push(...paraQuotes);
    const sentenceStart = sentences.length;
    let paraDateline: Span | null = null;
    if (!dateline && para.kind === 'body' && p < 4) {
      paraDateline = findDateline(text, para);
      dateline = paraDateline;
    }
    for (const span of splitSentences(text, para, paraQuotes)) {
      while (tokenCursor < tokens.count && tokens.start[tokenCursor]! < span.start) tokenCursor++;
      const tokenStart = tokenCursor;
      while (tokenCursor < tokens.count && tokens.start[tokenCursor]! < span.end) {
        tokens.sentence[tokenCursor] = sentences.length;
        tokenCursor++;
      }
      const isDatelineSentence = paraDateline !== null && span.start === para.start;
      sentences.push({
        ...span,
        index: sentences.length,
        paragraph: p,
        kind: isDatelineSentence ? 'dateline' : para.kind,
        tokenStart,
        tokenEnd: tokenCursor,
      });
    }
    paragraphs.push({ ...para, index: p, sentenceStart, sentenceEnd: sentences.length });
  }
  const lines = lineStarts(text);
  const sentenceStarts = Uint32Array.from(sentences.map((s) => s.start));
  return {
    text,
    paragraphs,
    sentences,
    tokens,
    quotes,
    dateline,
    position: (offset) => positionOf(lines, offset),
    sentenceAt: (offset) => Math.max(0, floorIndex(sentenceStarts, offset)),
    tokenAt: (offset) => {
      let lo = 0;
      let hi = tokens.count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens.end[mid]! <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
