import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../../analyze/types.js';
import { detectLanguage } from '../../engine/detect-language.js';
import { domToParagraphs, measureTree } from './dom-to-text.js';
import { indexHtmlText, scanMarkup } from './html-text-index.js';
import { findJsonLdArticle } from './json-ld.js';
import { buildOffsetMap, type OffsetMap } from './offset-map.js';
import { readPageMeta } from './page-meta.js';
import { isReadMore, pruneClutter } from './prune-clutter.js';

export interface ExtractedArticle {
  /** Title line (when known), a blank line, then the body paragraphs separated by blank lines. */
  text: string;
  meta: ArticleMeta;
  /** Where each extracted range sits in the HTML string that was given. */
  offsets: OffsetMap;
  /** How the body was found: Readability, the JSON-LD articleBody, or the whole page's text. */
  method: 'readability' | 'json-ld' | 'page-text';
  warnings: string[];
}

export interface ExtractOptions {
  /** The page's URL, to resolve the canonical link and name the outlet. */
  url?: string | null;
  /** Readability is skipped on pages with more elements than this (default 20,000). */
  maxElements?: number;
  /** Readability is skipped on pages nested deeper than this (default 120): it slows down sharply. */
  maxDepth?: number;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”"‘’'«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Drops "Read more" lines, exact repeats, and pull quotes that repeat a sentence of the body. */
export function dropDuplicatesAndPromos(paragraphs: string[]): string[] {
  const normalized = paragraphs.map(norm);
  const seen = new Set<string>();
  return paragraphs.filter((p, i) => {
    const n = normalized[i] as string;
    if (!n || seen.has(n)) return false;
    if (p.length < 160 && isReadMore(p)) return false;
    if (n.length < 400 && paragraphs.length <= 2000) {
      for (let j = 0; j < normalized.length; j++) {
        const other = normalized[j] as string;
        if (j !== i && other.length > n.length && other.includes(n)) return false;
      }
    }
    seen.add(n);
    return true;
  });
}

function readabilityBody(doc: Document, maxElements: number, warnings: string[]): string[] {
  try {
    const reader = new Readability<Node>(doc, {
      charThreshold: 250,
      maxElemsToParse: maxElements,
      serializer: (node: Node) => node,
    });
    const parsed = reader.parse();
    return parsed?.content ? domToParagraphs(parsed.content) : [];
  } catch (error) {
    warnings.push(`article extraction failed (${(error as Error).message}); used the page text`);
    return [];
  }
}

/** Markup nested deeper or with more tags than this is not parsed into a DOM at all. */
const MAX_DOM_DEPTH = 1500;
const MAX_DOM_TAGS = 60_000;

function rawTextFallback(html: string, warnings: string[]): ExtractedArticle {
  const paragraphs = dropDuplicatesAndPromos(
    indexHtmlText(html, true)
      .text.split('\n')
      .map((p) => p.trim())
      .filter(Boolean),
  );
  const text = paragraphs.join('\n\n');
  const meta = {
    title: null,
    byline: null,
    outlet: null,
    published: null,
    url: null,
    language: detectLanguage(text),
  };
  return { text, meta, offsets: [], method: 'page-text', warnings };
}

/**
 * Extracts the article from an HTML page: metadata from JSON-LD, meta tags and `<time>`; the body
 * from Readability after removing page furniture; the JSON-LD `articleBody` when the page is an
 * empty script shell; the page's plain text as a last resort. Never throws on content.
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const warnings: string[] = [];
  const scan = scanMarkup(html);
  if (scan.depth > MAX_DOM_DEPTH || scan.tags > MAX_DOM_TAGS) {
    warnings.push('the page is too deeply nested or too large to parse; used its raw text');
    return rawTextFallback(html, warnings);
  }
  try {
    return extractWithDom(html, options, warnings);
  } catch (error) {
    warnings.push(`the page could not be parsed (${(error as Error).message}); used its raw text`);
    return rawTextFallback(html, warnings);
  }
}

function extractWithDom(html: string, options: ExtractOptions, warnings: string[]): ExtractedArticle {
  const { document } = parseHTML(html);
  if (!document.documentElement) return rawTextFallback(html, warnings);
  const ldBlocks = Array.from(document.querySelectorAll('script[type="application/ld+json" i]')).map(
    (s) => s.textContent ?? '',
  );
  const ld = findJsonLdArticle(ldBlocks);
  const pageMeta = readPageMeta(document, ld, options.url ?? null);
  const { amp, ...meta } = pageMeta;
  const body = document.body ?? document.documentElement;
  if (body) pruneClutter(body);
  let method: ExtractedArticle['method'] = 'readability';
  const maxElements = options.maxElements ?? 20_000;
  const tree = measureTree(document);
  let raw: string[] = [];
  if (tree.depth > (options.maxDepth ?? 120) || tree.elements > maxElements) {
    warnings.push('the page is too deeply nested or too large for article extraction; used the page text');
  } else raw = readabilityBody(document, maxElements, warnings);
  let paragraphs = dropDuplicatesAndPromos(raw);
  const bodyChars = paragraphs.reduce((n, p) => n + p.length, 0);
  const ldBody = ld?.articleBody?.trim() ?? '';
  if (ldBody && ldBody.length > bodyChars * 1.5 && ldBody.length > 200) {
    method = 'json-ld';
    paragraphs = ldBody
      .split(/\n\s*\n|\r?\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  } else if (bodyChars < 200) {
    const all = dropDuplicatesAndPromos(domToParagraphs(parseHTML(html).document.body ?? document));
    if (all.reduce((n, p) => n + p.length, 0) > bodyChars) {
      method = 'page-text';
      paragraphs = all;
      warnings.push('no article body found; used the whole page text');
    }
  }
  if (paragraphs[0] && meta.title && norm(paragraphs[0]) === norm(meta.title)) paragraphs.shift();
  const parts: { text: string; start: number }[] = [];
  let text = '';
  const add = (p: string) => {
    if (text) text += '\n\n';
    parts.push({ text: p, start: text.length });
    text += p;
  };
  if (meta.title) add(meta.title);
  for (const p of paragraphs) add(p);
  const offsets = method === 'json-ld' ? [] : buildOffsetMap(indexHtmlText(html), parts);
  const detected = detectLanguage(text);
  if (meta.language && detected !== meta.language && text.length > 400) {
    warnings.push(`the page declares language "${meta.language}" but its text reads as "${detected}"`);
  }
  meta.language = text.length > 400 || !meta.language ? detected : meta.language;
  if (amp && !meta.url) warnings.push('AMP page without a canonical link');
  return { text, meta, offsets, method, warnings };
}
