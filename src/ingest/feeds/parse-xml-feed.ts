import { DOMParser } from 'linkedom';
import { toIsoDate } from '../html/page-meta.js';
import type { Feed, FeedItem } from './feed-types.js';
import { itemId } from './item-id.js';

const MAX_ITEMS = 1000;

function childText(el: Element, ...names: string[]): string | null {
  for (const name of names) {
    for (const child of Array.from(el.children)) {
      if (child.tagName.toLowerCase() === name) {
        const t = child.textContent?.trim();
        if (t) return t;
      }
    }
  }
  return null;
}

function child(el: Element, name: string): Element | null {
  return Array.from(el.children).find((c) => c.tagName.toLowerCase() === name) ?? null;
}

function identity(id: string | null, url: string | null, title: string | null, date: string | null): string {
  return itemId(id ?? url ?? `${title ?? ''}|${date ?? ''}`);
}

function rssItem(item: Element): FeedItem {
  const url = childText(item, 'link');
  const title = childText(item, 'title');
  const published = toIsoDate(childText(item, 'pubdate', 'dc:date', 'published'));
  const full = childText(item, 'content:encoded');
  const content = full ?? childText(item, 'description');
  return {
    id: identity(childText(item, 'guid'), url, title, published),
    url,
    title,
    author: childText(item, 'dc:creator', 'author'),
    published,
    content,
    contentIsHtml: content !== null,
  };
}

function atomLink(entry: Element): string | null {
  const links = Array.from(entry.children).filter((c) => c.tagName.toLowerCase() === 'link');
  const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alt?.getAttribute('href')?.trim() || null;
}

function atomEntry(entry: Element): FeedItem {
  const url = atomLink(entry);
  const title = childText(entry, 'title');
  const published = toIsoDate(childText(entry, 'published', 'updated'));
  const contentEl = child(entry, 'content') ?? child(entry, 'summary');
  const type = contentEl?.getAttribute('type') ?? 'text';
  const author = child(entry, 'author');
  return {
    id: identity(childText(entry, 'id'), url, title, published),
    url,
    title,
    author: author ? childText(author, 'name') : null,
    published,
    content: contentEl?.textContent?.trim() || null,
    contentIsHtml: type === 'html' || type === 'xhtml',
  };
}

/** Parses RSS 2.0 (and RSS 1.0/RDF) or Atom XML; null when the XML is neither. */
export function parseXmlFeed(xml: string): Feed | null {
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  } catch {
    return null;
  }
  const root = doc.documentElement;
  if (!root) return null;
  const tag = root.tagName.toLowerCase();
  if (tag === 'rss' || tag === 'rdf:rdf') {
    const channel = root.querySelector('channel');
    const items = Array.from(root.querySelectorAll('item')).slice(0, MAX_ITEMS);
    return {
      format: 'rss',
      title: channel ? childText(channel, 'title') : null,
      link: channel ? childText(channel, 'link') : null,
      items: items.map(rssItem),
    };
  }
  if (tag === 'feed') {
    const entries = Array.from(root.children).filter((c) => c.tagName.toLowerCase() === 'entry');
    return {
      format: 'atom',
      title: childText(root, 'title'),
      link: atomLink(root),
      items: entries.slice(0, MAX_ITEMS).map(atomEntry),
    };
  }
  return null;
}
