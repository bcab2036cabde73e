import { UsageError } from '../errors/index.js';
import { SEVERITY_RANK, type Severity } from '../finding.js';
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

export interface RenderOptions extends PrettyOptions {
  /** Findings below this severity are left out of pretty, line and markdown output (JSON keeps all). */
  minSeverity: Severity;
}

/** The report with only the findings at or above `level` (a shallow copy; the input is not changed). */
export function withFindingsAtLeast(report: Report, level: Severity): Report {
  const rank = SEVERITY_RANK[level];
  return { ...report, findings: report.findings.filter((f) => SEVERITY_RANK[f.severity] >= rank) };
}

/** Renders several reports (one per input path) in one format. */
export function render(
  format: Format,
  all: { path: string; report: Report }[],
  options: RenderOptions,
): string {
  const items =
    format === 'json'
      ? all
      : all.map((i) => ({ path: i.path, report: withFindingsAtLeast(i.report, options.minSeverity) }));
  const pretty: PrettyOptions = { color: options.color };
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
