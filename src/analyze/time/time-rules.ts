import { loadRuleFile } from '../../rules/load-rules.js';

interface TimeRuleFile {
  months: Record<string, string[]>;
  'ambiguous-months': string[];
  'month-prepositions': string[];
  weekdays: string[];
  units: Record<string, string[]>;
  numbers: Record<string, number>;
  'vague-numbers': string[];
  seasons: Record<string, [number, number]>;
  'future-cues': string[];
  triggers: string[];
  'past-markers': string[];
  'tense-window': number;
  'weekday-blockers': string[];
  'year-blockers': string[];
  'year-prepositions': string[];
  patterns: { id: string; resolve: string; pattern: string; prefix?: 'num' }[];
}

export interface TimePattern {
  id: string;
  resolve: string;
  regex: RegExp;
  /** Position in the rule file: the earlier wins a tie. */
  priority: number;
  /** Matches a count ending right before the match ("a decade" before "ago"), to take into it. */
  prefix: RegExp | null;
}

/** The compiled time rules, built once per analyzer. */
export interface TimeRules {
  patterns: TimePattern[];
  /** Month name or abbreviation (lower case, no period) → 1..12. */
  months: Map<string, number>;
  /** Full month names and the abbreviations that are safe alone. */
  fullMonths: Set<string>;
  ambiguousMonths: Set<string>;
  monthPrepositions: Set<string>;
  /** Weekday (lower case) → 0 = Monday ... 6 = Sunday. */
  weekdays: Map<string, number>;
  /** Unit word (lower case, singular or plural) → canonical unit. */
  units: Map<string, string>;
  numbers: Map<string, number>;
  /** Counts too vague to date ("a few years ago"). */
  vagueNumbers: Set<string>;
  seasons: Map<string, [number, number]>;
  futureCues: Set<string>;
  pastMarkers: Set<string>;
  tenseWindow: number;
  weekdayBlockers: Set<string>;
  /** Lower-case words that may be part of a time expression: sentences without one are skipped. */
  triggers: Set<string>;
  yearBlockers: Set<string>;
  yearPrepositions: Set<string>;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const lowerSet = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

/** Lets every lower-case word in a pattern also match with a capital first letter ("last" → "[lL]ast"). */
export function capitalizable(source: string): string {
  let out = '';
  let prevLetter = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      prevLetter = false;
    } else if (c === '{' && /^\{\w+\}/.test(source.slice(i, i + 20))) {
      const close = source.indexOf('}', i);
      out += source.slice(i, close + 1);
      i = close;
      prevLetter = false;
    } else if (source.startsWith('(?<', i) && /[A-Za-z]/.test(source[i + 3] ?? '')) {
      const close = source.indexOf('>', i);
      out += source.slice(i, close + 1);
      i = close;
      prevLetter = false;
    } else if (c >= 'a' && c <= 'z' && !prevLetter) {
      out += `[${c}${c.toUpperCase()}]`;
      prevLetter = true;
    } else {
      out += c;
      prevLetter = /\p{L}/u.test(c);
    }
  }
  return out;
}

export function loadTimeRules(): TimeRules {
  const file = loadRuleFile<TimeRuleFile>('time', 'expressions');
  const months = new Map<string, number>();
  const fullMonths = new Set<string>();
  const monthForms: string[] = [];
  Object.entries(file.months).forEach(([name, abbreviations], index) => {
    months.set(name.toLowerCase(), index + 1);
    fullMonths.add(name.toLowerCase());
    monthForms.push(escapeRegex(name));
    for (const abbr of abbreviations) {
      months.set(abbr.toLowerCase(), index + 1);
      monthForms.push(`${escapeRegex(abbr)}\\.?`);
    }
  });
  monthForms.sort(byLength);
  const units = new Map<string, string>();
  for (const [unit, forms] of Object.entries(file.units)) for (const f of forms) units.set(f, unit);
  const numbers = new Map(Object.entries(file.numbers));
  const weekdays = new Map(file.weekdays.map((w, i) => [w.toLowerCase(), i]));
  const monthAlt = monthForms.join('|');
  const fill: Record<string, string> = {
    month: `(?<month>${monthAlt})`,
    month2: `(?<month2>${monthAlt})`,
    day: '(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?',
    year: '(?<year>1[89]\\d\\d|20\\d\\d)',
    year2: '(?<year2>1[89]\\d\\d|20\\d\\d|\\d\\d)',
    weekday: `(?<weekday>${file.weekdays.map(escapeRegex).join('|')})`,
    num: `(?<num>\\d+|${capitalizable([...numbers.keys()].sort(byLength).map(escapeRegex).join('|'))})`,
    unit: `(?<unit>${capitalizable([...units.keys()].sort(byLength).join('|'))})`,
    season: `(?<season>${capitalizable(Object.keys(file.seasons).join('|'))})`,
  };
  const patterns = file.patterns.map((p, priority) => {
    const source = capitalizable(p.pattern).replace(/\{(\w+)\}/g, (whole, key: string) => fill[key] ?? whole);
    const prefix = p.prefix ? new RegExp(`(?:^|[^\\p{L}\\p{N}])${fill[p.prefix]} $`, 'u') : null;
    return { id: p.id, resolve: p.resolve, regex: new RegExp(source, 'gu'), priority, prefix };
  });
  return {
    patterns,
    months,
    fullMonths,
    ambiguousMonths: lowerSet(file['ambiguous-months']),
    monthPrepositions: lowerSet(file['month-prepositions']),
    weekdays,
    units,
    numbers,
    vagueNumbers: lowerSet(file['vague-numbers']),
    seasons: new Map(Object.entries(file.seasons)),
    futureCues: lowerSet(file['future-cues']),
    pastMarkers: lowerSet(file['past-markers']),
    tenseWindow: file['tense-window'],
    weekdayBlockers: lowerSet(file['weekday-blockers']),
    triggers: new Set([
      ...lowerSet(file.triggers),
      ...months.keys(),
      ...weekdays.keys(),
      ...units.keys(),
      ...Object.keys(file.seasons),
    ]),
    yearBlockers: lowerSet(file['year-blockers']),
    yearPrepositions: lowerSet(file['year-prepositions']),
  };
}
