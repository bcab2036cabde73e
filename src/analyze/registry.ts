import { createAttributionAnalyzer } from './attribution/index.js';
import { createClassifiersAnalyzer } from './classifiers/index.js';
import { createEntitiesAnalyzer } from './entities/index.js';
import { createHedgesAnalyzer } from './hedges/index.js';
import { createLoadedLanguageAnalyzer } from './loaded-language/index.js';
import { createRolesAnalyzer } from './roles/roles-analyzer.js';
import { createTimeAnalyzer } from './time/index.js';
import type { Analyzer } from './types.js';
import { createVagueAttributionAnalyzer } from './vague-attribution/index.js';

/**
 * The built-in analyzers, in the order they run. Later analyzers read what earlier ones added:
 * roles runs last because it weighs the evidence of all the others.
 */
export function defaultAnalyzers(): Analyzer[] {
  return [
    createAttributionAnalyzer(),
    createVagueAttributionAnalyzer(),
    createLoadedLanguageAnalyzer(),
    createHedgesAnalyzer(),
    createEntitiesAnalyzer(),
    createTimeAnalyzer(),
    createClassifiersAnalyzer(),
    createRolesAnalyzer(),
  ];
}
