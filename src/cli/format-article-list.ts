import { UsageError } from '../errors/index.js';
import { sanitizeForTerminal } from '../report/ansi.js';
import { shortId } from '../store/content-id.js';
import type { ArticlePage, ArticleSummary } from '../store/types.js';

export const LIST_FORMATS = ['table', 'json', 'jsonl'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export function parseListFormat(value: string): ListFormat {
  if ((LIST_FORMATS as readonly string[]).includes(value)) return value as ListFormat;
  throw new UsageError('bad-format', `unknown format "${value}"; expected one of ${LIST_FORMATS.join(', ')}`);
}

function cell(value: string | null, width: number): string {
  const clean = sanitizeForTerminal(value ?? '-').replace(/\s+/g, ' ');
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean.padEnd(width);
}

const pct = (share: number) => `${Math.round(share * 100)}%`.padStart(7);

function table(items: ArticleSummary[]): string {
  const header = `${'ID'.padEnd(12)}  ${'PUBLISHED'.padEnd(10)}  ${'OUTLET'.padEnd(18)}  ${'WORDS'.padStart(6)}  OPINION  TITLE\n`;
  const rows = items.map(
    (a) =>
      `${shortId(a.id)}  ${cell(a.published, 10)}  ${cell(a.outlet, 18)}  ${String(a.words).padStart(6)}  ${pct(a.roleShares.opinion)}  ${cell(a.title, 60).trimEnd()}\n`,
  );
  return header + rows.join('');
}

/** Renders a page of articles for `list` and `search`. */
export function formatArticleList(page: ArticlePage, format: ListFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(page, null, 2)}\n`;
    case 'jsonl':
      return page.items.map((a) => `${JSON.stringify(a)}\n`).join('');
    case 'table': {
      if (page.items.length === 0) return 'no articles match\n';
      const more = page.nextCursor ? `; more with --cursor ${page.nextCursor}` : '';
      return `${table(page.items)}${page.items.length} of ${page.total} article${page.total === 1 ? '' : 's'}${more}\n`;
    }
  }
}
