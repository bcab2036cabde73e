import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FeatureConfig, FeatureHasher } from '../models/features.js';
import type { Lexicon } from '../models/lexicon.js';
import { scoreSparse, sigmoid, type TrainOptions, trainLogistic } from '../models/train-logistic.js';
import { createDocument } from '../segment/create-document.js';
import type { BinaryExample } from './train-binary.js';

export interface SelfTrainingOptions {
  /** Most pseudo-labelled sentences per class. */
  perClass: number;
  /** Most unlabelled sentences read. */
  maxSentences: number;
}

/** Body sentences (6–60 tokens) of the plain-text articles in `dirs`, in file-name order. */
export function unlabelledSentences(dirs: readonly string[], max: number): string[][] {
  const out: string[][] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const doc = createDocument(readFileSync(join(dir, file), 'utf8'));
      for (const s of doc.sentences) {
        if (s.kind !== 'body') continue;
        const n = s.tokenEnd - s.tokenStart;
        if (n < 6 || n > 60) continue;
        out.push(doc.tokens.lower.slice(s.tokenStart, s.tokenEnd));
        if (out.length >= max) return out;
      }
    }
  }
  return out;
}

/**
 * One round of self-training: a model trained on `labelled` scores the unlabelled sentences, and the most
 * confident `perClass` of each class come back as pseudo-labelled, training-only examples.
 */
export function pseudoLabel(
  labelled: readonly BinaryExample[],
  unlabelled: readonly string[][],
  features: FeatureConfig,
  lexicon: Lexicon | null,
  train: TrainOptions,
  options: SelfTrainingOptions,
): BinaryExample[] {
  const hasher = new FeatureHasher(features, lexicon);
  const model = trainLogistic(
    labelled.map((e) => hasher.vector(e.tokens, e.extra ?? [])),
    labelled.map((e) => e.label),
    hasher.dim,
    2,
    train,
  );
  const scored = unlabelled.map((tokens, i) => ({
    i,
    p: sigmoid(scoreSparse(model, hasher.vector(tokens))[0]!),
  }));
  const byP = [...scored].sort((a, b) => b.p - a.p || a.i - b.i);
  const pos = byP.slice(0, options.perClass).filter((s) => s.p > 0.5);
  const neg = byP.slice(-options.perClass).filter((s) => s.p < 0.5);
  return [
    ...pos.map((s) => ({ tokens: unlabelled[s.i]!, label: 1 as const, group: `self:${s.i}` })),
    ...neg.map((s) => ({ tokens: unlabelled[s.i]!, label: 0 as const, group: `self:${s.i}` })),
  ];
}
