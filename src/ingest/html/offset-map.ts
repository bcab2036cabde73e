import type { HtmlTextIndex } from './html-text-index.js';

/**
 * Maps ranges of the extracted article text back to the (decoded) HTML source. Each segment says
 * that `length` characters from `textStart` come from the HTML at `htmlStart` onwards, one to one.
 * Text that could not be found in the page (e.g. a JSON-LD body, a title from a meta tag) has no
 * segment.
 */
export interface OffsetSegment {
  textStart: number;
  htmlStart: number;
  length: number;
}

export type OffsetMap = OffsetSegment[];

/** The HTML offset of an extracted-text offset, or null when that text has no known source. */
export function htmlOffsetOf(map: OffsetMap, textOffset: number): number | null {
  let lo = 0;
  let hi = map.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = map[mid] as OffsetSegment;
    if (textOffset < s.textStart) hi = mid - 1;
    else if (textOffset >= s.textStart + s.length) lo = mid + 1;
    else return s.htmlStart + (textOffset - s.textStart);
  }
  return null;
}

/**
 * Aligns each paragraph (at its offset in the extracted text) with the page's visible text,
 * searching forward from the previous match so repeated sentences map to the right place.
 */
export function buildOffsetMap(
  index: HtmlTextIndex,
  paragraphs: { text: string; start: number }[],
): OffsetMap {
  const map: OffsetMap = [];
  let cursor = 0;
  for (const p of paragraphs) {
    const probe = p.text.slice(0, 48);
    if (!probe) continue;
    let at = index.text.indexOf(probe, cursor);
    if (at < 0) at = index.text.indexOf(probe);
    if (at < 0) continue;
    let seg: OffsetSegment | null = null;
    let j = 0;
    for (; j < p.text.length && at + j < index.text.length; j++) {
      if (p.text[j] !== index.text[at + j]) break;
      const h = index.offsets[at + j] as number;
      if (seg && seg.htmlStart + seg.length === h) seg.length++;
      else {
        seg = { textStart: p.start + j, htmlStart: h, length: 1 };
        map.push(seg);
      }
    }
    cursor = at + j;
  }
  return map;
}
