import type { Category, Finding, Severity } from '../finding.js';
import type { Analysis } from './types.js';

export interface FindingInput {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion?: string | null;
  confidence?: number;
  url?: string | null;
}

/** Builds a finding with position, text and sentence filled in from the document, and adds it. */
export function addFinding(analysis: Analysis, analyzer: string, input: FindingInput): Finding {
  const { doc } = analysis;
  const pos = doc.position(input.start);
  const finding: Finding = {
    ruleId: input.ruleId,
    category: input.category,
    analyzer,
    severity: input.severity,
    start: input.start,
    end: input.end,
    line: pos.line,
    column: pos.column,
    text: doc.text.slice(input.start, input.end),
    message: input.message,
    suggestion: input.suggestion ?? null,
    sentence: doc.sentenceAt(input.start),
    confidence: input.confidence ?? 0.9,
    url:
      input.url ??
      `https://github.com/unspin/unspin/blob/main/docs/rules.md#${input.ruleId.replace(/[^a-z0-9]+/g, '-')}`,
  };
  analysis.findings.push(finding);
  return finding;
}

/** Fills `{name}` placeholders of a message template. Unknown placeholders stay as they are. */
export function template(message: string, vars: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

/** Matches the case of `model` (Title, UPPER, lower) in `replacement`. */
export function matchCase(model: string, replacement: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
