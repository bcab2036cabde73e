export { compareTimeline, createTimeAnalyzer } from './time-analyzer.js';
