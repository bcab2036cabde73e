import { isAlnum as isLetterOrDigit, isSpace } from './char-classes.js';
import type { QuoteSpan, Span } from './types.js';

const OPEN_CONTEXT = /[\s([{\-—–:;,/]/;

/** Can a quote mark at i open a quotation? Needs space/punctuation before and a non-space after. */
function canOpen(text: string, i: number, floor: number, width = 1): boolean {
  const before = i > floor ? text[i - 1] : undefined;
  const after = text[i + width];
  return (before === undefined || OPEN_CONTEXT.test(before)) && !isSpace(after);
}

/** Can a quote mark at i close a quotation? Needs a non-space before and no letter right after. */
function canClose(text: string, i: number, width = 1): boolean {
  return !isSpace(text[i - 1]) && !isLetterOrDigit(text[i + width]);
}

/**
 * Finds quotations in one paragraph: curly “…” and ‘…’, straight "…" and '…', and ''…'' (two
 * apostrophes for a double mark). Apostrophes inside
 * words (Putin’s, don't) never open or close a quote. A double quote left open at the end of the
 * paragraph runs to its end and is marked `continues` (multi-paragraph quotes).
 */
export function findQuotes(text: string, para: Span): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open: { at: number; mark: 'double' | 'single'; ch: string; width: number } | null = null;
  for (let i = para.start; i < para.end; i++) {
    // Two straight apostrophes ('') are one double quote mark, as in some wire and newspaper copy.
    const pair = text.charCodeAt(i) === 39 && text.charCodeAt(i + 1) === 39;
    const ch = pair ? '"' : (text[i] as string);
    const width = pair ? 2 : 1;
    if (
      ch !== '"' &&
      ch !== '“' &&
      ch !== '”' &&
      ch !== '‘' &&
      ch !== '’' &&
      ch !== "'" &&
      ch !== '«' &&
      ch !== '»'
    )
      continue;
    const isDouble = ch === '"' || ch === '“' || ch === '”' || ch === '«' || ch === '»';
    if (open) {
      const matches =
        open.mark === (isDouble ? 'double' : 'single') &&
        (ch === '”' || ch === '"' || ch === '’' || ch === "'" || ch === '»') &&
        canClose(text, i, width);
      if (matches) {
        quotes.push({
          start: open.at,
          end: i + width,
          innerStart: open.at + open.width,
          innerEnd: i,
          mark: open.mark,
          continues: false,
        });
        open = null;
        i += width - 1;
        continue;
      }
      // A double quote mark that cannot close may open a new quote when the open one is single.
      if (
        open.mark === 'single' &&
        isDouble &&
        (ch === '“' || ch === '"') &&
        canOpen(text, i, para.start, width)
      ) {
        open = { at: i, mark: 'double', ch, width };
      }
      i += width - 1;
      continue;
    }
    if (
      (ch === '“' || ch === '"' || ch === '‘' || ch === "'" || ch === '«') &&
      canOpen(text, i, para.start, width)
    ) {
      open = { at: i, mark: isDouble ? 'double' : 'single', ch, width };
    }
    i += width - 1;
  }
  if (open && open.mark === 'double') {
    quotes.push({
      start: open.at,
      end: para.end,
      innerStart: open.at + open.width,
      innerEnd: para.end,
      mark: 'double',
      continues: true,
    });
  }
  return quotes;
}
