import type { ArticleMeta, Attribution, Entity, Quote, Role, TimeExpression } from '../../analyze/types.js';
import type { Finding } from '../../finding.js';

export const REPORT_SCHEMA = 'unspin/report@1' as const;

export interface ReportArticle extends ArticleMeta {
  words: number;
  characters: number;
}

export interface ReportSentence {
  index: number;
  start: number;
  end: number;
  line: number;
  column: number;
  paragraph: number;
  kind: string;
  text: string;
  role: Role;
  confidence: number;
  speaker: string | null;
  evidence: string[];
}

export interface Voice {
  name: string;
  role: string | null;
  affiliation: string | null;
  quotes: number;
  citations: number;
}

export interface Scores {
  sentences: number;
  roleCounts: Record<Role, number>;
  /** Share of sentences per role, 0..1. */
  roleShares: Record<Role, number>;
  /** Share of sentences that are quote or reported. */
  attributedShare: number;
  /** Loaded, partisan and intensifying words per 100 words. */
  loadedPer100Words: number;
  vagueAttributions: number;
  findingsByCategory: Record<string, number>;
  voices: Voice[];
  /** Mean classifier probability per task, when models ran. */
  classifiers: Record<string, number>;
  /** One-line verdict. */
  verdict: string;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  engine: { version: string; models: Record<string, string> };
  /** False when the text was not analyzed (e.g. not English); see `warnings`. */
  analyzed: boolean;
  article: ReportArticle;
  sentences: ReportSentence[];
  findings: Finding[];
  quotes: Quote[];
  attributions: Attribution[];
  entities: Entity[];
  timeline: TimeExpression[];
  scores: Scores;
  /** Plain-words summary of the scores. */
  summary: string;
  warnings: string[];
}
