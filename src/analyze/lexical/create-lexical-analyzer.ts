import { loadRuleFile } from '../../rules/load-rules.js';
import { addFinding, matchCase, template } from '../add-finding.js';
import type { Analysis, Analyzer } from '../types.js';
import { type CompiledRules, compileRules } from './compile-rules.js';
import { findMatches, type LexicalMatch } from './find-matches.js';
import { quoteMask } from './quote-mask.js';
import type { RuleFileData } from './rule-types.js';

export interface LexicalAnalyzerSpec {
  /** Analyzer name; also the folder under `rules/`. */
  name: string;
  /** Rule file names under `rules/<name>/en/`, without `.yml`. */
  files: readonly string[];
}

/** Loads and compiles an analyzer's rule files (once, from its factory). */
export function loadLexicalRules(spec: LexicalAnalyzerSpec): CompiledRules {
  return compileRules(
    spec.files.map((f) => [`rules/${spec.name}/en/${f}.yml`, loadRuleFile<RuleFileData>(spec.name, f) ?? {}]),
  );
}

/**
 * Sorted by start, longer first. Drops a match overlapping an earlier one of the same category, and a
 * `dropWhenNested` match lying inside any longer match.
 */
function dropNested(matches: LexicalMatch[]): LexicalMatch[] {
  matches.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  const reach = new Map<string, number>();
  let anyReach = -1;
  return matches.filter((m) => {
    const nested = anyReach >= m.tokenEnd;
    anyReach = Math.max(anyReach, m.tokenEnd);
    if (nested && m.rule.dropWhenNested) return false;
    const key = `${m.rule.category}:${m.inQuote}`;
    if ((reach.get(key) ?? -1) > m.tokenStart) return false;
    reach.set(key, Math.max(reach.get(key) ?? -1, m.tokenEnd));
    return true;
  });
}

/** Turns matches into findings: fills message templates, the neutral alternative, and quote handling. */
export function emitFindings(
  analysis: Analysis,
  name: string,
  compiled: CompiledRules,
  matches: LexicalMatch[],
) {
  const { tokens, text } = analysis.doc;
  const speakerRule = compiled.messages.get(`${name}/quoted`);
  for (const m of dropNested(matches)) {
    const start = tokens.start[m.tokenStart] as number;
    const end = tokens.end[m.tokenEnd - 1] as number;
    const found = text.slice(start, end);
    let rule = m.rule;
    if (m.inQuote && rule.inQuotes !== 'flag') {
      if (rule.inQuotes === 'skip' || !speakerRule) continue;
      rule = speakerRule;
    }
    const alt = m.alternative === null ? null : matchCase(found, m.alternative);
    const vars: Record<string, string> = { text: found, alt: alt ?? '', category: m.rule.category };
    let suggestion: string | null = null;
    if (rule.suggestion && (alt !== null || !rule.suggestion.includes('{alt}'))) {
      suggestion = template(rule.suggestion, vars);
    }
    addFinding(analysis, name, {
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      start,
      end,
      message: template(rule.message, vars),
      suggestion,
      confidence: rule.confidence,
    });
  }
}

/** An analyzer driven entirely by rule data: word lists and token patterns, compiled once. */
export function createLexicalAnalyzer(spec: LexicalAnalyzerSpec): Analyzer {
  const compiled = loadLexicalRules(spec);
  return {
    name: spec.name,
    run(analysis: Analysis) {
      const matches = findMatches(analysis.doc, compiled, quoteMask(analysis.doc));
      emitFindings(analysis, spec.name, compiled, matches);
    },
  };
}
