import type { Position } from './types.js';

/** Offsets of the first character of each line; `\r\n`, `\n` and lone `\r` all end a line. */
export function lineStarts(text: string): Uint32Array {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

/** Largest index i with values[i] <= target (values sorted ascending), or -1. */
export function floorIndex(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= target) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function positionOf(starts: Uint32Array, offset: number): Position {
  const i = Math.max(0, floorIndex(starts, offset));
  return { line: i + 1, column: offset - (starts[i] as number) + 1 };
}
