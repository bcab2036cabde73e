import { type Analysis, ROLES, type Role } from '../analyze/types.js';
import type { Scores, Voice } from './model/report.js';

const LOADED_CATEGORIES = new Set(['loaded-language', 'partisan-label', 'intensifier', 'generalization']);

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

function collectVoices(analysis: Analysis): Voice[] {
  const voices = new Map<string, Voice>();
  const entityFor = (name: string) =>
    analysis.entities.find(
      (e) => e.type !== 'place' && (e.name === name || e.mentions.some((m) => m.text === name)),
    );
  const voice = (name: string, role: string | null): Voice => {
    const entity = entityFor(name);
    const key = entity?.id ?? name;
    let v = voices.get(key);
    if (!v) {
      v = {
        name: entity?.name ?? name,
        role: role ?? entity?.roles[0] ?? null,
        affiliation: entity?.affiliation ?? null,
        quotes: 0,
        citations: 0,
      };
      voices.set(key, v);
    }
    if (!v.role && role) v.role = role;
    return v;
  };
  for (const q of analysis.quotes) if (q.speaker) voice(q.speaker, q.speakerRole).quotes++;
  for (const a of analysis.attributions) {
    if (a.source && a.kind !== 'vague' && a.kind !== 'direct') voice(a.source, a.speakerRole).citations++;
  }
  return [...voices.values()].sort((a, b) => b.quotes + b.citations - (a.quotes + a.citations));
}

function verdictFor(shares: Record<Role, number>, loadedPer100: number, vague: number): string {
  const opinion = shares.opinion;
  if (opinion >= 0.3 || loadedPer100 >= 3)
    return 'Heavily editorialized: much of it is unattributed opinion or loaded language.';
  if (opinion >= 0.15 || loadedPer100 >= 1.5 || vague >= 2)
    return 'Mixed: reporting with noticeable opinion or loaded language woven in.';
  if (shares.quote + shares.reported >= 0.4) return 'Mostly attributed reporting with little editorializing.';
  return 'Mostly plain statements of fact with little editorializing.';
}

export function buildScores(analysis: Analysis, words: number): Scores {
  const roleCounts = { quote: 0, reported: 0, factual: 0, opinion: 0 } as Record<Role, number>;
  for (const r of analysis.roles) roleCounts[r.role]++;
  const n = analysis.roles.length;
  const roleShares = Object.fromEntries(ROLES.map((r) => [r, n ? round(roleCounts[r] / n) : 0])) as Record<
    Role,
    number
  >;
  const findingsByCategory: Record<string, number> = {};
  let loaded = 0;
  for (const f of analysis.findings) {
    findingsByCategory[f.category] = (findingsByCategory[f.category] ?? 0) + 1;
    if (LOADED_CATEGORIES.has(f.category)) loaded++;
  }
  const loadedPer100Words = words ? round((loaded * 100) / words, 2) : 0;
  const vagueAttributions = findingsByCategory['vague-attribution'] ?? 0;
  const classifiers: Record<string, number> = {};
  for (const [task, probs] of Object.entries(analysis.sentenceScores)) {
    classifiers[task] = probs.length ? round(probs.reduce((a, b) => a + b, 0) / probs.length) : 0;
  }
  return {
    sentences: n,
    roleCounts,
    roleShares,
    attributedShare: n ? round((roleCounts.quote + roleCounts.reported) / n) : 0,
    loadedPer100Words,
    vagueAttributions,
    findingsByCategory,
    voices: collectVoices(analysis),
    classifiers,
    verdict: verdictFor(roleShares, loadedPer100Words, vagueAttributions),
  };
}
