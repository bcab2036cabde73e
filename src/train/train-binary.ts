import { DataFormatError } from '../errors/index.js';
import { binaryF1, binaryMacroF1 } from '../eval/classification-metrics.js';
import { applyPlatt, fitPlatt, type Platt } from '../models/calibration.js';
import { type FeatureConfig, FeatureHasher, type SparseVector } from '../models/features.js';
import type { Lexicon } from '../models/lexicon.js';
import { type ModelFile, toModelFile } from '../models/model-file.js';
import {
  scoreSparse,
  type TrainedWeights,
  type TrainOptions,
  trainLogistic,
} from '../models/train-logistic.js';
import { foldOf } from './splits.js';

export interface BinaryExample {
  tokens: string[];
  extra?: string[];
  label: 0 | 1;
  group: string;
}

export interface BinaryTrainConfig {
  name: string;
  /** [negative, positive] */
  labels: [string, string];
  features: FeatureConfig;
  train: TrainOptions;
  /** What the decision threshold is tuned for. */
  metric: 'macroF1' | 'positiveF1';
  /**
   * Tune the threshold as if the classes were balanced (negatives weighted by positives/negatives):
   * for test sets drawn 1:1 such as ClaimBuster's.
   */
  balancedThreshold?: boolean;
  folds: number;
  seed: number;
  /** Examples held out as the dev split (by group). */
  isDev: (example: BinaryExample) => boolean;
  /** Train on NB-scaled features (log-count ratios), folded back into plain weights. */
  nb?: boolean;
  /** Extra training-only examples (other datasets): used to train, never scored. */
  auxiliary?: BinaryExample[];
  data: string[];
  log?: (line: string) => void;
}

export interface BinaryScores {
  n: number;
  macroF1: number;
  positiveF1: number;
  /** Positive-class F1 as if the classes were balanced (negatives reweighted). */
  balancedPositiveF1: number;
  accuracy: number;
}

export interface BinaryTrainReport {
  cv: BinaryScores & { threshold: number; rawMacroF1AtHalf: number };
  dev: BinaryScores & { groups: number };
  platt: Platt;
  threshold: number;
}

/** Positive-class F1 with negatives weighted by `negWeight` (1 = as counted). */
function weightedPositiveF1(gold: number[], prob: number[], threshold: number, negWeight: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const p = prob[i]! >= threshold;
    if (p && gold[i]) tp++;
    else if (p) fp += negWeight;
    else if (gold[i]) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

function scores(gold: number[], prob: number[], threshold: number): BinaryScores {
  const pred = prob.map((p) => (p >= threshold ? 1 : 0));
  let hit = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) hit++;
  const pos = gold.reduce((a, b) => a + b, 0);
  return {
    n: gold.length,
    macroF1: binaryMacroF1(gold, pred),
    positiveF1: binaryF1(gold, pred),
    balancedPositiveF1: weightedPositiveF1(
      gold,
      prob,
      threshold,
      pos < gold.length && pos > 0 ? pos / (gold.length - pos) : 1,
    ),
    accuracy: gold.length ? hit / gold.length : 0,
  };
}

function bestThreshold(
  gold: number[],
  prob: number[],
  metric: 'macroF1' | 'positiveF1',
  balanced: boolean,
): number {
  let best = 0.5;
  let bestValue = -1;
  const pos = gold.reduce((a, b) => a + b, 0);
  const negWeight = balanced && pos < gold.length ? pos / (gold.length - pos) : 1;
  for (let t = 0.1; t <= 0.9001; t += 0.01) {
    const v =
      metric === 'macroF1' ? scores(gold, prob, t).macroF1 : weightedPositiveF1(gold, prob, t, negWeight);
    if (v > bestValue + 1e-9) {
      bestValue = v;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/**
 * Logistic regression, optionally on NB-scaled features (Wang & Manning 2012): each feature is multiplied
 * by its log-count ratio r between the classes, and the learnt weights are multiplied back by r, so the
 * stored model is an ordinary linear model over the unscaled features.
 */
function fitModel(
  xs: SparseVector[],
  ys: number[],
  dim: number,
  options: TrainOptions,
  nb = false,
): TrainedWeights {
  if (!nb) return trainLogistic(xs, ys, dim, 2, options);
  const pos = new Float64Array(dim).fill(1);
  const neg = new Float64Array(dim).fill(1);
  xs.forEach((x, i) => {
    const counts = ys[i] ? pos : neg;
    for (let t = 0; t < x.idx.length; t++) counts[x.idx[t]!]! += 1;
  });
  let sp = 0;
  let sn = 0;
  for (let j = 0; j < dim; j++) {
    sp += pos[j]!;
    sn += neg[j]!;
  }
  const r = new Float64Array(dim);
  for (let j = 0; j < dim; j++) r[j] = Math.log(pos[j]! / sp / (neg[j]! / sn));
  const scaled = xs.map((x) => ({ idx: x.idx, val: Float32Array.from(x.val, (v, t) => v * r[x.idx[t]!]!) }));
  const trained = trainLogistic(scaled, ys, dim, 2, options);
  for (let j = 0; j < dim; j++) trained.weights[j]! *= r[j]!;
  return trained;
}

/**
 * Trains a binary model the honest way: grouped k-fold cross-validation on the non-dev part gives
 * out-of-fold scores (for Platt calibration and the threshold), a model on the non-dev part is scored on
 * the dev groups, and the final model is trained on everything.
 */
export function trainBinary(
  examples: readonly BinaryExample[],
  config: BinaryTrainConfig,
  lexicon: Lexicon | null,
): { model: ModelFile; report: BinaryTrainReport; heldOut: Float64Array } {
  const log = config.log ?? (() => {});
  const positives = examples.filter((e) => e.label === 1).length;
  if (positives === 0 || positives === examples.length) {
    throw new DataFormatError(
      'no-training-data',
      `${config.name}: need labelled examples of both classes, found ${positives} positive of ${examples.length} (data: ${config.data.join(', ')})`,
    );
  }
  const hasher = new FeatureHasher(config.features, lexicon);
  const vec = (e: BinaryExample) => hasher.vector(e.tokens, e.extra ?? []);
  const xs = examples.map(vec);
  const aux = (config.auxiliary ?? []).map(vec);
  const auxY = (config.auxiliary ?? []).map((e) => e.label as number);
  const dev = examples.map((e) => config.isDev(e));
  const trainIdx = examples.map((_, i) => i).filter((i) => !dev[i]);
  const devIdx = examples.map((_, i) => i).filter((i) => dev[i]);
  const fold = examples.map((e) => foldOf(e.group, config.folds, config.seed));

  const oofScore: number[] = [];
  const oofGold: number[] = [];
  /** Held-out raw score per example: out-of-fold, or from the non-dev model for dev examples. */
  const heldOutRaw = new Float64Array(examples.length);
  for (let k = 0; k < config.folds; k++) {
    const tr = trainIdx.filter((i) => fold[i] !== k);
    const te = trainIdx.filter((i) => fold[i] === k);
    const model = fitModel(
      [...tr.map((i) => xs[i]!), ...aux],
      [...tr.map((i) => examples[i]!.label as number), ...auxY],
      hasher.dim,
      config.train,
      config.nb,
    );
    for (const i of te) {
      heldOutRaw[i] = scoreSparse(model, xs[i]!)[0]!;
      oofScore.push(heldOutRaw[i]!);
      oofGold.push(examples[i]!.label);
    }
    log(`  fold ${k + 1}/${config.folds}: trained on ${tr.length}+${aux.length}, scored ${te.length}`);
  }
  const platt = fitPlatt(oofScore, oofGold);
  const oofProb = oofScore.map((s) => applyPlatt(platt, s));
  const threshold = bestThreshold(oofGold, oofProb, config.metric, config.balancedThreshold ?? false);
  const rawAtHalf = scores(
    oofGold,
    oofScore.map((s) => (s >= 0 ? 1 : 0)),
    0.5,
  ).macroF1;
  const cv = { ...scores(oofGold, oofProb, threshold), threshold, rawMacroF1AtHalf: rawAtHalf };

  let devScores: BinaryTrainReport['dev'] = {
    n: 0,
    macroF1: 0,
    positiveF1: 0,
    balancedPositiveF1: 0,
    accuracy: 0,
    groups: 0,
  };
  if (devIdx.length > 0) {
    const model = fitModel(
      [...trainIdx.map((i) => xs[i]!), ...aux],
      [...trainIdx.map((i) => examples[i]!.label as number), ...auxY],
      hasher.dim,
      config.train,
      config.nb,
    );
    for (const i of devIdx) heldOutRaw[i] = scoreSparse(model, xs[i]!)[0]!;
    const prob = devIdx.map((i) => applyPlatt(platt, heldOutRaw[i]!));
    const gold = devIdx.map((i) => examples[i]!.label as number);
    devScores = {
      ...scores(gold, prob, threshold),
      groups: new Set(devIdx.map((i) => examples[i]!.group)).size,
    };
  }
  log(
    `  cv macroF1 ${cv.macroF1.toFixed(3)} posF1 ${cv.positiveF1.toFixed(3)} (t=${threshold}); dev macroF1 ${devScores.macroF1.toFixed(3)} posF1 ${devScores.positiveF1.toFixed(3)}`,
  );

  const final = fitModel(
    [...xs, ...aux],
    [...examples.map((e) => e.label as number), ...auxY],
    hasher.dim,
    config.train,
    config.nb,
  );
  const report: BinaryTrainReport = { cv, dev: devScores, platt, threshold };
  const model = toModelFile(config.name, [...config.labels], config.features, final, {
    platt,
    threshold,
    training: {
      data: config.data,
      examples: examples.length,
      auxiliaryExamples: aux.length,
      seed: config.seed,
      folds: config.folds,
      options: config.train,
      metrics: { cv, dev: devScores },
    },
  });
  return { model, report, heldOut: heldOutRaw.map((s) => applyPlatt(platt, s)) };
}
