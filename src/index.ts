export { defaultAnalyzers } from './analyze/registry.js';
export type {
  Analysis,
  Analyzer,
  AnalyzerFactory,
  ArticleMeta,
  Attribution,
  Entity,
  Quote,
  Role,
  SentenceRole,
  TimeExpression,
} from './analyze/types.js';
export {
  type AnalyzeOptions,
  analyze,
  createEngine,
  detectLanguage,
  type Engine,
  type EngineOptions,
  engineVersion,
  MAX_TEXT_CHARS,
} from './engine/index.js';
export * from './errors/index.js';
export type { Category, Finding, Severity } from './finding.js';
export type { Report, ReportSentence, Scores, Voice } from './report/model/report.js';
export { REPORT_SCHEMA } from './report/model/report.js';
export type { Doc, Sentence, Span } from './segment/index.js';
export { createDocument } from './segment/index.js';
