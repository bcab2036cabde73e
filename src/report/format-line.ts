import type { Report } from './model/report.js';

/** One finding per line, `path:line:col: ruleId: message`, like a linter (for editors and grep). */
export function formatLine(report: Report, path: string): string {
  return report.findings
    .map((f) => `${path}:${f.line}:${f.column}: ${f.ruleId}: ${f.message.replace(/\s+/g, ' ')}\n`)
    .join('');
}
