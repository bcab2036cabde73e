import type { Analysis } from '../analyze/types.js';
import type { Severity } from '../finding.js';

/**
 * Applies rule settings to the findings: a key may be a rule id, a rule-id prefix ending in `/`,
 * or a category. The most specific key wins: rule id, then prefix, then category.
 */
export function applyRuleConfig(analysis: Analysis, rules: Record<string, Severity | 'off'>): void {
  const kept = analysis.findings.filter((finding) => {
    const prefix = `${finding.ruleId.split('/')[0]}/`;
    const setting = rules[finding.ruleId] ?? rules[prefix] ?? rules[finding.category];
    if (setting === 'off') return false;
    if (setting) finding.severity = setting;
    return true;
  });
  analysis.findings.splice(0, analysis.findings.length, ...kept);
}
