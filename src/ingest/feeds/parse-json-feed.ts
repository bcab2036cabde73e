import { toIsoDate } from '../html/page-meta.js';
import type { Feed, FeedItem } from './feed-types.js';
import { itemId } from './item-id.js';

type Obj = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function author(item: Obj): string | null {
  const authors = Array.isArray(item.authors) ? item.authors : item.author ? [item.author] : [];
  const names = authors
    .map((a) => (a && typeof a === 'object' ? str((a as Obj).name) : null))
    .filter(Boolean);
  return names.length ? names.join(', ') : null;
}

/** Parses a JSON Feed (version 1 or 1.1); null when the JSON is not one. */
export function parseJsonFeed(json: string): Feed | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const feed = data as Obj;
  if (!String(feed.version ?? '').startsWith('https://jsonfeed.org/version/') || !Array.isArray(feed.items))
    return null;
  const items: FeedItem[] = [];
  for (const raw of feed.items.slice(0, 1000)) {
    if (!raw || typeof raw !== 'object') continue;
    const item = raw as Obj;
    const url = str(item.url) ?? str(item.external_url);
    const title = str(item.title);
    const published = toIsoDate(str(item.date_published) ?? str(item.date_modified));
    const html = str(item.content_html);
    const content = html ?? str(item.content_text) ?? str(item.summary);
    items.push({
      id: itemId(
        str(item.id) ??
          (typeof item.id === 'number' ? String(item.id) : null) ??
          url ??
          `${title}|${published}`,
      ),
      url,
      title,
      author: author(item),
      published,
      content,
      contentIsHtml: html !== null,
    });
  }
  return { format: 'json', title: str(feed.title), link: str(feed.home_page_url), items };
}
