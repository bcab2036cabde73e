import { applyPlatt, fitPlatt } from '../models/calibration.js';
import { type FeatureConfig, FeatureHasher, type SparseVector } from '../models/features.js';
import type { Lexicon } from '../models/lexicon.js';
import { type ModelFile, toModelFile } from '../models/model-file.js';
import { tokenVector } from '../models/token-tagger.js';
import { scoreSparse, type TrainOptions, trainLogistic } from '../models/train-logistic.js';
import { foldOf } from './splits.js';

export interface TaggedSentence {
  tokens: string[];
  /** 1 where the token is inside a positive span, per token. */
  labels: Uint8Array;
  /** Which tokens take part (e.g. words only); others get probability 0. */
  use: Uint8Array;
  extra?: string[];
  group: string;
}

export interface TaggerTrainConfig {
  name: string;
  features: FeatureConfig;
  train: TrainOptions;
  folds: number;
  seed: number;
  /** Sentences whose tagger output must not come from a model that saw them (the dev split). */
  isDev: (s: TaggedSentence) => boolean;
  data: string[];
  log?: (line: string) => void;
}

export interface TaggerTrainOutput {
  model: ModelFile;
  /**
   * Honest calibrated probabilities per sentence and token: out-of-fold for the non-dev sentences,
   * from a model trained on all non-dev sentences for the dev ones.
   */
  heldOut: Float64Array[];
}

/** Trains a binary token tagger with grouped out-of-fold predictions (used for stacking and evaluation). */
export function trainTokenTagger(
  sentences: readonly TaggedSentence[],
  config: TaggerTrainConfig,
  lexicon: Lexicon | null,
): TaggerTrainOutput {
  const hasher = new FeatureHasher(config.features, lexicon);
  const xs: SparseVector[][] = sentences.map((s) =>
    s.tokens.map((_, t) =>
      s.use[t]
        ? tokenVector(hasher, s.tokens, t, s.extra ?? [])
        : { idx: new Int32Array(0), val: new Float32Array(0) },
    ),
  );
  const fold = sentences.map((s) => (config.isDev(s) ? -1 : foldOf(s.group, config.folds, config.seed)));
  const collect = (keep: (i: number) => boolean) => {
    const x: SparseVector[] = [];
    const y: number[] = [];
    sentences.forEach((s, i) => {
      if (!keep(i)) return;
      for (let t = 0; t < s.tokens.length; t++) {
        if (!s.use[t]) continue;
        x.push(xs[i]![t]!);
        y.push(s.labels[t]!);
      }
    });
    return { x, y };
  };
  const raw: Float64Array[] = sentences.map((s) => new Float64Array(s.tokens.length));
  for (let k = -1; k < config.folds; k++) {
    // k = -1: model on every non-dev sentence, scoring the dev ones.
    const { x, y } = collect((i) => fold[i]! >= 0 && fold[i] !== k);
    const model = trainLogistic(x, y, hasher.dim, 2, config.train);
    sentences.forEach((s, i) => {
      if (fold[i] !== k) return;
      for (let t = 0; t < s.tokens.length; t++) if (s.use[t]) raw[i]![t] = scoreSparse(model, xs[i]![t]!)[0]!;
    });
    config.log?.(`  ${config.name} tagger fold ${k + 2}/${config.folds + 1}: ${x.length} tokens`);
  }
  const oofScores: number[] = [];
  const oofGold: number[] = [];
  sentences.forEach((s, i) => {
    if (fold[i]! < 0) return;
    for (let t = 0; t < s.tokens.length; t++) {
      if (!s.use[t]) continue;
      oofScores.push(raw[i]![t]!);
      oofGold.push(s.labels[t]!);
    }
  });
  const platt = fitPlatt(oofScores, oofGold);
  const heldOut = sentences.map((s, i) =>
    Float64Array.from(s.tokens, (_, t) => (s.use[t] ? applyPlatt(platt, raw[i]![t]!) : 0)),
  );
  const all = collect(() => true);
  const final = trainLogistic(all.x, all.y, hasher.dim, 2, config.train);
  const model = toModelFile(config.name, ['other', 'tagged'], config.features, final, {
    platt,
    threshold: 0.5,
    training: {
      data: config.data,
      sentences: sentences.length,
      tokens: all.x.length,
      seed: config.seed,
      folds: config.folds,
      options: config.train,
    },
  });
  return { model, heldOut };
}
