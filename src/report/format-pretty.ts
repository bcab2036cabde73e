import type { Finding } from '../finding.js';
import { createStyler, type Styler, sanitizeForTerminal } from './ansi.js';
import type { Report, ReportSentence } from './model/report.js';

export interface PrettyOptions {
  color: boolean;
}

const ROLE_LABEL: Record<string, string> = {
  quote: 'QUOTE',
  reported: 'REPORTED',
  factual: 'FACT',
  opinion: 'OPINION',
};

/** Sentence text with each finding's span underlined (outermost spans only, no overlaps). */
function markSentence(sentence: ReportSentence, findings: Finding[], style: Styler, color: boolean): string {
  const spans = findings
    .filter((f) => f.start >= sentence.start && f.end <= sentence.end && f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = sentence.start;
  const text = sentence.text;
  const base = sentence.start;
  for (const f of spans) {
    if (f.start < cursor) continue;
    out += style.role(sentence.role, sanitizeForTerminal(text.slice(cursor - base, f.start - base)));
    const found = sanitizeForTerminal(text.slice(f.start - base, f.end - base));
    out += color ? style.role(sentence.role, style.underline(found)) : `[${found}]`;
    cursor = f.end;
  }
  out += style.role(sentence.role, sanitizeForTerminal(text.slice(cursor - base)));
  return out;
}

/** The article for people: sentences coloured by role, findings underlined, legend and summary. */
export function formatPretty(report: Report, path: string, options: PrettyOptions): string {
  const style = createStyler(options.color);
  const lines: string[] = [];
  const title = report.article.title ? ` ${sanitizeForTerminal(report.article.title)}` : '';
  lines.push(style.bold(`${sanitizeForTerminal(path)}${title}`));
  lines.push(
    `Legend: ${['quote', 'reported', 'factual', 'opinion'].map((r) => style.role(r, ROLE_LABEL[r] as string)).join('  ')}  ${options.color ? style.underline('underlined') : '[bracketed]'} = finding`,
    '',
  );
  let paragraph = -1;
  for (const s of report.sentences) {
    if (s.paragraph !== paragraph && paragraph !== -1) lines.push('');
    paragraph = s.paragraph;
    const tag = style.role(s.role, (ROLE_LABEL[s.role] ?? s.role).padEnd(9));
    const who = s.speaker ? style.dim(`  ← ${sanitizeForTerminal(s.speaker)}`) : '';
    lines.push(`${tag}${markSentence(s, report.findings, style, options.color)}${who}`);
  }
  lines.push('', style.bold('Findings'));
  if (!report.findings.length) lines.push('  none');
  for (const f of report.findings) {
    const where = `${f.line}:${f.column}`.padEnd(7);
    const fix = f.suggestion ? style.dim(` → ${sanitizeForTerminal(f.suggestion)}`) : '';
    lines.push(
      `  ${where} ${style.severity(f.severity, f.severity.padEnd(10))} ${sanitizeForTerminal(f.message)}${fix}  ${style.dim(f.ruleId)}`,
    );
  }
  lines.push('', style.bold('Summary'), `  ${sanitizeForTerminal(report.summary)}`);
  for (const w of report.warnings)
    lines.push(style.severity('warning', `  warning: ${sanitizeForTerminal(w)}`));
  return `${lines.join('\n')}\n`;
}
