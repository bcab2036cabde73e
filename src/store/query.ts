import { ROLES, type Role } from '../analyze/types.js';
import { normalizeDate } from '../engine/normalize-date.js';
import { InputError } from '../errors/index.js';
import { type ArticleQuery, type Comparison, type RoleFilter, SORT_KEYS, type SortKey } from './types.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;

/** Parses `opinion>0.2`, `quote <= 0.5`, `factual=0` into a role-share filter. */
export function parseRoleFilter(value: string): RoleFilter {
  const match = /^\s*([a-z]+)\s*(>=|<=|>|<|=)\s*(\d*\.?\d+)\s*$/.exec(value);
  const role = match?.[1] as Role | undefined;
  if (!match || !role || !ROLES.includes(role)) {
    throw new InputError(
      'bad-role-filter',
      `role filter "${value}" is not understood; expected <${ROLES.join('|')}><op><share>, e.g. opinion>0.2`,
      { value },
    );
  }
  const share = Number(match[3]);
  if (!(share >= 0 && share <= 1)) {
    throw new InputError('bad-role-filter', `role share in "${value}" must be between 0 and 1`, { value });
  }
  return { role, op: match[2] as Comparison, value: share };
}

export function parseSortKey(value: string): { sort: SortKey; descending?: boolean } {
  const descending = value.startsWith('-') ? true : value.startsWith('+') ? false : undefined;
  const key = value.replace(/^[-+]/, '');
  if (!(SORT_KEYS as readonly string[]).includes(key)) {
    throw new InputError(
      'bad-sort',
      `sort "${value}" is not one of ${SORT_KEYS.join(', ')} (prefix - or +)`,
      {
        value,
      },
    );
  }
  return descending === undefined ? { sort: key as SortKey } : { sort: key as SortKey, descending };
}

export function parseLimit(value: string | number | undefined): number {
  if (value === undefined || value === '') return DEFAULT_LIMIT;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new InputError('bad-limit', `limit must be a whole number from 1 to ${MAX_LIMIT}; got "${value}"`);
  }
  return n;
}

function checkDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{4}(-\d{2}){0,2}$/.test(value)) {
    throw new InputError('bad-date', `${name} must be YYYY-MM-DD (or YYYY-MM, YYYY); got "${value}"`);
  }
  return value.length === 10 ? normalizeDate(value) : value;
}

/** Validates a query from untrusted input (HTTP, CLI) and fills defaults. Throws InputError. */
export function normalizeQuery(query: ArticleQuery): ArticleQuery {
  const out: ArticleQuery = { limit: parseLimit(query.limit) };
  const q = query.q?.trim();
  if (q) {
    if (q.length > 500) throw new InputError('bad-query', 'search query is longer than 500 characters');
    out.q = q;
  }
  if (query.outlet) out.outlet = query.outlet;
  const from = checkDate(query.from, 'from');
  const to = checkDate(query.to, 'to');
  if (from) out.from = from;
  if (to) out.to = to;
  if (query.entity) out.entity = query.entity;
  if (query.category) out.category = query.category;
  if (query.roles?.length) out.roles = query.roles;
  out.sort = query.sort ?? (out.q ? 'relevance' : 'added');
  if (out.sort === 'relevance' && !out.q) out.sort = 'added';
  out.descending =
    query.descending ?? !(out.sort === 'title' || out.sort === 'outlet' || out.sort === 'relevance');
  if (query.cursor) out.cursor = query.cursor;
  return out;
}

export interface CursorState {
  /** Sort value of the last item on the page, and its row key. */
  value: string | number | null;
  key: number;
  /** Hash of the query the cursor belongs to, so a cursor is not reused with other filters. */
  query: string;
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify([state.value, state.key, state.query]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorState {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [value, key, query] = parsed as unknown[];
      if (
        (value === null || typeof value === 'string' || typeof value === 'number') &&
        typeof key === 'number' &&
        typeof query === 'string'
      ) {
        return { value, key, query };
      }
    }
  } catch {
    // fall through
  }
  throw new InputError('bad-cursor', 'cursor is not valid; pass the nextCursor of a previous page unchanged');
}

/** A short fingerprint of the filters and sort (not the cursor or limit). */
export function queryFingerprint(query: ArticleQuery): string {
  const { cursor: _cursor, limit: _limit, ...rest } = query;
  let h = 0;
  for (const ch of JSON.stringify(rest)) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return (h >>> 0).toString(36);
}
