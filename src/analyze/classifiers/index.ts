export { type ClassifiersOptions, createClassifiersAnalyzer } from './classifiers-analyzer.js';
export { PropagandaDetector, type PropagandaResult, type PropagandaSpan } from './propaganda-detector.js';
export {
  SentenceClassifiers,
  type SentenceExplanation,
  type SentenceScores,
  sharedClassifiers,
} from './sentence-classifiers.js';
