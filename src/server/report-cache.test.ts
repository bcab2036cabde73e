import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReportCache } from './report-cache.js';

describe('report cache', () => {
  afterEach(() => vi.useRealTimers());

  it('keys by request body, and evicts the least recently used', () => {
    const cache = createReportCache({ maxEntries: 2 });
    const a = cache.key('{"text":"a"}');
    expect(cache.key('{"text":"b"}')).not.toBe(a);
    expect(cache.key('{"text":"a"}')).toBe(a);
    const bytes = (s: string) => new TextEncoder().encode(s);
    cache.set('a', bytes('{"a":1}'));
    cache.set('b', bytes('{"b":1}'));
    expect(cache.get('a')).toEqual(bytes('{"a":1}'));
    cache.set('c', bytes('{"c":1}'));
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')).toEqual(bytes('{"a":1}'));
    expect(cache.size).toBe(2);
  });

  it('caps bytes and expires old entries', () => {
    vi.useFakeTimers();
    const cache = createReportCache({ maxBytes: 40, ttlMs: 1000 });
    cache.set('big', new Uint8Array(11));
    expect(cache.get('big')).toBeNull();
    cache.set('a', new Uint8Array(10));
    vi.advanceTimersByTime(1001);
    expect(cache.get('a')).toBeNull();
  });
});
