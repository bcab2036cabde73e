import { type Doc, type QuoteSpan, TokenKind } from '../../segment/types.js';

const OPENING = new Set(['"', '“', '‘', "'", '«', "''"]);

/** Read-only helpers over the shared token table, for one document. */
export class TokenView {
  readonly text: string;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly kind: Uint8Array;
  readonly lower: string[];
  /** Quote spans by the token index of their opening and closing marks. */
  private readonly quoteByOpen = new Map<number, QuoteSpan>();
  private readonly quoteByClose = new Map<number, QuoteSpan>();
  /** For each token, 1 when it lies inside a quotation (marks excluded). */
  readonly inQuote: Uint8Array;

  constructor(readonly doc: Doc) {
    const t = doc.tokens;
    this.text = doc.text;
    this.start = t.start;
    this.end = t.end;
    this.kind = t.kind;
    this.lower = t.lower;
    this.inQuote = new Uint8Array(t.count);
    for (const q of doc.quotes) {
      const open = doc.tokenAt(q.start);
      if (open < t.count && t.start[open] === q.start) this.quoteByOpen.set(open, q);
      let i = open + 1;
      while (i < t.count && (t.end[i] as number) <= q.innerEnd) this.inQuote[i++] = 1;
      if (!q.continues && i < t.count && t.end[i] === q.end) this.quoteByClose.set(i, q);
    }
  }

  /** Index of the first quotation (in `doc.quotes`, ordered by start) that starts at or after `offset`. */
  firstQuoteFrom(offset: number): number {
    const quotes = this.doc.quotes;
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((quotes[mid] as QuoteSpan).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Quotations that start inside [start, end). */
  *quotesIn(start: number, end: number): Generator<QuoteSpan> {
    const quotes = this.doc.quotes;
    for (let i = this.firstQuoteFrom(start); i < quotes.length; i++) {
      const q = quotes[i] as QuoteSpan;
      if (q.start >= end) return;
      yield q;
    }
  }

  word(i: number): string {
    return this.lower[i] ?? '';
  }

  isCap(i: number): boolean {
    if (this.kind[i] !== TokenKind.word) return false;
    const c = this.text.charCodeAt(this.start[i] as number);
    return (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(this.text[this.start[i] as number] ?? ''));
  }

  isPunct(i: number, ch?: string): boolean {
    return this.kind[i] === TokenKind.punct && (ch === undefined || this.lower[i] === ch);
  }

  isQuoteMark(i: number): boolean {
    return this.kind[i] === TokenKind.quote;
  }

  /** The quotation opened by the mark at token i, if any. */
  quoteOpenedAt(i: number): QuoteSpan | undefined {
    return this.quoteByOpen.get(i);
  }

  /** The quotation closed by the mark at token i, if any. */
  quoteClosedAt(i: number): QuoteSpan | undefined {
    return this.quoteByClose.get(i);
  }

  isOpeningMark(i: number): boolean {
    return this.quoteByOpen.has(i) || (this.kind[i] === TokenKind.quote && OPENING.has(this.lower[i] ?? ''));
  }

  /** Is token i the period of a title or an initial inside a name ("Mr.", "Michael J. Petrilli")? */
  isNameDot(i: number, titles: ReadonlySet<string>): boolean {
    if (!this.isPunct(i, '.') || i === 0) return false;
    const prev = this.lower[i - 1] ?? '';
    return titles.has(prev) || (prev.length === 1 && this.isCap(i - 1) && this.end[i - 1] === this.start[i]);
  }

  /** Source text of tokens [a, b). */
  slice(a: number, b: number): string {
    if (b <= a) return '';
    return this.text.slice(this.start[a], this.end[b - 1]);
  }
}
