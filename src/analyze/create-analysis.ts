import type { Doc } from '../segment/types.js';
import type { Analysis, ArticleMeta } from './types.js';

/** Metadata with every field unknown. */
export function emptyMeta(): ArticleMeta {
  return { title: null, byline: null, outlet: null, published: null, url: null, language: null };
}

/** Fresh analysis state for a document: analyzers then add to it in order. */
export function createAnalysis(
  doc: Doc,
  meta: ArticleMeta = { ...emptyMeta(), language: 'en' },
  warnings: string[] = [],
): Analysis {
  return {
    doc,
    meta,
    findings: [],
    quotes: [],
    attributions: [],
    entities: [],
    timeline: [],
    sentenceScores: {},
    roles: [],
    warnings,
  };
}
