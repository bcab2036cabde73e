import { compareYmd, formatDay, formatMonth, isValidDate } from './calendar.js';
import { anchorOf, monthOf, type ResolveContext, type Resolver, relative } from './resolve-context.js';

const BACK = new Set(['last', 'this past', 'past', 'previous']);
const AHEAD = new Set(['next', 'this coming', 'coming']);

/**
 * The year of a month named without one, relative to publication: "last February" is the one before the
 * publication month, "next February" the one after, "this February" the one in the publication year.
 * With no anchor, a sentence that points forward ("a meeting in February or March") takes the next such
 * month on or after publication, any other the latest on or before it.
 */
export function resolveBareMonth(ctx: ResolveContext, m: number, anchor: string): { y: number; m: number } {
  const pub = ctx.pub!;
  if (anchor === 'this') return { y: pub.y, m };
  const strict = BACK.has(anchor) || AHEAD.has(anchor);
  const forward = AHEAD.has(anchor) || (!BACK.has(anchor) && ctx.forward());
  if (forward) return { y: m > pub.m || (m === pub.m && !strict) ? pub.y : pub.y + 1, m };
  return { y: m < pub.m || (m === pub.m && !strict) ? pub.y : pub.y - 1, m };
}

/** "in February", "last March": a month without a year. */
const month: Resolver = (ctx) => {
  const raw = ctx.groups.month ?? '';
  const lower = raw.toLowerCase();
  const anchor = anchorOf(ctx);
  // "Jan" or "Dec" alone is a name more often than a month; "may" and "march" are verbs.
  if (!ctx.rules.fullMonths.has(lower) && !raw.endsWith('.')) return null;
  if (ctx.rules.ambiguousMonths.has(lower) && !anchor && !ctx.rules.monthPrepositions.has(ctx.wordBefore))
    return null;
  const m = monthOf(ctx, 'month');
  if (!ctx.pub) return relative(null);
  const resolved = resolveBareMonth(ctx, m, anchor);
  return relative(formatMonth(resolved.y, resolved.m));
};

/** "February 24", "24 February": a day without a year, the nearest one in the sentence's direction. */
const monthDay: Resolver = (ctx) => {
  const m = monthOf(ctx, 'month');
  const d = Number(ctx.groups.day);
  if (!isValidDate(2000, m, d)) return null;
  if (!ctx.pub) return relative(null);
  const pub = ctx.pub;
  const forward = ctx.forward();
  let y = pub.y;
  const sameYear = { y, m, d };
  if (forward && compareYmd(sameYear, pub) < 0) y++;
  if (!forward && compareYmd(sameYear, pub) > 0) y--;
  if (!isValidDate(y, m, d)) return relative(null);
  return relative(formatDay({ y, m, d }));
};

export const monthResolvers: Record<string, Resolver> = { month, md: monthDay };
