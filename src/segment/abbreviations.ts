import { loadRuleFile } from '../rules/load-rules.js';

interface AbbreviationData {
  titles: string[];
  dates: string[];
  other: string[];
  sentence_openers: string[];
}

export interface Abbreviations {
  titles: ReadonlySet<string>;
  dates: ReadonlySet<string>;
  other: ReadonlySet<string>;
  openers: ReadonlySet<string>;
}

let cached: Abbreviations | null = null;

export function abbreviations(): Abbreviations {
  if (cached) return cached;
  const data = loadRuleFile<AbbreviationData>('segment', 'abbreviations');
  cached = {
    titles: new Set(data.titles),
    dates: new Set(data.dates),
    other: new Set(data.other),
    openers: new Set(data.sentence_openers),
  };
  return cached;
}
