import type { BatchSummary } from './run-batch.js';

export interface ProgressSink {
  /** A terminal gets a redrawn bar; anything else gets a plain line now and then. */
  isTTY: boolean;
  write(text: string): void;
}

export interface BatchProgress {
  update(summary: BatchSummary): void;
  /** Clears the bar (terminal) before the final summary is printed. */
  done(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** `120/500 (24%) | 35.2/s | ETA 0:11 | 100 added, 15 duplicate, 5 skipped` */
export function progressLine(summary: BatchSummary, total: number | null): string {
  const done = summary.total;
  const rate = summary.elapsedMs > 0 ? (done * 1000) / summary.elapsedMs : 0;
  const counts = `${summary.added + summary.storedUnanalyzed} added, ${summary.duplicate} duplicate, ${summary.skipped} skipped`;
  if (!total) return `${done} items | ${rate.toFixed(1)}/s | ${counts}`;
  const pct = Math.min(100, Math.floor((done * 100) / total));
  const eta = rate > 0 ? duration((total - done) / rate) : '?';
  return `${done}/${total} (${pct}%) | ${rate.toFixed(1)}/s | ETA ${eta} | ${counts}`;
}

/**
 * Progress for a batch: on a terminal, a bar with rate and ETA redrawn at most 10 times a second;
 * otherwise a plain line every `intervalMs` (default 5 s). `total` may be unknown (null).
 */
export function createBatchProgress(
  sink: ProgressSink,
  total: number | null,
  options: { intervalMs?: number; now?: () => number } = {},
): BatchProgress {
  const now = options.now ?? Date.now;
  const interval = sink.isTTY ? 100 : (options.intervalMs ?? 5000);
  let last = now();
  let drawn = false;
  return {
    update(summary) {
      const t = now();
      if (t - last < interval) return;
      last = t;
      if (sink.isTTY) {
        const width = 24;
        const filled = total ? Math.min(width, Math.round((summary.total / total) * width)) : 0;
        const bar = total ? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ` : '';
        sink.write(`\r\x1b[K${bar}${progressLine(summary, total)}`);
        drawn = true;
      } else sink.write(`progress: ${progressLine(summary, total)}\n`);
    },
    done() {
      if (drawn) sink.write('\r\x1b[K');
    },
  };
}
