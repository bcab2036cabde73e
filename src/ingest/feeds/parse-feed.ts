import { DataFormatError } from '../../errors/index.js';
import type { Feed } from './feed-types.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseXmlFeed } from './parse-xml-feed.js';

/** Whether text looks like a feed (RSS, Atom or JSON Feed) rather than a page. */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 1024)
    .replace(/^\ufeff/, '')
    .trimStart();
  if (head.startsWith('{'))
    return /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 4096));
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/** Parses an RSS 2.0, Atom or JSON feed; a DataFormatError names the source when it is none. */
export function parseFeed(text: string, source = 'feed'): Feed {
  const trimmed = text.replace(/^\ufeff/, '').trimStart();
  const feed = trimmed.startsWith('{') ? parseJsonFeed(trimmed) : parseXmlFeed(trimmed);
  if (!feed)
    throw new DataFormatError('not-a-feed', `${source} is not an RSS, Atom or JSON feed`, { source });
  return feed;
}
