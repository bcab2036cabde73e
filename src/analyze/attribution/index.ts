export { ATTRIBUTION_ANALYZER, createAttributionAnalyzer } from './attribution-analyzer.js';
