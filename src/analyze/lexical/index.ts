export type { CompiledRule, CompiledRules } from './compile-rules.js';
export { compileRules } from './compile-rules.js';
export {
  createLexicalAnalyzer,
  type LexicalAnalyzerSpec,
  loadLexicalRules,
} from './create-lexical-analyzer.js';
export type { LexicalMatch } from './find-matches.js';
export { findMatches } from './find-matches.js';
export type { InQuotes, RuleData, RuleFileData } from './rule-types.js';
