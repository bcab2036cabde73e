import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Per feed: the items already handled, and failed attempts for the rest. */
export interface FeedRecord {
  seen: Record<string, string>;
  attempts: Record<string, number>;
  lastPolled: string | null;
}

/** Seen ids kept per feed (the oldest are forgotten; a forgotten id still in the feed is only a duplicate). */
export const MAX_SEEN_PER_FEED = 10_000;

function trim(r: FeedRecord): void {
  const ids = Object.keys(r.seen);
  if (ids.length <= MAX_SEEN_PER_FEED) return;
  const oldest = ids
    .sort((a, b) => (r.seen[a] ?? '').localeCompare(r.seen[b] ?? ''))
    .slice(0, ids.length - MAX_SEEN_PER_FEED);
  for (const id of oldest) delete r.seen[id];
}

/** Items that failed this many times are given up on (marked seen) so a broken link is not retried forever. */
export const MAX_ATTEMPTS = 3;

export interface FeedState {
  isSeen(feed: string, itemId: string): boolean;
  /** Marks an item handled (stored, a duplicate, or given up on). Saved at once. */
  markSeen(feed: string, itemId: string): void;
  /** Counts a failed attempt; returns true when the item is now given up on. */
  markFailed(feed: string, itemId: string): boolean;
  markPolled(feed: string): void;
  get(feed: string): FeedRecord;
}

/**
 * Feed state in a small JSON file, rewritten atomically (temp file + rename) after every change, so
 * a watcher killed at any moment leaves either the old or the new state, never a torn file. Items
 * are marked seen only after they are stored, so a kill can cause one item to be looked at again
 * (the store then reports it as a duplicate) but never a lost item.
 */
export function fileFeedState(path: string | null): FeedState {
  let data: Record<string, FeedRecord> = {};
  if (path) {
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      if (parsed && typeof parsed === 'object') data = parsed as Record<string, FeedRecord>;
    } catch {
      data = {};
    }
  }
  const record = (feed: string): FeedRecord => {
    data[feed] ??= { seen: {}, attempts: {}, lastPolled: null };
    return data[feed];
  };
  const save = () => {
    if (!path) return;
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, path);
  };
  return {
    isSeen: (feed, id) => id in record(feed).seen,
    markSeen(feed, id) {
      const r = record(feed);
      r.seen[id] = new Date().toISOString();
      delete r.attempts[id];
      trim(r);
      save();
    },
    markFailed(feed, id) {
      const r = record(feed);
      r.attempts[id] = (r.attempts[id] ?? 0) + 1;
      const givenUp = (r.attempts[id] ?? 0) >= MAX_ATTEMPTS;
      if (givenUp) {
        r.seen[id] = new Date().toISOString();
        delete r.attempts[id];
      }
      save();
      return givenUp;
    },
    markPolled(feed) {
      record(feed).lastPolled = new Date().toISOString();
      save();
    },
    get: record,
  };
}
