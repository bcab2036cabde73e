import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFormatError, NotFoundError } from '../errors/index.js';
import { packageRoot } from '../rules/rules-dir.js';
import type { Platt } from './calibration.js';
import type { FeatureConfig } from './features.js';
import type { TrainedWeights } from './train-logistic.js';

export const MODEL_SCHEMA = 'unspin/model@1';

/** A trained linear model as stored in `models/<name>.json`. Weights are int16-quantised, base64. */
export interface ModelFile {
  schema: typeof MODEL_SCHEMA;
  name: string;
  /** Class labels; for binary models [negative, positive]. */
  labels: string[];
  features: FeatureConfig;
  rows: number;
  dim: number;
  bias: number[];
  /** weight = int16 · quantScale */
  quantScale: number;
  weights: string;
  /** Calibration of the positive-class score (binary models). */
  platt: Platt;
  /** Decision threshold on the calibrated probability. */
  threshold: number;
  /** Span taggers: how runs of tagged tokens become spans. */
  decode?: { maxGap: number; minSentence?: number; minTokens?: number; wholeSentence?: number };
  /** How it was trained: data, seed, options, measured metrics. */
  training: Record<string, unknown>;
}

export interface LoadedWeights extends TrainedWeights {
  file: ModelFile;
}

export function modelsDir(): string {
  return join(packageRoot(), 'models');
}

/** Quantises trained weights into a model file. */
export function toModelFile(
  name: string,
  labels: string[],
  features: FeatureConfig,
  trained: TrainedWeights,
  extra: { platt: Platt; threshold: number; training: Record<string, unknown> },
): ModelFile {
  let max = 0;
  for (const v of trained.weights) max = Math.max(max, Math.abs(v));
  const quantScale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(trained.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(trained.weights[i]! / quantScale);
  return {
    schema: MODEL_SCHEMA,
    name,
    labels,
    features,
    rows: trained.classes === 2 ? 1 : trained.classes,
    dim: trained.dim,
    bias: Array.from(trained.bias),
    quantScale,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    platt: extra.platt,
    threshold: extra.threshold,
    training: extra.training,
  };
}

/** Decodes a model file into float weights, checking its shape. */
export function fromModelFile(file: ModelFile, source = file.name): LoadedWeights {
  if (file.schema !== MODEL_SCHEMA) {
    throw new DataFormatError(
      'model-schema',
      `${source}: expected schema ${MODEL_SCHEMA}, got ${file.schema}`,
    );
  }
  const buf = Buffer.from(file.weights, 'base64');
  const count = file.rows * file.dim;
  if (buf.byteLength !== count * 2) {
    throw new DataFormatError(
      'model-size',
      `${source}: expected ${count} weights, got ${buf.byteLength / 2}`,
    );
  }
  const q = new Int16Array(buf.buffer, buf.byteOffset, count);
  const weights = new Float32Array(count);
  for (let i = 0; i < count; i++) weights[i] = q[i]! * file.quantScale;
  return {
    weights,
    bias: Float64Array.from(file.bias),
    classes: file.rows === 1 ? 2 : file.rows,
    dim: file.dim,
    file,
  };
}

const cache = new Map<string, LoadedWeights>();

/** Loads `models/<name>.json` once per process. Throws NotFoundError when the file is missing. */
export function loadModel(name: string, dir = modelsDir()): LoadedWeights {
  const path = join(dir, `${name}.json`);
  const hit = cache.get(path);
  if (hit) return hit;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new NotFoundError('model-missing', `model file ${path} not found; run \`unspin train ${name}\``);
  }
  let parsed: ModelFile;
  try {
    parsed = JSON.parse(text) as ModelFile;
  } catch (error) {
    throw new DataFormatError('model-json', `${path}: not valid JSON (${(error as Error).message})`);
  }
  const loaded = fromModelFile(parsed, path);
  cache.set(path, loaded);
  return loaded;
}
