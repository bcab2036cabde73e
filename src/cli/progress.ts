import cliProgress from 'cli-progress';
import type { CliIo } from './io.js';

/** Shown only when there are at least this many items and stdout is a terminal. */
export const PROGRESS_THRESHOLD = 20;

export interface Progress {
  /** Whether a bar is drawn (otherwise callers print plain lines). */
  readonly bar: boolean;
  tick(label: string): void;
  stop(): void;
}

/** A cli-progress bar on stderr for many items on a terminal; a no-op otherwise. */
export function createProgress(io: CliIo, total: number, noun: string): Progress {
  if (!io.isTTY || total < PROGRESS_THRESHOLD) return { bar: false, tick() {}, stop() {} };
  const stream = {
    isTTY: true,
    columns: 100,
    write: (chunk: string) => {
      io.stderr(chunk);
      return true;
    },
    on: () => stream,
    removeListener: () => stream,
  } as unknown as NodeJS.WriteStream;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${noun} [{bar}] {value}/{total} {percentage}% | ETA {eta_formatted} | {label}`,
      hideCursor: true,
      clearOnComplete: false,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    bar: true,
    tick(label) {
      bar.increment({ label: label.length > 40 ? `…${label.slice(-39)}` : label });
    },
    stop() {
      bar.stop();
    },
  };
}
