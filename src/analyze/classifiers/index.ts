export { type ClassifiersOptions, createClassifiersAnalyzer } from './classifiers-analyzer.js';
export { SentenceClassifiers, type SentenceScores, sharedClassifiers } from './sentence-classifiers.js';
