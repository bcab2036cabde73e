import type { Category, Severity } from '../../finding.js';

/**
 * The YAML schema of a lexical rule file (`rules/<analyzer>/en/<name>.yml`), shared by the
 * vague-attribution, loaded-language and hedges analyzers. `scripts/check-rules.mjs` validates it.
 */
export interface RuleFileData {
  /** Named word classes used as `<name>` in patterns. */
  classes?: Record<string, string[]>;
  rules?: RuleData[];
}

/** What to do with a match inside a direct quote: drop it, report it as the speaker's word, or flag it. */
export type InQuotes = 'skip' | 'speaker' | 'flag';

interface RuleDataBase {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  suggestion?: string | null;
  confidence?: number;
  inQuotes?: InQuotes;
  /** One-token context conditions, in pattern element syntax (`by`, `<punct>`, `<end>`). */
  precededBy?: string[];
  notPrecededBy?: string[];
  followedBy?: string[];
  notFollowedBy?: string[];
  /** Match only the lower-case spelling (a capital is allowed at the start of a sentence). */
  caseSensitive?: boolean;
  /** Drop a match that lies inside a longer match of another rule of the same analyzer ("stark" in "in stark contrast"). */
  dropWhenNested?: boolean;
  /** One line for docs/rules.md: why the rule exists. */
  description?: string;
}

/**
 * A word list: `term|inflection: neutral alternative` (null when there is none). An alternative with
 * as many `|`-separated forms as the term pairs them by position: `slams|slammed: criticizes|criticized`.
 */
export interface TermsRuleData extends RuleDataBase {
  kind: 'terms';
  terms: Record<string, string | null>;
}

/** Token sequence patterns: `<vague-source> say|says|said`, `as <report-verb> by`, `it is? said`. */
export interface PatternRuleData extends RuleDataBase {
  kind: 'pattern';
  patterns: string[];
}

/** A message used by code, not a matcher (e.g. loaded words inside quotes). */
export interface MessageRuleData extends RuleDataBase {
  kind: 'message';
}

export type RuleData = TermsRuleData | PatternRuleData | MessageRuleData;
