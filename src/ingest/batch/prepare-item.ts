import type { ArticleMeta } from '../../analyze/types.js';
import type { FetchOptions } from '../fetch/fetch-url.js';
import { toIsoDate } from '../html/page-meta.js';
import { loadArticle } from '../load-article.js';
import { articleFromBytes, articleFromHtml } from '../to-article.js';
import type { BatchItem } from './batch-item.js';

/** An item read and extracted, ready to hash and analyze. */
export interface PreparedArticle {
  text: string;
  meta: Partial<ArticleMeta>;
  warnings: string[];
}

export interface PrepareOptions {
  allowPrivate?: boolean;
  fetch?: FetchOptions;
}

/**
 * Reads one batch item into text and metadata: extracts HTML, reads files, fetches URLs (with the
 * private-address rules). Metadata the record carries wins over what the page says.
 * Throws UnspinError subclasses for bad items.
 */
export async function prepareItem(item: BatchItem, options: PrepareOptions = {}): Promise<PreparedArticle> {
  const p = item.payload;
  let base: PreparedArticle;
  switch (p.kind) {
    case 'text':
      base = { text: p.text, meta: {}, warnings: [] };
      break;
    case 'html':
      base = articleFromHtml(p.html, item.meta.url ?? null);
      break;
    case 'bytes':
      base = articleFromBytes(p.bytes, {
        source: item.location,
        contentType: p.contentType,
        url: item.meta.url ?? null,
      });
      break;
    case 'file':
      base = await loadArticle(p.path);
      break;
    case 'url':
      base = await loadArticle(p.url, {
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.allowPrivate !== undefined ? { allowPrivate: options.allowPrivate } : {}),
      });
      break;
  }
  const meta = { ...base.meta, ...item.meta };
  const warnings = [...base.warnings];
  if (meta.published) {
    const iso = toIsoDate(meta.published);
    if (iso) meta.published = iso;
    else {
      warnings.push(
        `${item.location}: publication date "${meta.published.slice(0, 40)}" is not a date; ignored`,
      );
      delete meta.published;
    }
  }
  return { text: base.text, meta, warnings };
}
