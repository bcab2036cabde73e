import type { ArticleMeta } from '../../analyze/types.js';

/** What a batch item carries: text or HTML (JSONL/CSV/feeds), a WARC payload, a file, or a URL. */
export type BatchPayload =
  | { kind: 'text'; text: string }
  | { kind: 'html'; html: string }
  | { kind: 'bytes'; bytes: Uint8Array; contentType: string }
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string };

/** One article to ingest, with where it came from (`file`, `file:line`, `file#record`, a URL). */
export interface BatchItem {
  location: string;
  payload: BatchPayload;
  meta: Partial<ArticleMeta>;
}

/** A record that could not be read; the batch reports it with its location and goes on. */
export interface BatchReadError {
  location: string;
  reason: string;
  message: string;
}

export type BatchEntry = BatchItem | BatchReadError;

export function isReadError(entry: BatchEntry): entry is BatchReadError {
  return 'reason' in entry;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * Builds an item from a loose record (a JSONL object or a CSV row): the body from `text`, `html`,
 * `body`, `content` or `article`; metadata from the usual column names.
 */
export function itemFromRecord(record: Record<string, unknown>, location: string): BatchEntry {
  const html = str(record.html);
  const text = str(record.text) ?? str(record.body) ?? str(record.content) ?? str(record.article);
  if (!html && !text)
    return { location, reason: 'no-text', message: `${location}: the record has no "text" or "html" field` };
  const meta: Partial<ArticleMeta> = {};
  const title = str(record.title) ?? str(record.headline);
  const url = str(record.url) ?? str(record.link);
  const published = str(record.published) ?? str(record.date) ?? str(record.datePublished);
  const outlet = str(record.outlet) ?? str(record.source) ?? str(record.site);
  const byline = str(record.byline) ?? str(record.author);
  const language = str(record.language) ?? str(record.lang);
  if (title) meta.title = title;
  if (url) meta.url = url;
  if (published) meta.published = published;
  if (outlet) meta.outlet = outlet;
  if (byline) meta.byline = byline;
  if (language) meta.language = language;
  const payload: BatchPayload = html ? { kind: 'html', html } : { kind: 'text', text: text as string };
  return { location, payload, meta };
}
