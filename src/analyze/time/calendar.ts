/** Calendar arithmetic on plain dates (UTC, no time of day), for resolving time expressions. */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Parses `YYYY-MM-DD` (a longer ISO date-time keeps its date part); null when it is not a valid date. */
export function parseYmd(value: string | null): Ymd | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const date = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidDate(date.y, date.m, date.d) ? date : null;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

function fromUtc(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function toUtc(date: Ymd): number {
  return Date.UTC(date.y, date.m - 1, date.d);
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Adds months, clamping the day to the end of the target month (Mar 31 - 1 month = Feb 28). */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** Day of the week, 0 = Monday ... 6 = Sunday. */
export function weekdayOf(date: Ymd): number {
  return (new Date(toUtc(date)).getUTCDay() + 6) % 7;
}

/** Monday of the week that holds `date`. */
export function startOfWeek(date: Ymd): Ymd {
  return addDays(date, -weekdayOf(date));
}

/** Compares two dates: negative, zero or positive. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
