import { isSpaceCode } from './char-classes.js';
import type { ParagraphKind, Span } from './types.js';

export interface RawParagraph extends Span {
  kind: ParagraphKind;
}

const BULLET = /^(?:[-*•·–]\s+|\(?\d{1,2}[.)]\s+)/;
const BYLINE =
  /^(?:by|from)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}(?:\s*(?:,|and|&)\s*.*)?$/iu;
const TERMINAL = /[.!?…:;"”’')\]]\s*$/;

/** Lines of the text as spans without their line terminators. */
function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      out.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return out;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * Splits text into paragraphs. Blank lines always separate paragraphs; a single line break
 * separates them too unless the line before stops mid-sentence and the next starts in lower case
 * (hard-wrapped text). Bullets become list items; a short first line without a full stop is the
 * headline; "By ..." lines near the top are bylines.
 */
export function splitParagraphs(text: string): RawParagraph[] {
  const result: RawParagraph[] = [];
  let current: Span | null = null;
  let currentIsList = false;
  const flush = () => {
    if (current) {
      const t = trimSpan(text, current);
      if (t.end > t.start) result.push({ ...t, kind: currentIsList ? 'list-item' : 'body' });
    }
    current = null;
    currentIsList = false;
  };
  for (const line of lines(text)) {
    const t = trimSpan(text, line);
    if (t.end === t.start) {
      flush();
      continue;
    }
    const content = text.slice(t.start, t.end);
    const isBullet = BULLET.test(content);
    if (current && !isBullet && !currentIsList) {
      const prev = text.slice((current as Span).start, (current as Span).end);
      const wrapped = !TERMINAL.test(prev) && /^[\p{Ll}(]/u.test(content);
      if (wrapped) {
        (current as Span).end = t.end;
        continue;
      }
    }
    flush();
    current = { start: t.start, end: t.end };
    currentIsList = isBullet;
  }
  flush();
  classifyTop(text, result);
  return result;
}

function classifyTop(text: string, paragraphs: RawParagraph[]): void {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return;
  const firstText = text.slice(first.start, first.end);
  if (wordCount(firstText) <= 20 && !/[.!?]["”’']?$/.test(firstText) && first.kind === 'body') {
    first.kind = 'headline';
  }
  for (let i = 0; i < Math.min(4, paragraphs.length); i++) {
    const p = paragraphs[i] as RawParagraph;
    const s = text.slice(p.start, p.end);
    if (p.kind === 'body' && wordCount(s) <= 12 && BYLINE.test(s)) p.kind = 'byline';
  }
}
