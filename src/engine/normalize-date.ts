import { InputError } from '../errors/index.js';

/** Normalizes a date string to ISO `YYYY-MM-DD` (dates) or keeps a full ISO date-time's date part. */
export function normalizeDate(value: string): string {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed)) {
    throw new InputError('bad-date', `"${value}" is not a date; expected YYYY-MM-DD`, { value });
  }
  return new Date(parsed).toISOString().slice(0, 10);
}
