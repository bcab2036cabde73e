import { UsageError } from '../errors/index.js';
import { formatJson } from './format-json.js';
import { formatLine } from './format-line.js';
import { formatMarkdown } from './format-markdown.js';
import { formatPretty, type PrettyOptions } from './format-pretty.js';
import type { Report } from './model/report.js';

export const FORMATS = ['pretty', 'json', 'markdown', 'line'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError('bad-format', `unknown format "${value}"; expected one of ${FORMATS.join(', ')}`);
}

/** Renders several reports (one per input path) in one format. */
export function render(
  format: Format,
  items: { path: string; report: Report }[],
  pretty: PrettyOptions,
): string {
  switch (format) {
    case 'json':
      return formatJson(items.length === 1 ? items[0]!.report : items.map((i) => i.report));
    case 'line':
      return items.map((i) => formatLine(i.report, i.path)).join('');
    case 'markdown':
      return items.map((i) => formatMarkdown(i.report, i.path)).join('\n---\n\n');
    case 'pretty':
      return items.map((i) => formatPretty(i.report, i.path, pretty)).join('\n');
  }
}
