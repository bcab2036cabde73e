import type { BatchItem } from '../batch/batch-item.js';
import { charsetFromContentType, decodeWebBytes } from '../charset.js';
import { type FetchOptions, fetchUrl } from '../fetch/fetch-url.js';
import { isUrl, readSource } from '../load-article.js';
import type { FeedState } from './feed-state.js';
import type { Feed, FeedItem } from './feed-types.js';
import { parseFeed } from './parse-feed.js';

/** Feed content at least this long (characters of HTML) is taken as the full article; shorter means fetch the page. */
export const FULL_CONTENT_CHARS = 1500;

/** Reads a feed from a URL (conditional request when a cache is given) or a file. */
export async function loadFeed(source: string, fetch: FetchOptions = {}): Promise<Feed> {
  if (isUrl(source)) {
    const r = await fetchUrl(source, fetch);
    const { text } = decodeWebBytes(r.body, charsetFromContentType(r.contentType), source);
    return parseFeed(text, source);
  }
  const bytes = await readSource(source);
  const { text } = decodeWebBytes(bytes, null, source);
  return parseFeed(text, source);
}

/** Where a feed item is reported from: `feed#item-id`. */
export function feedItemLocation(feed: string, item: FeedItem): string {
  return `${feed}#${item.id}`;
}

/**
 * The feed's items not yet seen, as batch items: the item's own content when it carries the full
 * article, else its link (fetched like any URL), else whatever content it has.
 */
export function feedBatchItems(
  source: string,
  feed: Feed,
  state: FeedState,
): { item: BatchItem; id: string }[] {
  const out: { item: BatchItem; id: string }[] = [];
  for (const entry of feed.items) {
    if (state.isSeen(source, entry.id)) continue;
    const meta: BatchItem['meta'] = {};
    if (entry.title) meta.title = entry.title;
    if (entry.url) meta.url = entry.url;
    if (entry.published) meta.published = entry.published;
    if (entry.author) meta.byline = entry.author;
    if (feed.title) meta.outlet = feed.title;
    const location = feedItemLocation(source, entry);
    const content = entry.content ?? '';
    const full = content.length >= FULL_CONTENT_CHARS;
    let payload: BatchItem['payload'] | null = null;
    if (full || !entry.url || !/^https?:/i.test(entry.url)) {
      if (content)
        payload = entry.contentIsHtml ? { kind: 'html', html: content } : { kind: 'text', text: content };
    } else payload = { kind: 'url', url: entry.url };
    if (!payload) continue;
    if (payload.kind === 'html' && entry.title)
      payload = { kind: 'html', html: `<title>${escapeHtml(entry.title)}</title>${content}` };
    out.push({ item: { location, payload, meta }, id: entry.id });
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
