/** What a fetched body is, from its Content-Type; null for types unspin refuses. */
export type ContentKind = 'html' | 'text' | 'feed' | 'json';

const KINDS: Record<string, ContentKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/feed+json': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/json': 'json',
};

/** The media type without parameters, lower case (`text/html`), or null when absent. */
export function mediaType(contentType: string | null | undefined): string | null {
  const t = contentType?.split(';')[0]?.trim().toLowerCase();
  return t || null;
}

/** The kind of an accepted content type, or null when the type is not one unspin reads. */
export function contentKind(contentType: string | null | undefined): ContentKind | null {
  const t = mediaType(contentType);
  if (!t) return 'html';
  return KINDS[t] ?? null;
}
