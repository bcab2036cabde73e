import { loadRuleFile } from '../rules/load-rules.js';

/** Curated word groups (hedges, intensifiers, loaded words, ...): word → group names. */
export type Lexicon = ReadonlyMap<string, readonly string[]>;

interface LexiconFile {
  groups: Record<string, string[]>;
}

let cached: Lexicon | null = null;

/** Loads `rules/classifiers/en/lexicons.yml` once per process. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const file = loadRuleFile<LexiconFile>('classifiers', 'lexicons');
  cached = buildLexicon(file.groups);
  return cached;
}

export function buildLexicon(groups: Record<string, string[]>): Lexicon {
  const map = new Map<string, string[]>();
  for (const [group, words] of Object.entries(groups)) {
    for (const word of words) {
      const key = word.toLowerCase();
      const list = map.get(key);
      if (list) list.push(group);
      else map.set(key, [group]);
    }
  }
  return map;
}
