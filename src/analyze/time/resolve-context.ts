import type { TimeExpression } from '../types.js';
import type { Ymd } from './calendar.js';
import type { TimeRules } from './time-rules.js';

/** What a resolver knows about one pattern match. */
export interface ResolveContext {
  groups: Readonly<Record<string, string | undefined>>;
  /** The matched text. */
  text: string;
  /** Publication date, when known. */
  pub: Ymd | null;
  rules: TimeRules;
  /** True when the sentence points forward in time ("will", "plans", "a potential meeting"). */
  forward: () => boolean;
  /** The word just before and just after the match, lower case ("" when none). */
  wordBefore: string;
  wordAfter: string;
}

export type Resolved = Pick<TimeExpression, 'kind' | 'date' | 'dateEnd'>;

/** Turns a match into a date; null rejects the match (it is not a time expression after all). */
export type Resolver = (ctx: ResolveContext) => Resolved | null;

export function absolute(date: string | null, dateEnd: string | null = null): Resolved {
  return { kind: 'absolute', date, dateEnd: dateEnd === date ? null : dateEnd };
}

export function relative(date: string | null, dateEnd: string | null = null): Resolved {
  return { kind: 'relative', date, dateEnd: dateEnd === date ? null : dateEnd };
}

/** Month number of a month group ("Feb.", "february" → 2), or 0. */
export function monthOf(ctx: ResolveContext, group: string): number {
  const raw = ctx.groups[group];
  if (!raw) return 0;
  return ctx.rules.months.get(raw.replace(/\.$/, '').toLowerCase()) ?? 0;
}

/** A count from a `num` group: digits or a number word; `null` when missing or vague ("a few"). */
export function countOf(ctx: ResolveContext): number | null {
  const raw = ctx.groups.num?.toLowerCase();
  if (raw === undefined) return null;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (ctx.rules.vagueNumbers.has(raw)) return null;
  return ctx.rules.numbers.get(raw) ?? null;
}

/** Canonical unit of a `unit` group ("weeks" → "week"). */
export function unitOf(ctx: ResolveContext): string {
  return ctx.rules.units.get(ctx.groups.unit?.toLowerCase() ?? '') ?? '';
}

/** Lower-case anchor word(s) without a leading "the": "last", "this past", "coming". */
export function anchorOf(ctx: ResolveContext): string {
  return (ctx.groups.anchor ?? '').toLowerCase().replace(/^the /, '');
}
