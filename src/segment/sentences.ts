import { abbreviations } from './abbreviations.js';
import { isSpace, isSpaceCode, isUpper } from './char-classes.js';
import type { QuoteSpan, Span } from './types.js';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set([...'0123456789"“‘\'([«']);
const DATELINE =
  /^([\p{Lu}][\p{Lu}.'’-]+(?:[ ][\p{Lu}][\p{Lu}.'’-]+)*(?:,\s*[\p{L}.]+(?:\s[\p{L}\p{N}.,]+){0,2})?\s*(?:\([^)]{1,40}\)\s*)?)(?:—|–|--|-)\s+/u;

/** Word immediately before offset `dot` (the period), lower-cased, including inner dots ("u.s"). */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.'’]/u.test(text[i] as string)) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

function nextWord(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && (isSpace(text[i]) || '"“‘\'('.includes(text[i] as string))) i++;
  let j = i;
  while (j < end && /[\p{L}]/u.test(text[j] as string)) j++;
  return text.slice(i, j);
}

function inEmbeddedQuote(quotes: readonly QuoteSpan[], offset: number, text: string): boolean {
  for (const q of quotes) {
    if (offset > q.innerStart && offset < q.innerEnd) {
      // A quote that ends with a comma or continues in lower case is embedded in a larger sentence:
      // do not split inside it. A quote that ends with a full stop may hold several sentences.
      const last = text[q.innerEnd - 1];
      if (last === ',' || q.end - q.start < 3) return true;
      const after = text.slice(q.end, q.end + 3);
      return /^\s*[\p{Ll},]/u.test(after) && last !== '.' && last !== '?' && last !== '!';
    }
  }
  return false;
}

/** Is the period at `dot` the end of a sentence, given the word before and the word after? */
function periodEnds(text: string, dot: number, next: string): boolean {
  const abbr = abbreviations();
  const before = wordBefore(text, dot);
  const bare = before.replace(/^['’]/, '');
  if (abbr.titles.has(bare)) return false;
  // Single initials: "J. Smith", "George W. Bush".
  if (/^\p{Lu}$/u.test(text.slice(dot - 1, dot)) && bare.length === 1) return false;
  const isAcronym = /^(?:\p{L}\.)+\p{L}$/u.test(bare);
  if (abbr.dates.has(bare) || abbr.other.has(bare) || isAcronym) {
    return abbr.openers.has(next.toLowerCase()) && !/^\d/.test(next);
  }
  return true;
}

/**
 * Splits one paragraph into sentence spans. Ends at . ! ? … followed by optional closing quotes or
 * brackets, whitespace and a capital, digit or opening quote. Knows abbreviations, initials,
 * acronyms and quotes that run across sentence ends.
 */
export function splitSentences(text: string, para: Span, quotes: readonly QuoteSpan[]): Span[] {
  const out: Span[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i] as string;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < para.end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < para.end && CLOSERS.has(text[j] as string)) j++;
    if (j >= para.end) break;
    if (!isSpaceCode(text.charCodeAt(j))) continue;
    let k = j;
    while (k < para.end && isSpaceCode(text.charCodeAt(k))) k++;
    const nextCh = text[k] as string;
    if (!isUpper(nextCh) && !OPENERS.has(nextCh)) continue;
    const next = nextWord(text, k, para.end);
    if (ch === '.' && j === i + 1 && !periodEnds(text, i, next)) continue;
    if (inEmbeddedQuote(quotes, i, text)) continue;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}

/** The dateline prefix of a paragraph ("WASHINGTON —", "KYIV, Ukraine (AP) —"), if any. */
export function findDateline(text: string, para: Span): Span | null {
  const m = DATELINE.exec(text.slice(para.start, Math.min(para.end, para.start + 80)));
  if (!m) return null;
  const head = (m[1] as string).trim();
  if (head.replace(/[^\p{Lu}]/gu, '').length < 3) return null;
  return { start: para.start, end: para.start + m[0].length };
}
