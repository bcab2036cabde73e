/** The fields unspin reads from a schema.org Article-like JSON-LD object. */
export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  url: string | null;
  inLanguage: string | null;
  articleBody: string | null;
}

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting|WebPage)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((v): v is string => v !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object') return text(value.name) ?? text(value['@value']);
  return null;
}

function types(node: { [key: string]: Json }): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Every object in a JSON-LD value, flattening arrays and `@graph`, breadth-first, bounded. */
function objects(root: Json): { [key: string]: Json }[] {
  const out: { [key: string]: Json }[] = [];
  const queue: Json[] = [root];
  while (queue.length && out.length < 200) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v.slice(0, 200));
    else if (v && typeof v === 'object') {
      out.push(v);
      const graph = v['@graph'];
      if (graph) queue.push(graph);
      const main = v.mainEntity;
      if (main && typeof main === 'object') queue.push(main);
    }
  }
  return out;
}

/**
 * The best Article-like object among the page's JSON-LD blocks (malformed blocks are skipped;
 * a NewsArticle beats a WebPage), or null.
 */
export function findJsonLdArticle(blocks: string[]): JsonLdArticle | null {
  let best: { node: { [key: string]: Json }; rank: number } | null = null;
  for (const raw of blocks.slice(0, 20)) {
    let parsed: Json;
    try {
      parsed = JSON.parse(raw.slice(0, 2_000_000)) as Json;
    } catch {
      continue;
    }
    for (const node of objects(parsed)) {
      const t = types(node).find((x) => ARTICLE_TYPES.test(x));
      if (!t) continue;
      const rank = (t === 'WebPage' ? 0 : 2) + (typeof node.articleBody === 'string' ? 1 : 0);
      if (!best || rank > best.rank) best = { node, rank };
    }
  }
  if (!best) return null;
  const n = best.node;
  return {
    headline: text(n.headline) ?? text(n.name),
    author: text(n.author),
    publisher: text(n.publisher),
    datePublished: text(n.datePublished) ?? text(n.dateCreated),
    url: text(n.url),
    inLanguage: text(n.inLanguage),
    articleBody: typeof n.articleBody === 'string' ? n.articleBody : null,
  };
}
