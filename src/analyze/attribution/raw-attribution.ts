import type { Span } from '../../segment/types.js';
import type { AttributionKind } from '../types.js';
import type { TokenRange } from './source-phrase.js';

/** An attribution as the extractor finds it, before speakers are named and resolved. */
export interface RawAttribution {
  kind: AttributionKind;
  sentence: number;
  /** Token range of the cue ("said", "according to", "been reported by"). */
  cue: TokenRange;
  /** Token range of the source as written ("he", "spokesperson Dmitry Peskov"); null when not in the clause. */
  source: TokenRange | null;
  /** For ", adding that ..." and other clauses that share the source of an earlier attribution. */
  sharesSourceOf: RawAttribution | null;
  content: Span;
  outlet: string | null;
  /** Where this attribution's own words begin; an earlier content span in the sentence stops before it. */
  regionStart: number;
  /**
   * `speech` for reporting cues, `stance` for beliefs, wishes and evaluations ("wants", "criticized"),
   * `impression` for cues with no source ("seemed", "is expected to").
   */
  cueClass?: 'speech' | 'stance' | 'impression';
}
