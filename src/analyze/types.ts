import type { Finding } from '../finding.js';
import type { Doc, Span } from '../segment/types.js';

export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time, when known. */
  published: string | null;
  url: string | null;
  /** ISO 639-1 code, e.g. `en`. */
  language: string | null;
}

export type Role = 'quote' | 'reported' | 'factual' | 'opinion';
export const ROLES: readonly Role[] = ['quote', 'reported', 'factual', 'opinion'];

export interface Quote {
  speaker: string | null;
  speakerRole: string | null;
  /** The quoted words, without quote marks. */
  text: string;
  /** The reporting verb or phrase: "said", "told", "according to". */
  cue: string | null;
  /** Span of the quoted words including the marks. */
  start: number;
  end: number;
  sentence: number;
  /** Outlet the words were given to ("in an interview with the New York Post"), when stated. */
  outlet: string | null;
}

export type AttributionKind = 'direct' | 'indirect' | 'according-to' | 'contested' | 'vague';

/** Content attributed to a source by a cue (PolNeAR's source / cue / content). */
export interface Attribution {
  kind: AttributionKind;
  source: string | null;
  sourceSpan: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  content: Span;
  sentence: number;
  speakerRole: string | null;
  outlet: string | null;
  /** For `contested`: who denied or disputed it. */
  disputedBy: string | null;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface EntityMention extends Span {
  text: string;
  sentence: number;
  /** `pronoun` for "he" / "she" linked to the entity; `name` (or absent) for a name in the text. */
  kind?: 'name' | 'pronoun';
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  mentions: EntityMention[];
  /** Titles and roles stated in the text: "spokesperson", "Russian parliament member". */
  roles: string[];
  /** Affiliation stated in the text, e.g. "Kremlin" for Peskov. */
  affiliation: string | null;
}

export interface TimeExpression extends Span {
  text: string;
  sentence: number;
  kind: 'absolute' | 'relative';
  /** Normalized date: YYYY, YYYY-MM or YYYY-MM-DD; null when it cannot be resolved. */
  date: string | null;
  /** End of a range (e.g. "February or March"), same format. */
  dateEnd: string | null;
}

export interface SentenceRole {
  role: Role;
  confidence: number;
  /** Speaker or source for quote / reported sentences. */
  speaker: string | null;
  /** Why: rule ids and classifier names that decided the role. */
  evidence: string[];
}

/** Mutable state handed through the analyzers in order. Analyzers only add to it. */
export interface Analysis {
  readonly doc: Doc;
  readonly meta: ArticleMeta;
  readonly findings: Finding[];
  readonly quotes: Quote[];
  readonly attributions: Attribution[];
  readonly entities: Entity[];
  readonly timeline: TimeExpression[];
  /** Per-sentence classifier probabilities, keyed by task ("bias", "subjectivity", ...). */
  readonly sentenceScores: Record<string, Float64Array>;
  readonly roles: SentenceRole[];
  readonly warnings: string[];
}

export interface Analyzer {
  readonly name: string;
  run(analysis: Analysis): void;
}

/** Factories build word lists and indexes once; `run` is a pure function of the document. */
export type AnalyzerFactory<O = Record<string, never>> = (options?: Partial<O>) => Analyzer;
