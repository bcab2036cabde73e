import { createHash } from 'node:crypto';

export interface ReportCacheOptions {
  /** Most entries kept (least recently used go first). */
  maxEntries?: number;
  /** Most bytes of JSON kept in all. */
  maxBytes?: number;
  /** Entries older than this are analyzed again (relative dates depend on the day). */
  ttlMs?: number;
}

interface Entry {
  json: string;
  at: number;
}

/**
 * A small LRU of serialized reports for `POST /api/analyze`, keyed by a hash of the text and options.
 * The engine is deterministic, so the same article posted again (many readers, one story) is answered
 * without re-analysis.
 */
export function createReportCache(options: ReportCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 256;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const ttlMs = options.ttlMs ?? 10 * 60 * 1000;
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.json.length;
    entries.delete(key);
  };

  return {
    key(text: string, options: unknown): string {
      return createHash('sha256')
        .update(text, 'utf8')
        .update('\u0000')
        .update(JSON.stringify(options))
        .digest('hex');
    },
    get(key: string): string | null {
      const entry = entries.get(key);
      if (!entry) return null;
      if (Date.now() - entry.at > ttlMs) {
        drop(key);
        return null;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry.json;
    },
    set(key: string, json: string): void {
      if (json.length > maxBytes / 4) return;
      drop(key);
      entries.set(key, { json, at: Date.now() });
      bytes += json.length;
      while (entries.size > maxEntries || bytes > maxBytes) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        drop(oldest);
      }
    },
    get size(): number {
      return entries.size;
    },
  };
}

export type ReportCache = ReturnType<typeof createReportCache>;
