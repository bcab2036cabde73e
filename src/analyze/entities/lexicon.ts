import { loadRuleFile } from '../../rules/load-rules.js';
import { tokenize } from '../../segment/tokens.js';
import { NameTrie } from './name-trie.js';

export type Gender = 'm' | 'f';

/** One way of writing a gazetteer entry, with the case each of its tokens must have. */
export interface GazetteerForm {
  name: string;
  type: 'place' | 'organization';
  /** Per token: 'upper' (NATO), 'capital' (Kremlin) or 'any'. */
  casing: ('upper' | 'capital' | 'any')[];
}

export interface TitleInfo {
  honorific: boolean;
  needsModifier: boolean;
  contextAffiliated: boolean;
  gender: Gender | null;
}

/** Word lists of the entities analyzer, built once in its factory. */
export interface EntityLexicon {
  gazetteer: NameTrie;
  /** Trie slot → the forms sharing those lower-case tokens. */
  gazetteerForms: GazetteerForm[][];
  titles: NameTrie;
  /** Trie slot → title info; `titleWords` for single-word titles after a hyphen prefix. */
  titleInfo: TitleInfo[];
  titleWords: Map<string, number>;
  modifiers: Set<string>;
  hyphenPrefixes: Set<string>;
  /** Demonym (lower case) → place name. */
  demonyms: Map<string, string>;
  placeCues: Set<string>;
  /** Place cues that are also surnames ("Linda Park"). */
  surnameCues: Set<string>;
  orgCues: Set<string>;
  orgHeadCues: Set<string>;
  /** First words that make a run an organization ("Daily Ledger"). */
  orgFirstCues: Set<string>;
  nonNames: Set<string>;
  eventCues: Set<string>;
  connectors: Set<string>;
  nameSuffixes: Set<string>;
  prepositions: Set<string>;
  personVerbs: Set<string>;
  subordinators: Set<string>;
  /** Given name (lower case) → gender, or null when the name is used for both. */
  givenNames: Map<string, Gender | null>;
}

interface PlacesFile {
  places: Record<string, string[] | null>;
  demonyms: Record<string, string>;
  'place-cues': string[];
  'surname-cues': string[];
}
interface OrganizationsFile {
  organizations: Record<string, string[] | null>;
  'org-cues': string[];
  'org-head-cues': string[];
  'org-first-cues': string[];
}
interface TitlesFile {
  titles: string[];
  honorifics: string[];
  modifiers: string[];
  'hyphen-prefixes': string[];
  'needs-modifier': string[];
  'context-affiliated': string[];
  female: string[];
  male: string[];
}
interface NonNamesFile {
  words: string[];
  groups: string[];
  'event-cues': string[];
  connectors: string[];
  'name-suffixes': string[];
  prepositions: string[];
  'person-verbs': string[];
  subordinators: string[];
}
interface NamesFile {
  male: string[];
  female: string[];
}

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

function casingOf(form: string): GazetteerForm['casing'] {
  const t = tokenize(form);
  const out: GazetteerForm['casing'] = [];
  for (let i = 0; i < t.count; i++) {
    const word = form.slice(t.start[i], t.end[i]);
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && letters === letters.toUpperCase()) out.push('upper');
    else if (/^\p{Lu}/u.test(word)) out.push('capital');
    else out.push('any');
  }
  return out;
}

function buildGazetteer(entries: [string, 'place' | 'organization', string[]][]) {
  const gazetteer = new NameTrie();
  const forms: GazetteerForm[][] = [];
  for (const [name, type, aliases] of entries) {
    for (const form of [name, ...aliases]) {
      const slot = gazetteer.add(form);
      forms[slot] ??= [];
      forms[slot].push({ name, type, casing: casingOf(form) });
    }
  }
  return { gazetteer, forms };
}

function buildTitles(file: TitlesFile) {
  const titles = new NameTrie();
  const titleInfo: TitleInfo[] = [];
  const titleWords = new Map<string, number>();
  const honorifics = lower(file.honorifics);
  const needs = lower(file['needs-modifier']);
  const context = lower(file['context-affiliated']);
  const female = lower(file.female);
  const male = lower(file.male);
  for (const phrase of [...file.titles, ...file.honorifics]) {
    const p = phrase.toLowerCase();
    const slot = titles.add(p);
    titleInfo[slot] ??= {
      honorific: honorifics.has(p),
      needsModifier: needs.has(p),
      contextAffiliated: context.has(p),
      gender: female.has(p) ? 'f' : male.has(p) ? 'm' : null,
    };
    if (!p.includes(' ')) titleWords.set(p, slot);
  }
  return { titles, titleInfo, titleWords };
}

export function loadEntityLexicon(): EntityLexicon {
  const places = loadRuleFile<PlacesFile>('entities', 'places');
  const orgs = loadRuleFile<OrganizationsFile>('entities', 'organizations');
  const titlesFile = loadRuleFile<TitlesFile>('entities', 'titles');
  const nonNames = loadRuleFile<NonNamesFile>('entities', 'non-names');
  const names = loadRuleFile<NamesFile>('entities', 'names');
  const { gazetteer, forms } = buildGazetteer([
    ...Object.entries(places.places).map(([n, a]) => [n, 'place', a ?? []] as [string, 'place', string[]]),
    ...Object.entries(orgs.organizations).map(
      ([n, a]) => [n, 'organization', a ?? []] as [string, 'organization', string[]],
    ),
  ]);
  const givenNames = new Map<string, Gender | null>();
  for (const n of names.male) givenNames.set(n.toLowerCase(), 'm');
  for (const n of names.female) {
    const key = n.toLowerCase();
    givenNames.set(key, givenNames.has(key) ? null : 'f');
  }
  const modifiers = new Set<string>();
  for (const m of titlesFile.modifiers) for (const w of m.toLowerCase().split(' ')) modifiers.add(w);
  return {
    gazetteer,
    gazetteerForms: forms,
    ...buildTitles(titlesFile),
    modifiers,
    hyphenPrefixes: lower(titlesFile['hyphen-prefixes']),
    demonyms: new Map(Object.entries(places.demonyms).map(([d, p]) => [d.toLowerCase(), p])),
    placeCues: lower(places['place-cues']),
    surnameCues: lower(places['surname-cues']),
    orgCues: lower(orgs['org-cues']),
    orgHeadCues: lower(orgs['org-head-cues']),
    orgFirstCues: lower(orgs['org-first-cues'] ?? []),
    nonNames: new Set([...lower(nonNames.words), ...lower(nonNames.groups)]),
    eventCues: lower(nonNames['event-cues']),
    connectors: lower(nonNames.connectors),
    nameSuffixes: lower(nonNames['name-suffixes']),
    prepositions: lower(nonNames.prepositions),
    personVerbs: lower(nonNames['person-verbs']),
    subordinators: lower(nonNames.subordinators),
    givenNames,
  };
}
