import {
  addDays,
  addMonths,
  daysInMonth,
  formatDay,
  formatMonth,
  formatYear,
  startOfWeek,
  weekdayOf,
  type Ymd,
} from './calendar.js';
import { anchorOf, countOf, type Resolved, type Resolver, relative, unitOf } from './resolve-context.js';

const DAY_OFFSETS: Record<string, number> = { yesterday: -1, 'last night': -1, tomorrow: 1 };

/** "yesterday", "today", "this morning". */
const dayWord: Resolver = (ctx) => {
  if (!ctx.pub) return relative(null);
  const word = (ctx.groups.word ?? '').toLowerCase();
  return relative(formatDay(addDays(ctx.pub, DAY_OFFSETS[word] ?? 0)));
};

/** "on Monday", "last Friday", "next Tuesday". */
const weekday: Resolver = (ctx) => {
  if (ctx.rules.weekdayBlockers.has(ctx.wordBefore)) return null;
  if (!ctx.pub) return relative(null);
  const target = ctx.rules.weekdays.get(ctx.groups.weekday?.toLowerCase() ?? '') ?? 0;
  const anchor = anchorOf(ctx);
  const diff = target - weekdayOf(ctx.pub);
  let offset: number;
  if (anchor === 'next' || anchor === 'this coming') offset = diff > 0 ? diff : diff + 7;
  else if (anchor === 'last' || anchor === 'this past') offset = diff < 0 ? diff : diff - 7;
  else if (anchor === 'this') offset = diff >= 0 ? diff : diff + 7;
  else if (ctx.forward()) offset = diff > 0 ? diff : diff + 7;
  else offset = diff <= 0 ? diff : diff - 7;
  return relative(formatDay(addDays(ctx.pub, offset)));
};

/** A period [start, end] as dates at the unit's grain. */
function period(unit: string, start: Ymd, end: Ymd): Resolved {
  if (unit === 'month' || unit === 'quarter')
    return relative(formatMonth(start.y, start.m), formatMonth(end.y, end.m));
  if (unit === 'year' || unit === 'decade' || unit === 'century')
    return relative(formatYear(start.y), formatYear(end.y));
  return relative(formatDay(start), formatDay(end));
}

/** The calendar unit that holds `date`, shifted by `shift` units. */
function calendarUnit(unit: string, date: Ymd, shift: number): [Ymd, Ymd] | null {
  switch (unit) {
    case 'week': {
      const monday = addDays(startOfWeek(date), 7 * shift);
      return [monday, addDays(monday, 6)];
    }
    case 'weekend': {
      const saturday = addDays(startOfWeek(date), 5 + 7 * shift);
      return [saturday, addDays(saturday, 1)];
    }
    case 'month': {
      const m = addMonths({ ...date, d: 1 }, shift);
      return [m, { ...m, d: daysInMonth(m.y, m.m) }];
    }
    case 'quarter': {
      const first = addMonths({ y: date.y, m: date.m - ((date.m - 1) % 3), d: 1 }, 3 * shift);
      return [first, addMonths(first, 2)];
    }
    case 'year':
      return [
        { y: date.y + shift, m: 1, d: 1 },
        { y: date.y + shift, m: 12, d: 31 },
      ];
    case 'decade': {
      const y = Math.floor(date.y / 10) * 10 + 10 * shift;
      return [
        { y, m: 1, d: 1 },
        { y: y + 9, m: 12, d: 31 },
      ];
    }
    case 'century': {
      const y = Math.floor(date.y / 100) * 100 + 100 * shift;
      return [
        { y, m: 1, d: 1 },
        { y: y + 99, m: 12, d: 31 },
      ];
    }
    default:
      return null;
  }
}

/** `date` moved by `n` units (negative for the past). */
function shiftBy(unit: string, date: Ymd, n: number): Ymd {
  switch (unit) {
    case 'day':
      return addDays(date, n);
    case 'week':
    case 'weekend':
      return addDays(date, 7 * n);
    case 'month':
      return addMonths(date, n);
    case 'quarter':
      return addMonths(date, 3 * n);
    case 'decade':
      return addMonths(date, 120 * n);
    case 'century':
      return addMonths(date, 1200 * n);
    default:
      return addMonths(date, 12 * n);
  }
}

/** Thirds of a period for "early", "mid" and "late". */
function edgeOf(edge: string, start: Ymd, end: Ymd, unit: string): [Ymd, Ymd] {
  if (unit === 'year') {
    const [a, b] = edge === 'early' ? [1, 4] : edge === 'mid' ? [5, 8] : [9, 12];
    return [
      { y: start.y, m: a, d: 1 },
      { y: start.y, m: b, d: 1 },
    ];
  }
  if (unit === 'month') {
    const last = end.d;
    const [a, b] = edge === 'early' ? [1, 10] : edge === 'mid' ? [11, 20] : [21, last];
    return [
      { ...start, d: a },
      { ...start, d: b },
    ];
  }
  if (unit === 'decade') {
    const [a, b] = edge === 'early' ? [0, 3] : edge === 'mid' ? [4, 6] : [7, 9];
    return [
      { y: start.y + a, m: 1, d: 1 },
      { y: start.y + b, m: 1, d: 1 },
    ];
  }
  return [start, end];
}

const BACK = new Set(['last', 'previous', 'this past']);
const AHEAD = new Set(['next', 'coming']);

/** "last week", "earlier this year", "the past decade", "early next year". */
const anchorUnit: Resolver = (ctx) => {
  if (!ctx.pub) return relative(null);
  const pub = ctx.pub;
  const unit = unitOf(ctx);
  const rawAnchor = (ctx.groups.anchor ?? '').toLowerCase();
  const anchor = anchorOf(ctx);
  const edge = (ctx.groups.edge ?? '').toLowerCase();
  // "the past year", "the last decade": the span that ends at publication.
  if (rawAnchor === 'the past' || rawAnchor === 'the last') return period(unit, shiftBy(unit, pub, -1), pub);
  const shift = BACK.has(anchor) ? -1 : AHEAD.has(anchor) ? 1 : 0;
  const range = calendarUnit(unit, pub, shift);
  if (!range) return relative(null);
  const [start, end] = range;
  if (edge === 'earlier' && shift === 0) return period('day', start, pub);
  if (edge === 'later' && shift === 0) return period('day', pub, end);
  if (edge === 'early' || edge === 'mid' || edge === 'late') {
    const [a, b] = edgeOf(edge, start, end, unit);
    return period(unit === 'year' ? 'month' : unit === 'month' ? 'day' : unit, a, b);
  }
  return period(unit, start, end);
};

/** "the end of the year", "the start of next month", "the rest of the week". */
const edgeUnit: Resolver = (ctx) => {
  if (!ctx.pub) return relative(null);
  const unit = unitOf(ctx);
  const anchor = anchorOf(ctx);
  const shift = anchor === 'last' ? -1 : anchor === 'next' ? 1 : 0;
  const range = calendarUnit(unit, ctx.pub, shift);
  if (!range) return relative(null);
  const [start, end] = range;
  const edge = (ctx.groups.edge ?? '').toLowerCase();
  if (edge === 'the rest of') return period(unit === 'year' || unit === 'month' ? 'day' : unit, ctx.pub, end);
  const which = edge === 'the end of' ? 'late' : edge === 'the middle of' ? 'mid' : 'early';
  if (unit === 'year') {
    const [a, b] = which === 'early' ? [1, 1] : which === 'mid' ? [6, 7] : [12, 12];
    return relative(formatMonth(start.y, a), formatMonth(start.y, b));
  }
  if (unit === 'week') {
    const [a, b] = which === 'early' ? [0, 1] : which === 'mid' ? [2, 3] : [4, 6];
    return period('day', addDays(start, a), addDays(start, b));
  }
  const [a, b] = edgeOf(which, start, end, unit);
  return period(unit === 'year' ? 'month' : unit === 'month' ? 'day' : unit, a, b);
};

/** "a decade ago", "two weeks ago"; "years ago" stays undated. */
const ago: Resolver = (ctx) => {
  const n = countOf(ctx);
  const unit = unitOf(ctx);
  if (!ctx.pub || n === null || unit === 'weekend') return relative(null);
  const when = shiftBy(unit, ctx.pub, -n);
  if (unit === 'day' || unit === 'week') return relative(formatDay(when));
  if (unit === 'month' || unit === 'quarter') return relative(formatMonth(when.y, when.m));
  return relative(formatYear(when.y));
};

/** "within the next two weeks": from publication to N units later. */
const within: Resolver = (ctx) => {
  const n = countOf(ctx);
  const unit = unitOf(ctx);
  if (!ctx.pub || n === null) return relative(null);
  return period(unit === 'week' ? 'day' : unit, ctx.pub, shiftBy(unit, ctx.pub, n));
};

const DEFAULT_SPAN: Record<string, number> = { day: 7, week: 4, month: 6, year: 5, decade: 3 };

/** "in the coming weeks", "the past two years"; "in recent years" stays undated. */
const span: Resolver = (ctx) => {
  const anchor = anchorOf(ctx);
  const unit = unitOf(ctx);
  if (!ctx.pub || anchor === 'recent') return relative(null);
  const n = countOf(ctx) ?? (ctx.groups.num ? null : (DEFAULT_SPAN[unit] ?? null));
  if (n === null) return relative(null);
  const grain = unit === 'week' ? 'day' : unit;
  const back = anchor === 'past' || anchor === 'last' || anchor === 'previous';
  return back
    ? period(grain, shiftBy(unit, ctx.pub, -n), ctx.pub)
    : period(grain, ctx.pub, shiftBy(unit, ctx.pub, n));
};

export const relativeResolvers: Record<string, Resolver> = {
  'day-word': dayWord,
  weekday,
  'anchor-unit': anchorUnit,
  'edge-unit': edgeUnit,
  ago,
  within,
  span,
};
