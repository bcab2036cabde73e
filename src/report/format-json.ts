import type { Report } from './model/report.js';

/** Stable JSON: the report object as is, two-space indented. */
export function formatJson(report: Report | Report[]): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
