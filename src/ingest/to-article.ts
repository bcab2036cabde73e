import type { ArticleMeta } from '../analyze/types.js';
import { InputError } from '../errors/index.js';
import { charsetFromContentType, decodeWebBytes } from './charset.js';
import { decodeText } from './decode-text.js';
import { looksLikeFeed } from './feeds/parse-feed.js';
import { extractArticle } from './html/extract-article.js';
import { isHtmlPath, looksLikeHtml } from './html/is-html.js';
import type { OffsetMap } from './html/offset-map.js';

/** Text plus metadata, ready to analyze or store. */
export interface ArticleInput {
  text: string;
  meta: Partial<ArticleMeta>;
  warnings: string[];
  /** Whether the text was extracted from an HTML page. */
  fromHtml: boolean;
  /** For HTML input: where ranges of `text` sit in the decoded HTML. */
  offsets?: OffsetMap;
}

/** Extracts the article from an HTML string (already decoded). */
export function articleFromHtml(html: string, url: string | null = null): ArticleInput {
  const extracted = extractArticle(html, { url });
  const meta: Partial<ArticleMeta> = {};
  for (const [k, v] of Object.entries(extracted.meta)) if (v !== null) meta[k as keyof ArticleMeta] = v;
  if (!meta.url && url) meta.url = url;
  return {
    text: extracted.text,
    meta,
    warnings: extracted.warnings,
    fromHtml: true,
    offsets: extracted.offsets,
  };
}

export interface BytesHints {
  /** Name of the input, for messages. */
  source: string;
  /** HTTP Content-Type, when the bytes came from the web. */
  contentType?: string | null;
  /** The page's URL, when known. */
  url?: string | null;
}

/**
 * Turns raw bytes into an article: HTML (by content type, extension or sniffing) is decoded with
 * its declared charset and extracted; anything else is decoded as text. Feeds are refused with a
 * pointer to `unspin add --feed`.
 */
export function articleFromBytes(bytes: Uint8Array, hints: BytesHints): ArticleInput {
  const { source } = hints;
  const type = hints.contentType?.toLowerCase() ?? '';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const stripped = head.replace(/^(?:\xef\xbb\xbf|\ufeff)/, '');
  if (/(?:rss|atom|feed\+json)/.test(type) || looksLikeFeed(stripped)) {
    throw new InputError(
      'is-feed',
      `${source} is a news feed, not an article; use "unspin add --feed ${source}"`,
      {
        source,
      },
    );
  }
  if (/^(?:application\/(?:[\w.+-]+\+)?(?:json|xml)|text\/xml)\b/.test(type) && !type.includes('xhtml')) {
    throw new InputError(
      'content-type',
      `${source} is ${type.split(';')[0]} but not an RSS, Atom or JSON feed; unspin reads web pages, plain text and feeds`,
      { source },
    );
  }
  const html =
    type.includes('html') ||
    (!type.startsWith('text/plain') && (isHtmlPath(source) || looksLikeHtml(stripped)));
  if (html) {
    const decoded = decodeWebBytes(bytes, charsetFromContentType(hints.contentType), source);
    const article = articleFromHtml(decoded.text, hints.url ?? null);
    article.warnings.unshift(...decoded.warnings);
    if (!article.text.trim())
      throw new InputError('no-article', `${source}: no article text found in the page`, { source });
    return article;
  }
  const charset = charsetFromContentType(hints.contentType);
  const decoded =
    charset && charset !== 'utf-8' ? decodeWebBytes(bytes, charset, source) : decodeText(bytes, source);
  const meta: Partial<ArticleMeta> = hints.url ? { url: hints.url } : {};
  return { text: decoded.text, meta, warnings: decoded.warnings, fromHtml: false };
}
