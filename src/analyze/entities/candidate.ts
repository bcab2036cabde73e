import type { EntityType } from '../types.js';
import type { Gender } from './lexicon.js';

/** Why a candidate got its type. */
export type Evidence =
  | 'gazetteer'
  | 'cue'
  | 'title'
  | 'honorific'
  | 'given-name'
  | 'verb'
  | 'byline'
  | 'none';

/** One name found in the text, before mentions of the same entity are merged. */
export interface Candidate {
  /** null when nothing in the text says what it is: kept only if it matches a known entity. */
  type: EntityType | null;
  evidence: Evidence;
  /** The name as written, without a possessive "'s" or the role before it. */
  text: string;
  /** Canonical name from the gazetteer ("United States" for "U.S."). */
  canonical: string | null;
  /** Lower-case name words without initials and suffixes: the key for merging persons. */
  words: string[];
  start: number;
  end: number;
  sentence: number;
  /** First token of the name, and of the whole mention phrase with its role. */
  tokenStart: number;
  phraseStart: number;
  role: string | null;
  affiliation: string | null;
  gender: Gender | null;
  /** Found in a headline or Title Case line, where capitals prove nothing. */
  headline: boolean;
  /** Followed by a verb of saying or doing that people do ("Jordan said"). */
  speaks: boolean;
}
