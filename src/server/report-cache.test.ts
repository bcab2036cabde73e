import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReportCache } from './report-cache.js';

describe('report cache', () => {
  afterEach(() => vi.useRealTimers());

  it('keys by text and options, and evicts the least recently used', () => {
    const cache = createReportCache({ maxEntries: 2 });
    const a = cache.key('text', { x: 1 });
    expect(cache.key('text', { x: 2 })).not.toBe(a);
    expect(cache.key('text', { x: 1 })).toBe(a);
    cache.set('a', '{"a":1}');
    cache.set('b', '{"b":1}');
    expect(cache.get('a')).toBe('{"a":1}');
    cache.set('c', '{"c":1}');
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')).toBe('{"a":1}');
    expect(cache.size).toBe(2);
  });

  it('caps bytes and expires old entries', () => {
    vi.useFakeTimers();
    const cache = createReportCache({ maxBytes: 40, ttlMs: 1000 });
    cache.set('big', 'x'.repeat(11));
    expect(cache.get('big')).toBeNull();
    cache.set('a', 'x'.repeat(10));
    vi.advanceTimersByTime(1001);
    expect(cache.get('a')).toBeNull();
  });
});
