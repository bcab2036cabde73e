import { formatDay, formatMonth, formatYear, isValidDate } from './calendar.js';
import {
  absolute,
  monthOf,
  type ResolveContext,
  type Resolved,
  type Resolver,
  relative,
} from './resolve-context.js';
import { resolveBareMonth } from './resolve-months.js';

const yearOf = (ctx: ResolveContext, group = 'year') => Number(ctx.groups[group] ?? Number.NaN);

/** "Feb. 24, 2022", "24 February 2022", "2022-02-24", "2/24/2022". */
const ymd: Resolver = (ctx) => {
  const y = yearOf(ctx);
  const m = ctx.groups.mm ? Number(ctx.groups.mm) : monthOf(ctx, 'month');
  const d = Number(ctx.groups.day ?? ctx.groups.dd);
  if (!isValidDate(y, m, d)) return null;
  return absolute(formatDay({ y, m, d }));
};

/** "February 2022", "early March of 2014". */
const ym: Resolver = (ctx) => {
  const m = monthOf(ctx, 'month');
  return m ? absolute(formatMonth(yearOf(ctx), m)) : null;
};

/** "February or March", "between May and July 2020". */
const monthRange: Resolver = (ctx) => {
  const m1 = monthOf(ctx, 'month');
  const m2 = monthOf(ctx, 'month2');
  if (!m1 || !m2 || m1 === m2) return null;
  if (ctx.groups.year) {
    const y = yearOf(ctx);
    const y1 = m2 < m1 ? y - 1 : y;
    return absolute(formatMonth(y1, m1), formatMonth(y, m2));
  }
  if (!ctx.pub) return relative(null);
  const first = resolveBareMonth(ctx, m1, '');
  const y2 = m2 < first.m ? first.y + 1 : first.y;
  return relative(formatMonth(first.y, first.m), formatMonth(y2, m2));
};

/** A bare year: "2014", "the 2014 annexation"; not a count ("2000 troops"). */
const year: Resolver = (ctx) => {
  const y = yearOf(ctx);
  const { wordBefore, wordAfter, rules } = ctx;
  const afterYearWord = rules.yearPrepositions.has(wordBefore);
  if (y < 1900 && !afterYearWord) return null;
  if (rules.yearBlockers.has(wordAfter)) return null;
  const pluralAfter = /^\p{Ll}{3,}s$/u.test(wordAfter) && !wordAfter.endsWith('ss');
  if (pluralAfter && !afterYearWord) return null;
  return absolute(formatYear(y));
};

const EDGE_MONTHS: Record<string, [number, number]> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
  'the start of': [1, 1],
  'the beginning of': [1, 1],
  'the middle of': [6, 7],
  'the end of': [12, 12],
};

/** "early 2023", "the end of 2024": months of that year. */
const edgeYear: Resolver = (ctx) => {
  const y = yearOf(ctx);
  const edge = (ctx.groups.edge ?? ctx.groups.edge2 ?? '').toLowerCase();
  const months = EDGE_MONTHS[edge];
  if (!months) return null;
  return absolute(formatMonth(y, months[0]), formatMonth(y, months[1]));
};

/** "2014-15", "from 2014 to 2016". */
const yearRange: Resolver = (ctx) => {
  const y1 = yearOf(ctx);
  const raw = ctx.groups.year2 ?? '';
  const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
  if (!(y2 > y1 && y2 - y1 < 100)) return null;
  return absolute(formatYear(y1), formatYear(y2));
};

/** "since 2014": from that year to publication. */
const sinceYear: Resolver = (ctx) => absolute(formatYear(yearOf(ctx)), ctx.pub ? formatDay(ctx.pub) : null);

const EDGE_YEARS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/** "the 1990s", "the mid-2000s", "the '90s". */
const decade: Resolver = (ctx) => {
  let start: number;
  if (ctx.groups.decade) start = Number(ctx.groups.decade);
  else {
    const short = Number(ctx.groups.decade2);
    const pivot = (ctx.pub?.y ?? new Date().getUTCFullYear()) % 100;
    start = (short <= pivot ? 2000 : 1900) + short;
  }
  const [from, to] = EDGE_YEARS[ctx.groups.edge?.toLowerCase() ?? ''] ?? [0, 9];
  return absolute(formatYear(start + from), formatYear(start + to));
};

/** "spring 2022", "the winter of 2014" (winter runs into the next year). */
const season: Resolver = (ctx) => {
  const range = ctx.rules.seasons.get(ctx.groups.season?.toLowerCase() ?? '');
  if (!range) return null;
  const y = yearOf(ctx);
  const [m1, m2] = range;
  return absolute(formatMonth(y, m1), formatMonth(m2 < m1 ? y + 1 : y, m2));
};

const QUARTERS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** "the third quarter of 2023", "Q3 2023". */
const quarter: Resolver = (ctx): Resolved | null => {
  const q = ctx.groups.qn ? Number(ctx.groups.qn) : (QUARTERS[ctx.groups.q?.toLowerCase() ?? ''] ?? 0);
  if (!q) return null;
  const y = yearOf(ctx);
  return absolute(formatMonth(y, q * 3 - 2), formatMonth(y, q * 3));
};

export const absoluteResolvers: Record<string, Resolver> = {
  ymd,
  ym,
  'month-range': monthRange,
  year,
  'edge-year': edgeYear,
  'year-range': yearRange,
  'since-year': sinceYear,
  decade,
  season,
  quarter,
};
