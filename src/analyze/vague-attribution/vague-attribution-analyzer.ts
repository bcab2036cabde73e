import { createLexicalAnalyzer } from '../lexical/create-lexical-analyzer.js';
import type { Analyzer } from '../types.js';

/** Rule files under `rules/vague-attribution/en/`. */
export const VAGUE_ATTRIBUTION_RULE_FILES = ['classes', 'unnamed-sources', 'passive-reports'] as const;

/**
 * Vague attribution: claims credited to nobody in particular ("critics say", "reportedly",
 * "as suggested by observers", "a surprise to many"). Matches outside direct quotes only:
 * a vague source inside a quote is the speaker's, not the writer's.
 */
export function createVagueAttributionAnalyzer(): Analyzer {
  return createLexicalAnalyzer({ name: 'vague-attribution', files: VAGUE_ATTRIBUTION_RULE_FILES });
}
