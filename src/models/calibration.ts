import { sigmoid } from './train-logistic.js';

/** Platt scaling: p = sigmoid(a · score + b). */
export interface Platt {
  a: number;
  b: number;
}

export const IDENTITY_PLATT: Platt = { a: 1, b: 0 };

/**
 * Fits Platt scaling to held-out scores by Newton's method on the log-loss, with Platt's smoothed
 * targets ((n₊+1)/(n₊+2), 1/(n₋+2)) to avoid overconfidence.
 */
export function fitPlatt(scores: ArrayLike<number>, labels: ArrayLike<number>): Platt {
  const n = scores.length;
  let pos = 0;
  for (let i = 0; i < n; i++) pos += labels[i]! ? 1 : 0;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (n - pos + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < n; i++) {
      const s = scores[i]!;
      const t = labels[i] ? hi : lo;
      const p = sigmoid(a * s + b);
      const d = p - t;
      const v = p * (1 - p);
      ga += d * s;
      gb += d;
      haa += v * s * s;
      hab += v * s;
      hbb += v;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

export function applyPlatt(platt: Platt, score: number): number {
  return sigmoid(platt.a * score + platt.b);
}
