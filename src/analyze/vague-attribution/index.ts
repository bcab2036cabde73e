export {
  createVagueAttributionAnalyzer,
  VAGUE_ATTRIBUTION_RULE_FILES,
} from './vague-attribution-analyzer.js';
