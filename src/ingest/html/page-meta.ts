import type { ArticleMeta } from '../../analyze/types.js';
import type { JsonLdArticle } from './json-ld.js';

/** What the page says about itself, before the article body is extracted. */
export interface PageMeta extends ArticleMeta {
  /** Whether the page is an AMP page (`<html amp>` or `<html ⚡>`). */
  amp: boolean;
}

type Doc = Document;

function metaContent(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}" i]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return null;
}

function clean(value: string | null | undefined, max = 300): string | null {
  if (!value) return null;
  const v = value.replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, max) : null;
}

/** An ISO 8601 date or date-time for a date string, or null when it cannot be read. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, s, z] = iso;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const zone = z ? (z === 'Z' ? 'Z' : z.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone}`;
  }
  const parsed = Date.parse(v);
  if (Number.isNaN(parsed)) return null;
  const year = new Date(parsed).getUTCFullYear();
  if (year < 1800 || year > 2200) return null;
  return new Date(parsed).toISOString().replace('.000Z', 'Z');
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** `example.co.uk` for `https://www.example.co.uk/x`. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

function stripSiteSuffix(title: string, outlet: string | null, h1: string | null): string {
  if (h1 && h1.length >= 8 && title.startsWith(h1) && /^\s*[|–—:-]/.test(title.slice(h1.length))) return h1;
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1) ?? '';
  const first = parts[0] ?? '';
  if (outlet && last.toLowerCase().includes(outlet.toLowerCase().slice(0, 12)))
    return parts.slice(0, -1).join(' - ');
  if (outlet && first.toLowerCase().includes(outlet.toLowerCase().slice(0, 12)))
    return parts.slice(1).join(' - ');
  return title;
}

function byline(doc: Doc, ld: JsonLdArticle | null): string | null {
  const fromMeta = metaContent(
    doc,
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
  );
  if (fromMeta && !/^https?:/i.test(fromMeta)) return clean(fromMeta);
  if (ld?.author) return clean(ld.author);
  const el = doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author, [class*="byline"]');
  const t = clean(el?.textContent, 200);
  return t ? t.replace(/^by\s+/i, '') : null;
}

/** Reads title, byline, outlet, date, canonical URL and language from the page's head and markup. */
export function readPageMeta(doc: Doc, ld: JsonLdArticle | null, sourceUrl: string | null): PageMeta {
  const html = doc.documentElement;
  const amp = !!html && (html.hasAttribute('amp') || html.hasAttribute('⚡'));
  const canonical =
    absolute(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'), sourceUrl) ??
    absolute(metaContent(doc, 'og:url'), sourceUrl) ??
    absolute(ld?.url, sourceUrl) ??
    sourceUrl;
  const outlet =
    clean(metaContent(doc, 'og:site_name', 'application-name', 'publisher')) ??
    clean(ld?.publisher) ??
    domainOf(canonical ?? sourceUrl);
  const rawTitle =
    clean(metaContent(doc, 'og:title', 'twitter:title')) ??
    clean(ld?.headline) ??
    clean(doc.querySelector('title')?.textContent) ??
    clean(doc.querySelector('h1')?.textContent);
  const timeEl = doc.querySelector('time[datetime]');
  const published =
    toIsoDate(ld?.datePublished) ??
    toIsoDate(
      metaContent(
        doc,
        'article:published_time',
        'datePublished',
        'og:published_time',
        'pubdate',
        'publishdate',
        'publish-date',
        'date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'sailthru.date',
        'parsely-pub-date',
      ),
    ) ??
    toIsoDate(timeEl?.getAttribute('datetime'));
  const lang =
    clean(html?.getAttribute('lang'), 20) ??
    clean(metaContent(doc, 'og:locale', 'content-language', 'language'), 20) ??
    clean(ld?.inLanguage, 20);
  const language = lang ? (lang.toLowerCase().split(/[-_]/)[0] ?? null) : null;
  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, outlet, clean(doc.querySelector('h1')?.textContent)) : null,
    byline: byline(doc, ld),
    outlet,
    published,
    url: canonical,
    language: language && /^[a-z]{2,3}$/.test(language) ? language : null,
    amp,
  };
}
