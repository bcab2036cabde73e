import { createLexicalAnalyzer } from '../lexical/create-lexical-analyzer.js';
import type { Analyzer } from '../types.js';

/** Rule files under `rules/loaded-language/en/`. */
export const LOADED_LANGUAGE_RULE_FILES = [
  'classes',
  'emotive-words',
  'charged-verbs',
  'pejoratives',
  'intensifiers',
  'partisan-labels',
  'generalizations',
  'unattributed-claims',
] as const;

/**
 * Loaded and partisan language in the writer's own voice: emotive words, intensifiers, partisan
 * labels, sweeping generalizations about groups, and unattributed evaluative or causal claims.
 * Inside a direct quote a loaded word is the speaker's: it is reported at `info` as `quoted-language`.
 */
export function createLoadedLanguageAnalyzer(): Analyzer {
  return createLexicalAnalyzer({ name: 'loaded-language', files: LOADED_LANGUAGE_RULE_FILES });
}
