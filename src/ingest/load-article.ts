import { readFile, stat } from 'node:fs/promises';
import type { ArticleMeta } from '../analyze/types.js';
import { InputError, NotFoundError } from '../errors/index.js';
import { decodeText } from './decode-text.js';
import type { FetchOptions } from './fetch/fetch-url.js';
import { isHtmlPath } from './html/is-html.js';
import type { OffsetMap } from './html/offset-map.js';
import type { ArticleInput } from './to-article.js';

/** Documented cap on an input file or download: 10 MB. Text itself is capped at MAX_TEXT_CHARS. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface LoadedArticle {
  /** The article text to analyze (extracted from HTML when the input was a page). */
  text: string;
  meta: Partial<ArticleMeta>;
  warnings: string[];
  /** Where it came from: a path, a URL or `-`. */
  source: string;
  /** For HTML input: where ranges of `text` sit in the decoded HTML page. */
  offsets?: OffsetMap;
}

export interface LoadOptions {
  maxBytes?: number;
  readStdin?: () => Promise<Uint8Array>;
  /** Allow URLs that resolve to loopback, private, link-local or metadata addresses. */
  allowPrivate?: boolean;
  /** Limits, resolver and cache for URL inputs. */
  fetch?: FetchOptions;
}

/** Whether an input names a web address rather than a file. */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Reads raw bytes from a path or `-` (stdin), refusing inputs over the size cap before reading. */
export async function readSource(source: string, options: LoadOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (source === '-') {
    if (!options.readStdin) throw new InputError('no-stdin', 'reading from stdin is not available here');
    const bytes = await options.readStdin();
    if (bytes.length > maxBytes) throw tooLarge('stdin', bytes.length, maxBytes);
    return bytes;
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(source);
  } catch {
    throw new NotFoundError('file-not-found', `${source}: no such file`, { source });
  }
  if (info.isDirectory())
    throw new InputError('is-directory', `${source} is a directory, not a file`, { source });
  if (info.size > maxBytes) throw tooLarge(source, info.size, maxBytes);
  return readFile(source);
}

function tooLarge(source: string, size: number, limit: number): InputError {
  return new InputError(
    'input-too-large',
    `${source} is ${(size / 1048576).toFixed(1)} MB; the limit is ${(limit / 1048576).toFixed(0)} MB`,
    { source, size, limit },
  );
}

/**
 * Loads one article from a file, an http(s) URL or stdin as text plus metadata. HTML pages (by
 * content type, extension or sniffing) are decoded with their charset and the article extracted.
 */
export async function loadArticle(source: string, options: LoadOptions = {}): Promise<LoadedArticle> {
  let article: ArticleInput;
  if (isUrl(source)) {
    // Fetching and HTML extraction load their modules (linkedom, Readability) only when needed:
    // plain-text input keeps the CLI's cold start short.
    const { fetchUrl } = await import('./fetch/fetch-url.js');
    const fetched = await fetchUrl(source, {
      ...options.fetch,
      ...(options.allowPrivate !== undefined ? { allowPrivate: options.allowPrivate } : {}),
    });
    const { articleFromBytes } = await import('./to-article.js');
    article = articleFromBytes(fetched.body, { source, contentType: fetched.contentType, url: fetched.url });
  } else {
    const bytes = await readSource(source, options);
    if (isHtmlPath(source) || startsWithMarkup(bytes)) {
      const { articleFromBytes } = await import('./to-article.js');
      article = articleFromBytes(bytes, { source });
    } else {
      const decoded = decodeText(bytes, source);
      article = { text: decoded.text, meta: {}, warnings: decoded.warnings, fromHtml: false };
    }
  }
  const loaded: LoadedArticle = {
    text: article.text,
    meta: article.meta,
    warnings: article.warnings,
    source,
  };
  if (article.offsets) loaded.offsets = article.offsets;
  return loaded;
}

/** Whether the first non-blank character (after a BOM) is `<` or `{`: HTML, XML, a feed or JSON. */
function startsWithMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 4096 && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  return bytes[i] === 0x3c || bytes[i] === 0x7b;
}
