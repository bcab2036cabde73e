import type { ArticleMeta } from '../analyze/types.js';
import type { Doc } from '../segment/types.js';

/** Takes title and byline from the document's headline and byline lines when metadata lacks them. */
export function fillMetaFromDocument(meta: ArticleMeta, doc: Doc): void {
  for (const s of doc.sentences) {
    if (s.paragraph > 3) break;
    const text = doc.text.slice(s.start, s.end).trim();
    if (s.kind === 'headline' && !meta.title) meta.title = text;
    if (s.kind === 'byline' && !meta.byline) meta.byline = text.replace(/^(?:by|from)\s+/i, '');
  }
}
