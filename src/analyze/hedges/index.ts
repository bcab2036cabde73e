export { createHedgesAnalyzer, HEDGES_RULE_FILES } from './hedges-analyzer.js';
