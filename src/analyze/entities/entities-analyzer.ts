import type { Doc } from '../../segment/types.js';
import type { Analysis, Analyzer, Entity, EntityMention } from '../types.js';
import { findCandidates } from './find-candidates.js';
import { type CandidateGroup, groupCandidates } from './group-candidates.js';
import { loadEntityLexicon } from './lexicon.js';
import { linkPronouns, type PronounLink } from './link-pronouns.js';
import { labelTokens } from './token-labels.js';

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

/** The display name: the gazetteer's, else the fullest form written outside headlines. */
function nameOf(group: CandidateGroup): string {
  const canonical = group.members.find((m) => m.canonical)?.canonical;
  if (canonical) return canonical;
  let best = group.members[0]!;
  for (const m of group.members) {
    const better = m.words.length > best.words.length || (best.headline && !m.headline);
    if (better) best = m;
  }
  return best.text;
}

function toEntity(doc: Doc, group: CandidateGroup, pronouns: PronounLink[], ids: Set<string>): Entity {
  const name = nameOf(group);
  let id = `${group.type}:${slug(name)}`;
  for (let n = 2; ids.has(id); n++) id = `${group.type}:${slug(name)}-${n}`;
  ids.add(id);
  const mentions: EntityMention[] = group.members.map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    sentence: m.sentence,
    kind: 'name',
  }));
  for (const p of pronouns) {
    const start = doc.tokens.start[p.token]!;
    const end = doc.tokens.end[p.token]!;
    mentions.push({
      start,
      end,
      text: doc.text.slice(start, end),
      sentence: doc.tokens.sentence[p.token]!,
      kind: 'pronoun',
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  const roles: string[] = [];
  const seen = new Set<string>();
  for (const m of group.members) {
    if (!m.role || seen.has(m.role.toLowerCase())) continue;
    seen.add(m.role.toLowerCase());
    roles.push(m.role);
  }
  const affiliation = group.members.find((m) => m.affiliation)?.affiliation ?? null;
  return { id, name, type: group.type, mentions, roles, affiliation };
}

/**
 * Finds people (with their titles and roles), organizations and places, and merges the mentions of each
 * ("Former President Donald Trump", "Trump", "Trump's", and "he" where safe).
 */
export function createEntitiesAnalyzer(): Analyzer {
  const lex = loadEntityLexicon();
  return {
    name: 'entities',
    run(analysis: Analysis) {
      const { doc } = analysis;
      const labels = labelTokens(doc, lex);
      const groups = groupCandidates(findCandidates(doc, labels, lex));
      const pronouns = new Map<CandidateGroup, PronounLink[]>();
      for (const link of linkPronouns(doc, lex, groups)) {
        const list = pronouns.get(link.group) ?? [];
        list.push(link);
        pronouns.set(link.group, list);
      }
      const ids = new Set<string>();
      const entities = groups.map((g) => toEntity(doc, g, pronouns.get(g) ?? [], ids));
      entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
      analysis.entities.push(...entities);
    },
  };
}
