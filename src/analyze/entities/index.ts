export { createEntitiesAnalyzer } from './entities-analyzer.js';
