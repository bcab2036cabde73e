import { describe, expect, it } from 'vitest';
import { createBatchProgress, progressLine } from './batch-progress.js';
import type { BatchSummary } from './run-batch.js';

const summary = (total: number, elapsedMs: number): BatchSummary => ({
  total,
  added: total - 3,
  storedUnanalyzed: 1,
  duplicate: 1,
  skipped: 1,
  skippedByReason: { 'bad-json': 1 },
  elapsedMs,
});

describe('batch progress', () => {
  it('shows rate and ETA when the total is known, counts when it is not', () => {
    expect(progressLine(summary(120, 4000), 500)).toBe(
      '120/500 (24%) | 30.0/s | ETA 0:13 | 118 added, 1 duplicate, 1 skipped',
    );
    expect(progressLine(summary(120, 4000), null)).toBe(
      '120 items | 30.0/s | 118 added, 1 duplicate, 1 skipped',
    );
  });

  it('prints a plain line every interval when not on a terminal', () => {
    let now = 0;
    const out: string[] = [];
    const p = createBatchProgress({ isTTY: false, write: (t) => out.push(t) }, 100, {
      intervalMs: 5000,
      now: () => now,
    });
    for (let i = 1; i <= 30; i++) {
      now = i * 1000;
      p.update(summary(i, now));
    }
    p.done();
    expect(out).toHaveLength(6);
    expect(out[0]).toBe('progress: 5/100 (5%) | 1.0/s | ETA 1:35 | 3 added, 1 duplicate, 1 skipped\n');
  });

  it('redraws one bar line on a terminal and clears it at the end', () => {
    let now = 0;
    const out: string[] = [];
    const p = createBatchProgress({ isTTY: true, write: (t) => out.push(t) }, 10, { now: () => now });
    now = 200;
    p.update(summary(5, 200));
    p.done();
    expect(out[0]).toBe(
      '\r\x1b[K[############------------] 5/10 (50%) | 25.0/s | ETA 0:00 | 3 added, 1 duplicate, 1 skipped',
    );
    expect(out[1]).toBe('\r\x1b[K');
  });
});
