import type { EntityType } from '../types.js';
import type { Candidate } from './candidate.js';
import type { Gender } from './lexicon.js';

/** The mentions of one entity, before it becomes an `Entity`. */
export interface CandidateGroup {
  type: EntityType;
  members: Candidate[];
  gender: Gender | null;
}

function keyOf(c: Candidate): string {
  if (c.canonical) return c.canonical.toLowerCase();
  if (c.type === 'person') return c.words.join(' ');
  return c.text.toLowerCase();
}

/**
 * Merges candidates into entities: "Former President Donald Trump", "Donald Trump", "Trump" and "Trump's"
 * become one person; "U.S." and "United States" one place. A lone surname goes to the person named in
 * full most recently before it. Candidates of unknown type survive only when they match a known entity.
 */
export function groupCandidates(candidates: readonly Candidate[]): CandidateGroup[] {
  const groups: CandidateGroup[] = [];
  const byKey = new Map<string, CandidateGroup>();
  const bySurname = new Map<string, CandidateGroup[]>();
  const add = (group: CandidateGroup, c: Candidate) => {
    group.members.push(c);
    group.gender ??= c.gender;
  };
  const create = (type: EntityType, key: string, c: Candidate) => {
    const group: CandidateGroup = { type, members: [], gender: null };
    groups.push(group);
    byKey.set(`${type}:${key}`, group);
    byKey.set(key, byKey.get(key) ?? group);
    add(group, c);
    return group;
  };
  const typed = (c: Candidate) => {
    const key = keyOf(c);
    const group = byKey.get(`${c.type}:${key}`);
    if (group) add(group, c);
    else create(c.type!, key, c);
  };
  // Starts of each person's full-name mentions, in order, to find the one named last before a surname.
  const fullStarts = new Map<CandidateGroup, number[]>();
  const lastFullBefore = (g: CandidateGroup, at: number) => {
    const starts = fullStarts.get(g) ?? [];
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? starts[lo - 1]! : -1;
  };
  const nearest = (options: CandidateGroup[], at: number) => {
    let best = options[0]!;
    let bestStart = -1;
    for (const g of options) {
      const s = lastFullBefore(g, at);
      if (s > bestStart) [best, bestStart] = [g, s];
    }
    return best;
  };
  // A one-word organization that is the surname of a person in the text is that person ("Ford" after
  // "Christine Blasey Ford").
  const surnames = new Set(
    candidates.filter((c) => c.type === 'person' && c.words.length > 1).map((c) => c.words.at(-1)),
  );
  // A one-word place is that person only when it speaks ("Jordan said" after "Rep. Jim Jordan").
  const list = candidates.map((c) =>
    c.evidence === 'gazetteer' &&
    (c.type === 'organization' || c.speaks) &&
    c.words.length === 1 &&
    surnames.has(c.words[0])
      ? { ...c, type: 'person' as const, canonical: null }
      : c,
  );
  // 1. Full names and typed names (gazetteer, cue words, persons with two or more words).
  for (const c of list) if (c.type && !(c.type === 'person' && c.words.length === 1)) typed(c);
  for (const g of groups) {
    if (g.type !== 'person') continue;
    fullStarts.set(
      g,
      g.members.filter((m) => m.words.length > 1).map((m) => m.start),
    );
    const surnames = new Set(g.members.map((m) => m.words.at(-1)!).filter(Boolean));
    for (const s of surnames) bySurname.set(s, [...(bySurname.get(s) ?? []), g]);
  }
  // 2. One-word persons ("President Zelensky", "Peskov said"): a known surname, or a new person.
  for (const c of list) {
    if (c.type !== 'person' || c.words.length !== 1) continue;
    const word = c.words[0]!;
    // "Mr. Clinton" is not Hillary Clinton: a surname goes only to a person of a compatible gender.
    const known = bySurname.get(word)?.filter((g) => !c.gender || !g.gender || g.gender === c.gender);
    if (known?.length) add(nearest(known, c.start), c);
    else typed(c);
  }
  // 3. Names of unknown type: only as further mentions of a known entity.
  for (const c of list) {
    if (c.type) continue;
    const key = c.words.join(' ');
    const surname = c.words.length === 1 ? bySurname.get(key) : undefined;
    const known = surname ? nearest(surname, c.start) : byKey.get(key);
    if (known) add(known, c);
  }
  for (const g of groups) g.members.sort((a, b) => a.start - b.start);
  return groups;
}
