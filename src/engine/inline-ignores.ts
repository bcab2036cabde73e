import type { Analysis } from '../analyze/types.js';
import type { Finding } from '../finding.js';

/**
 * Inline ignore comments for writers' drafts (Vale/alex style), applied after all analyzers ran:
 *
 * - `<!-- unspin-disable -->` ... `<!-- unspin-enable -->`: no findings in between;
 * - `<!-- unspin-disable loaded-language/emotive, hedges -->` ... `<!-- unspin-enable -->`: only those;
 * - `<!-- unspin-ignore-next-line [rules] -->` (or `unspin-disable-next-line`): the next line with text;
 * - `<!-- unspin-ignore-line [rules] -->` (or `unspin-disable-line`): the line the comment is on.
 *
 * A rule is named by its id (`loaded-language/emotive`), its analyzer (`loaded-language` or
 * `loaded-language/`) or its category (`intensifier`). Findings inside the comments themselves are dropped.
 */
export interface IgnoreRange {
  start: number;
  end: number;
  /** Rule ids, analyzer prefixes or categories; null for every rule. */
  rules: string[] | null;
  /** For a range that covers every rule: the ones re-enabled inside it. */
  except: string[];
}

export interface InlineIgnores {
  ranges: IgnoreRange[];
  /** The comments themselves. */
  comments: { start: number; end: number }[];
  /** Directives that were not understood. */
  unknown: string[];
}

const DIRECTIVE = /<!--\s*unspin-([a-z-]+)([\s\S]{0,300}?)-->/g;

function parseRules(args: string): string[] | null {
  const rules = args
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  return rules.length ? rules : null;
}

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The line after the one holding `offset` that has any text on it (blank lines are skipped). */
function nextTextLine(text: string, offset: number): { start: number; end: number } | null {
  let nl = text.indexOf('\n', offset);
  while (nl >= 0) {
    const line = lineBounds(text, nl + 1);
    if (text.slice(line.start, line.end).trim()) return line;
    nl = text.indexOf('\n', nl + 1);
  }
  return null;
}

/** Finds the ignore comments in a text and the ranges they silence. */
export function parseInlineIgnores(text: string): InlineIgnores {
  const out: InlineIgnores = { ranges: [], comments: [], unknown: [] };
  if (!text.includes('unspin-')) return out;
  /** Open `disable` ranges: the all-rules one (key '*') and one per named rule. */
  const open = new Map<string, { start: number; except: string[] }>();
  const close = (key: string, at: number) => {
    const range = open.get(key);
    if (!range) return;
    open.delete(key);
    out.ranges.push({ start: range.start, end: at, rules: key === '*' ? null : [key], except: range.except });
  };
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m !== null; m = DIRECTIVE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.comments.push({ start, end });
    const rules = parseRules(m[2] ?? '');
    switch (m[1]) {
      case 'disable':
        for (const key of rules ?? ['*']) if (!open.has(key)) open.set(key, { start: end, except: [] });
        break;
      case 'enable':
        if (!rules) for (const key of [...open.keys()]) close(key, start);
        else
          for (const key of rules) {
            if (open.has(key)) close(key, start);
            else if (open.has('*')) {
              // Re-enable one rule inside a disable-all range: split the range there.
              const all = open.get('*') as { start: number; except: string[] };
              close('*', start);
              open.set('*', { start: end, except: [...all.except, key] });
            }
          }
        break;
      case 'ignore-next-line':
      case 'disable-next-line': {
        const line = nextTextLine(text, end);
        if (line) out.ranges.push({ ...line, rules, except: [] });
        break;
      }
      case 'ignore-line':
      case 'disable-line':
        out.ranges.push({ ...lineBounds(text, start), rules, except: [] });
        break;
      default:
        out.unknown.push(`unspin-${m[1]}`);
    }
  }
  for (const key of [...open.keys()]) close(key, text.length);
  return out;
}

/** Does a rule name (id, analyzer prefix or category) cover a finding? */
function names(rule: string, finding: Finding): boolean {
  if (rule === finding.ruleId || rule === finding.category) return true;
  const prefix = rule.endsWith('/') ? rule : `${rule}/`;
  return finding.ruleId.startsWith(prefix);
}

function silenced(finding: Finding, ranges: readonly IgnoreRange[]): boolean {
  return ranges.some(
    (r) =>
      finding.start >= r.start &&
      finding.start < r.end &&
      (r.rules
        ? r.rules.some((rule) => names(rule, finding))
        : !r.except.some((rule) => names(rule, finding))),
  );
}

/** Drops the findings that inline comments silence; warns about directives it does not know. */
export function applyInlineIgnores(analysis: Analysis): void {
  const { ranges, comments, unknown } = parseInlineIgnores(analysis.doc.text);
  for (const directive of unknown) {
    analysis.warnings.push(
      `unknown inline directive "${directive}" (use unspin-disable, unspin-enable, unspin-ignore-next-line)`,
    );
  }
  if (ranges.length === 0 && comments.length === 0) return;
  const kept = analysis.findings.filter(
    (f) => !silenced(f, ranges) && !comments.some((c) => f.start < c.end && f.end > c.start),
  );
  analysis.findings.splice(0, analysis.findings.length, ...kept);
}
