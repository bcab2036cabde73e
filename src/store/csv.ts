import type { ArticleSummary } from './types.js';

export const CSV_COLUMNS = [
  'id',
  'title',
  'outlet',
  'byline',
  'url',
  'published',
  'language',
  'words',
  'sentences',
  'quote_share',
  'reported_share',
  'factual_share',
  'opinion_share',
  'loaded_per_100_words',
  'findings',
  'engine_version',
  'added_at',
] as const;

/**
 * One CSV field (RFC 4180 quoting). Text starting with = + - @ or a tab is prefixed with ' so that
 * spreadsheets do not run it as a formula (CSV injection from untrusted titles).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(a: ArticleSummary): string {
  const values: (string | number | null)[] = [
    a.id,
    a.title,
    a.outlet,
    a.byline,
    a.url,
    a.published,
    a.language,
    a.words,
    a.sentences,
    a.roleShares.quote,
    a.roleShares.reported,
    a.roleShares.factual,
    a.roleShares.opinion,
    a.loadedPer100Words,
    a.findings,
    a.engine.version,
    a.addedAt,
  ];
  return `${values.map(csvField).join(',')}\r\n`;
}
