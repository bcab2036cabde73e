import type { SparseVector } from './features.js';

export interface TrainOptions {
  /** L2 penalty per example (the loss is the mean log-loss plus l2/2 · |w|²). */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Weight of each class in the loss (e.g. to balance classes); defaults to 1 each. */
  classWeights?: readonly number[];
}

export interface TrainedWeights {
  /** Class-major weights: w[k · dim + j]. One row for binary models. */
  weights: Float32Array;
  bias: Float64Array;
  classes: number;
  dim: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Full-batch Adam on L2-regularised logistic loss: deterministic (no sampling), so the same data gives
 * the same weights. `classes` = 2 trains one sigmoid row; more trains a softmax with one row per class.
 */
export function trainLogistic(
  examples: readonly SparseVector[],
  labels: ArrayLike<number>,
  dim: number,
  classes: number,
  options: TrainOptions,
): TrainedWeights {
  const rows = classes === 2 ? 1 : classes;
  const n = examples.length;
  const w = new Float64Array(rows * dim);
  const b = new Float64Array(rows);
  const gw = new Float64Array(rows * dim);
  const gb = new Float64Array(rows);
  const mw = new Float64Array(rows * dim);
  const vw = new Float64Array(rows * dim);
  const mb = new Float64Array(rows);
  const vb = new Float64Array(rows);
  const cw = options.classWeights ?? new Array<number>(classes).fill(1);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += cw[labels[i]!] ?? 1;
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  const z = new Float64Array(rows);
  // Only touched weights get gradient from data; L2 applies to all non-zero weights.
  for (let iter = 1; iter <= options.iterations; iter++) {
    gw.fill(0);
    gb.fill(0);
    for (let i = 0; i < n; i++) {
      const { idx, val } = examples[i]!;
      const y = labels[i]!;
      const weight = (cw[y] ?? 1) / totalWeight;
      for (let k = 0; k < rows; k++) {
        let s = b[k]!;
        const off = k * dim;
        for (let t = 0; t < idx.length; t++) s += w[off + idx[t]!]! * val[t]!;
        z[k] = s;
      }
      if (rows === 1) {
        const g = (sigmoid(z[0]!) - y) * weight;
        gb[0]! += g;
        for (let t = 0; t < idx.length; t++) gw[idx[t]!]! += g * val[t]!;
      } else {
        let max = -Infinity;
        for (let k = 0; k < rows; k++) if (z[k]! > max) max = z[k]!;
        let sum = 0;
        for (let k = 0; k < rows; k++) {
          z[k] = Math.exp(z[k]! - max);
          sum += z[k]!;
        }
        for (let k = 0; k < rows; k++) {
          const g = (z[k]! / sum - (k === y ? 1 : 0)) * weight;
          gb[k]! += g;
          const off = k * dim;
          for (let t = 0; t < idx.length; t++) gw[off + idx[t]!]! += g * val[t]!;
        }
      }
    }
    const lr = options.learningRate;
    const c1 = 1 - beta1 ** iter;
    const c2 = 1 - beta2 ** iter;
    for (let j = 0; j < w.length; j++) {
      const g = gw[j]! + options.l2 * w[j]!;
      if (g === 0 && mw[j] === 0) continue;
      mw[j] = beta1 * mw[j]! + (1 - beta1) * g;
      vw[j] = beta2 * vw[j]! + (1 - beta2) * g * g;
      w[j]! -= (lr * (mw[j]! / c1)) / (Math.sqrt(vw[j]! / c2) + eps);
    }
    for (let k = 0; k < rows; k++) {
      const g = gb[k]!;
      mb[k] = beta1 * mb[k]! + (1 - beta1) * g;
      vb[k] = beta2 * vb[k]! + (1 - beta2) * g * g;
      b[k]! -= (lr * (mb[k]! / c1)) / (Math.sqrt(vb[k]! / c2) + eps);
    }
  }
  return { weights: Float32Array.from(w), bias: b, classes, dim };
}

/** Raw scores (logits) of one example: one per row. */
export function scoreSparse(model: TrainedWeights, x: SparseVector): Float64Array {
  const rows = model.classes === 2 ? 1 : model.classes;
  const out = new Float64Array(rows);
  for (let k = 0; k < rows; k++) {
    let s = model.bias[k]!;
    const off = k * model.dim;
    for (let t = 0; t < x.idx.length; t++) s += model.weights[off + x.idx[t]!]! * x.val[t]!;
    out[k] = s;
  }
  return out;
}

export { sigmoid };
