/** One entry of an RSS, Atom or JSON feed. */
export interface FeedItem {
  /** Stable identity: guid / id, else the link, else title + date. */
  id: string;
  url: string | null;
  title: string | null;
  author: string | null;
  /** ISO 8601 when the feed gives a readable date. */
  published: string | null;
  /** The item's full HTML content when the feed carries it, else its summary HTML or text. */
  content: string | null;
  /** Whether `content` is HTML (RSS description, Atom html, JSON content_html) or plain text. */
  contentIsHtml: boolean;
}

export interface Feed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
}
