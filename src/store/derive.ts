import { ROLES, type Role } from '../analyze/types.js';
import type { Report } from '../report/model/report.js';

/** Finding categories whose matched words count as loaded language in aggregates. */
export const LOADED_CATEGORIES: ReadonlySet<string> = new Set([
  'loaded-language',
  'partisan-label',
  'intensifier',
  'generalization',
]);

/** Facts taken from a report for filtering and aggregates; every backend stores these beside the report. */
export interface DerivedFacts {
  roleShares: Record<Role, number>;
  loadedPer100Words: number;
  words: number;
  sentences: number;
  findings: number;
  categories: Map<string, number>;
  entities: { name: string; type: string; mentions: number }[];
  voices: { name: string; role: string | null; quotes: number; citations: number }[];
  loadedWords: Map<string, number>;
}

function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Derives the searchable facts from a report. Tolerates reports with missing parts (imports). */
export function deriveFacts(report: Report): DerivedFacts {
  const shares = report.scores?.roleShares;
  const roleShares = Object.fromEntries(ROLES.map((r) => [r, finite(shares?.[r])])) as Record<Role, number>;
  const categories = new Map<string, number>();
  const loadedWords = new Map<string, number>();
  for (const f of report.findings ?? []) {
    categories.set(f.category, (categories.get(f.category) ?? 0) + 1);
    if (LOADED_CATEGORIES.has(f.category) && typeof f.text === 'string') {
      const word = f.text.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 80);
      if (word) loadedWords.set(word, (loadedWords.get(word) ?? 0) + 1);
    }
  }
  const entities = new Map<string, { name: string; type: string; mentions: number }>();
  for (const e of report.entities ?? []) {
    const key = `${e.type}\u0000${e.name}`;
    const prior = entities.get(key);
    const mentions = e.mentions?.length ?? 0;
    if (prior) prior.mentions += mentions;
    else entities.set(key, { name: e.name, type: e.type, mentions });
  }
  const voices = new Map<string, { name: string; role: string | null; quotes: number; citations: number }>();
  for (const v of report.scores?.voices ?? []) {
    const prior = voices.get(v.name);
    if (prior) {
      prior.quotes += finite(v.quotes);
      prior.citations += finite(v.citations);
    } else {
      voices.set(v.name, {
        name: v.name,
        role: v.role,
        quotes: finite(v.quotes),
        citations: finite(v.citations),
      });
    }
  }
  return {
    roleShares,
    loadedPer100Words: finite(report.scores?.loadedPer100Words),
    words: finite(report.article?.words),
    sentences: report.sentences?.length ?? 0,
    findings: report.findings?.length ?? 0,
    categories,
    entities: [...entities.values()],
    voices: [...voices.values()],
    loadedWords,
  };
}
