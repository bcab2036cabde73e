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
  /** The report as UTF-8 JSON, encoded once so hits skip both stringify and encoding. */
  json: Uint8Array<ArrayBuffer>;
  at: number;
}

/**
 * A small LRU of serialized reports for `POST /api/analyze`, keyed by a hash of the request body.
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
    bytes -= entry.json.byteLength;
    entries.delete(key);
  };

  return {
    /** Key of a request: the hash of its exact body (text and options). */
    key(body: string): string {
      return createHash('sha256').update(body, 'utf8').digest('hex');
    },
    get(key: string): Uint8Array<ArrayBuffer> | null {
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
    set(key: string, json: Uint8Array<ArrayBuffer>): void {
      if (json.byteLength > maxBytes / 4) return;
      drop(key);
      entries.set(key, { json, at: Date.now() });
      bytes += json.byteLength;
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
