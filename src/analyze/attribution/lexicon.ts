import { loadRuleFile } from '../../rules/load-rules.js';
import { PhraseMatcher } from '../shared/phrase-matcher.js';

interface CueFile {
  speech: string[];
  object: string[];
  'needs-clause': string[];
  'object-content': string[];
  'according-to': string[];
  passive: string[];
}

interface StanceFile {
  object: string[];
  phrasal: string[];
  raising: string[];
}

interface GrammarFile {
  pronouns: { person: string[]; group: string[]; relative: string[] };
  between: string[];
  determiners: string[];
  boundary: string[];
  titles: string[];
  'content-lead': string[];
  'org-words': string[];
  'outlet-lead': string[];
}

interface MessageFile {
  quote: { message: string; unattributed: string };
  attribution: Record<string, string>;
  contested: { message: string; suggestion: string };
}

/** Cue kinds a phrase match can carry. */
export const CUE_SPEECH = 0;
export const CUE_ACCORDING = 1;
/** "seemed", "appears", "is expected": the content is the subject and the infinitive, with no source. */
export const CUE_RAISING = 2;

/** Noun cues: the source is a possessive before the noun ("his support for") ... */
export const NOUN_POSSESSIVE = 0;
/** ... or there is none ("allegations that ..."). */
export const NOUN_UNSOURCED = 1;

/** Everything the attribution analyzer reads from `rules/attribution/en/*.yml`, compiled once. */
export interface AttributionLexicon {
  /** Speech cues (value CUE_SPEECH) and "according to" cues (value CUE_ACCORDING). */
  cues: PhraseMatcher;
  /** Noun cues from `noun-cues.yml` (NOUN_POSSESSIVE, NOUN_UNSOURCED): "his support for", "claims that". */
  nounCues: PhraseMatcher;
  /** "interview with", "speaking to": the outlet follows. */
  outletLead: PhraseMatcher;
  objectVerbs: Set<string>;
  /** Stance cues (beliefs, intentions, evaluations) from `stance.yml`: they never invert ("said X"). */
  stance: Set<string>;
  /** Single-word cues of every kind, to stop a subject phrase at a verb ("The mayor's office denied"). */
  cueWords: Set<string>;
  needsClause: Set<string>;
  objectContent: Set<string>;
  passive: Set<string>;
  contest: Set<string>;
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  relativePronouns: Set<string>;
  between: Set<string>;
  determiners: Set<string>;
  boundary: Set<string>;
  titles: Set<string>;
  contentLead: Set<string>;
  orgWords: Set<string>;
  roles: Set<string>;
  messages: MessageFile;
}

const lower = (list: readonly string[] | undefined): Set<string> =>
  new Set((list ?? []).map((w) => String(w).toLowerCase()));

/** Loads and compiles the rule files. Called from the analyzer factory, never per article. */
export function loadAttributionLexicon(): AttributionLexicon {
  const cueFile = loadRuleFile<CueFile>('attribution', 'cues');
  const grammar = loadRuleFile<GrammarFile>('attribution', 'grammar');
  const contest = loadRuleFile<{ contest: string[] }>('attribution', 'contest');
  const roles = loadRuleFile<{ roles: string[] }>('attribution', 'roles');
  const messages = loadRuleFile<MessageFile>('attribution', 'messages');
  const cues = new PhraseMatcher();
  for (const phrase of cueFile.speech ?? []) cues.add(String(phrase), CUE_SPEECH);
  for (const phrase of cueFile['according-to'] ?? []) cues.add(String(phrase), CUE_ACCORDING);
  const stanceFile = loadRuleFile<StanceFile>('attribution', 'stance');
  const stance = lower([...(stanceFile.object ?? []), ...(stanceFile.phrasal ?? [])]);
  for (const phrase of stance) cues.add(phrase, CUE_SPEECH);
  for (const phrase of stanceFile.raising ?? []) cues.add(String(phrase), CUE_RAISING);
  const cueWords = new Set<string>();
  for (const w of [...(cueFile.speech ?? []), ...stance, ...(stanceFile.raising ?? [])])
    cueWords.add(String(w).toLowerCase().split(' ')[0] as string);
  const nounFile = loadRuleFile<{ possessive: string[]; unsourced: string[] }>('attribution', 'noun-cues');
  const nounCues = new PhraseMatcher();
  for (const phrase of nounFile.possessive ?? []) nounCues.add(String(phrase), NOUN_POSSESSIVE);
  for (const phrase of nounFile.unsourced ?? []) nounCues.add(String(phrase), NOUN_UNSOURCED);
  const outletLead = new PhraseMatcher();
  for (const phrase of grammar['outlet-lead'] ?? []) outletLead.add(String(phrase), 0);
  return {
    cues,
    nounCues,
    outletLead,
    objectVerbs: lower(cueFile.object),
    stance,
    cueWords,
    needsClause: lower(cueFile['needs-clause']),
    objectContent: new Set([...lower(cueFile['object-content']), ...stance]),
    passive: lower(cueFile.passive),
    contest: lower(contest.contest),
    personPronouns: lower(grammar.pronouns?.person),
    groupPronouns: lower(grammar.pronouns?.group),
    relativePronouns: lower(grammar.pronouns?.relative),
    between: lower(grammar.between),
    determiners: lower(grammar.determiners),
    boundary: lower(grammar.boundary),
    titles: lower(grammar.titles),
    contentLead: lower(grammar['content-lead']),
    orgWords: lower(grammar['org-words']),
    roles: lower(roles.roles),
    messages,
  };
}
