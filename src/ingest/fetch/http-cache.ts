import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A stored response, for conditional re-fetching with ETag / Last-Modified. */
export interface CachedResponse {
  url: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  /** Base64 body, so a 304 can be answered from the cache. */
  body: string;
  storedAt: string;
}

export interface HttpCache {
  get(url: string): CachedResponse | undefined;
  set(url: string, entry: CachedResponse): void;
}

/** An in-memory cache (for tests and one-shot runs). */
export function memoryHttpCache(): HttpCache {
  const map = new Map<string, CachedResponse>();
  return { get: (u) => map.get(u), set: (u, e) => void map.set(u, e) };
}

/** Bodies larger than this are not cached (the cache file stays small). */
export const MAX_CACHED_BODY_BYTES = 1024 * 1024;

/**
 * A cache in one small JSON file, written atomically (temp file + rename) after each change and
 * trimmed to the most recent `maxEntries`; bodies over 1 MB are not kept. A corrupt file is treated
 * as empty.
 */
export function fileHttpCache(path: string, maxEntries = 100): HttpCache {
  let entries: Record<string, CachedResponse> = {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (parsed && typeof parsed === 'object') entries = parsed as Record<string, CachedResponse>;
  } catch {
    entries = {};
  }
  const save = () => {
    const sorted = Object.entries(entries)
      .sort(([, a], [, b]) => b.storedAt.localeCompare(a.storedAt))
      .slice(0, maxEntries);
    entries = Object.fromEntries(sorted);
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entries));
    renameSync(tmp, path);
  };
  return {
    get: (url) => entries[url],
    set(url, entry) {
      if (entry.body.length > (MAX_CACHED_BODY_BYTES * 4) / 3 + 4) return;
      entries[url] = entry;
      save();
    },
  };
}
