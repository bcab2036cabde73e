import { createLexicalAnalyzer } from '../lexical/create-lexical-analyzer.js';
import type { Analyzer } from '../types.js';

/** Rule files under `rules/hedges/en/`. */
export const HEDGES_RULE_FILES = ['hedges'] as const;

/**
 * Hedges and speculation ("may", "could", "potential", "appears to") at `info` severity, outside
 * direct quotes. The roles analyzer reads them as evidence of speculation (opinion).
 */
export function createHedgesAnalyzer(): Analyzer {
  return createLexicalAnalyzer({ name: 'hedges', files: HEDGES_RULE_FILES });
}
